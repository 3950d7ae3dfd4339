/**
 * Runs before every request (Next 16's proxy, in the server process). In order:
 *
 * 1. refusals that must not reach Next as 500s: a path with broken percent-encoding (400), a
 *    server-action call from another origin (403; Next's own check throws), a body over 1 MB
 *    (413) or of unknown length on an action (411), an action body Next cannot decode (400);
 * 2. while the database server does not answer, 503 with Retry-After at once (server/database-gate.ts)
 *    instead of a request that hangs and fails;
 * 3. visitors without a session cookie go to sign-in, for convenience only: protection is in the
 *    pages, actions and route handlers (server/auth/guards.ts). It only looks for the cookie and
 *    never decodes or re-issues the session (a prefetch in flight during sign-out could otherwise
 *    put the session back); invalid, expired or ended sessions are caught by requireUser();
 * 4. security headers on every response, with a fresh CSP nonce that Next puts on its scripts
 *    (lib/security/headers.ts);
 * 5. the Content-Type of the large JSON routes, declared early so Next compresses them
 *    (server/http/large-json.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { contentSecurityPolicy, generateNonce, HSTS_HEADER, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { isDatabaseAnswering, RETRY_AFTER_SECONDS } from "@/server/database-gate";
import { isDecodableActionBody } from "@/server/http/action-body";
import { BODY_TOO_LARGE_MESSAGE, declaresTooLargeBody } from "@/server/http/body-limit";
import { declareLargeJsonType } from "@/server/http/large-json";

const PUBLIC_PATHS = ["/", "/sign-in", "/sign-up"];
/** Files and endpoints that never redirect to sign-in (API routes answer 401 JSON themselves). */
const NEVER_REDIRECTED = /^\/(api\/|favicon\.ico$|icon|apple-touch-icon|manifest\.webmanifest$|robots\.txt$|sw\.js$|offline\.html$)/;
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

function withSecurityHeaders(response: NextResponse, request: NextRequest, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (isHttps(request)) response.headers.set(HSTS_HEADER.name, HSTS_HEADER.value);
  return response;
}

/** A refusal in the caller's language: JSON for API routes, plain text for everything else. */
function refuse(request: NextRequest, status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  const init = { status, headers: { "cache-control": "no-store", ...headers } };
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.json({ error: message }, init);
  return new NextResponse(message, { ...init, headers: { ...init.headers, "content-type": "text/plain; charset=utf-8" } });
}

function hasBrokenEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** A server-action POST whose Origin is not this site (what Next refuses with a 500). */
function isCrossOriginAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false; // Next allows it too; browsers always send one on POST
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage
  }
}

function checkBody(request: NextRequest): { status: number; message: string } | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  if (request.headers.has("content-length")) {
    return declaresTooLargeBody(request.headers) ? { status: 413, message: BODY_TOO_LARGE_MESSAGE } : null;
  }
  if (request.headers.has("next-action") && request.headers.has("transfer-encoding")) {
    return { status: 411, message: "Send the request with a Content-Length." };
  }
  return null;
}

async function decide(request: NextRequest, requestHeaders: Headers): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (hasBrokenEncoding(pathname)) return refuse(request, 400, "The address is not valid: it has a broken %-escape.");
  if (isCrossOriginAction(request)) return refuse(request, 403, "This form was sent from another site; it was refused.");
  const tooBig = checkBody(request);
  if (tooBig) return refuse(request, tooBig.status, tooBig.message);
  if (request.method === "POST" && request.headers.has("next-action") && !(await isDecodableActionBody(request))) {
    return refuse(request, 400, "This form could not be read. Reload the page and try again.");
  }
  if (pathname !== "/api/health" && !(await isDatabaseAnswering())) {
    return refuse(request, 503, DATABASE_UNAVAILABLE_MESSAGE, {
      "retry-after": String(RETRY_AFTER_SECONDS),
    });
  }
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  // A class's join link is public: its page offers sign-up or sign-in and keeps the code.
  if (!hasSession && !PUBLIC_PATHS.includes(pathname) && !pathname.startsWith("/join/") && !NEVER_REDIRECTED.test(pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const next = NextResponse.next({ request: { headers: requestHeaders } });
  // Without it `next start` never compresses a route handler's answer (see server/http/large-json.ts).
  declareLargeJsonType(pathname, request.method, next.headers);
  return next;
}

export async function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const csp = contentSecurityPolicy({ nonce, https: isHttps(request), dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(await decide(request, requestHeaders), request, csp);
}

export const config = {
  // Everything but Next's hashed bundles and image optimiser (their headers: next.config.js), and
  // POST /api/reviews, study's hot path: running the proxy costs Next about 1.5 ms of CPU per
  // request there (a fifth of the request), and none of its work applies to a fixed-path JSON
  // route. Its route wrapper (server/auth/api.ts) closes the database gate and checks the body's
  // length itself; next.config.js sets its security headers. Next needs the matcher as a literal.
  matcher: ["/((?!_next/static|_next/image|api/reviews$).*)"],
};
