/**
 * The route handlers whose JSON answers are large (the offline pack is ~150 KB), and the one thing
 * that lets `next start` compress them: their Content-Type, declared by the proxy before the
 * handler runs.
 *
 * Why not gzip in the handler with node:zlib: Next 16.4.5 sends a route handler's Response through
 * `sendResponse`, which (1) drops the handler's own Content-Encoding and Content-Length (its
 * FORBIDDEN_HEADERS), so a body the handler compressed would reach the browser undeclared, as
 * garbage; and (2) copies Content-Type with `NodeNextResponse.appendHeader`, which always stores a
 * one-element array, and the compression middleware `next start` puts in front of every response
 * reads an array as "not compressible" and leaves the body alone. A Content-Type already set as a
 * string when the handler answers (a proxy response header is) is kept as it is, and Next's own
 * compression then gzips the body (1 KB or more, when the request accepts gzip) and adds
 * `Vary: Accept-Encoding`. tests/unit/server/large-json.test.ts runs that path of Next's.
 */

/** Path → the Content-Type its handler answers with (it must be exactly that: the proxy's wins). */
export const LARGE_JSON_ROUTES: ReadonlyMap<string, string> = new Map([
  ["/api/study/offline-pack", "application/json"],
  ["/api/study/queue", "application/json"],
  ["/api/me/export", "application/json; charset=utf-8"],
]);

/** On the proxy's pass-through response: declare a large JSON route's type so Next compresses it. */
export function declareLargeJsonType(pathname: string, method: string, headers: Headers): void {
  const type = LARGE_JSON_ROUTES.get(pathname);
  if (type !== undefined && (method === "GET" || method === "HEAD")) headers.set("content-type", type);
}
