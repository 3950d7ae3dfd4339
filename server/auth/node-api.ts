/**
 * The Node-side twin of `withUser` (./api.ts) for the one API route served from `pages/api`:
 * POST /api/reviews, study's hot path. A Pages Router API route gets Node's own request and
 * response, where an App Router route handler gets web ones built around them (a Request, its
 * body stream, a Response piped back): on this machine an empty route cost 0.53–0.69 ms of
 * server CPU per request as a Pages API route against 1.23–1.68 ms as a route handler, and a
 * review post costs about 3 ms in all. The checks, the errors and their answers are ./api.ts's
 * own (admitApiRequest, apiFailureOf): only the plumbing differs.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { UserRole } from "@/lib/domain";
import { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES } from "@/server/http/body-limit";
import { admitApiRequest, ApiError, apiFailureOf, isApiFailure } from "./api";
import type { SessionUser } from "./session-user";

export interface NodeApiRequest {
  user: SessionUser;
  /** The body as text, at most MAX_BODY_BYTES (413 past it); read once. */
  body(): Promise<string>;
}

type NodeHandler = (request: NodeApiRequest) => Promise<unknown>;

/** A Pages API route that answers `method` with the handler's value as JSON (200), every failure as ./api.ts does. */
export function nodeApiRoute(method: "POST", handler: NodeHandler, options: { role?: UserRole } = {}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const where = { method: req.method ?? "", path: (req.url ?? "").split("?")[0] ?? "" };
    if (req.method !== method) {
      res.setHeader("allow", method);
      return sendJson(res, 405, { error: `Only ${method} is allowed here.` });
    }
    try {
      const admitted = await admitApiRequest(headersOf(req), options.role);
      if (isApiFailure(admitted)) return sendJson(res, admitted.status, admitted.body, admitted.headers);
      sendJson(res, 200, await handler({ user: admitted, body: () => readBody(req, res) }));
    } catch (error) {
      const failed = apiFailureOf(error, where);
      sendJson(res, failed.status, failed.body, failed.headers);
    }
  };
}

/** The request's headers as web Headers (what the session and body checks read). */
function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (value) for (const one of value) headers.append(name, one);
  }
  return headers;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/**
 * The body as text. A declared length over the limit was refused before (admitApiRequest); a
 * body sent without one (chunked) is counted as it arrives and refused past the limit: reading
 * stops, and the 413 closes the connection rather than take in the rest.
 */
function readBody(req: IncomingMessage, res: ServerResponse): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off("data", onData).pause();
      res.setHeader("connection", "close");
      reject(new ApiError(413, BODY_TOO_LARGE_MESSAGE));
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}
