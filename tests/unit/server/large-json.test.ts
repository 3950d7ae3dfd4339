/**
 * Why server/http/large-json.ts declares a route's Content-Type in the proxy: Next's own path for a
 * route handler's Response (sendResponse behind `next start`'s compression middleware), run here
 * as it is in the server. It never compresses a handler's answer as the handler sends it, it drops
 * a Content-Encoding the handler sets (so gzipping in the handler is not an option), and it does
 * compress when the type was set before the handler answered. If a Next upgrade changes any of
 * this, this test says so, and the proxy's declaration may be dropped.
 */
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { NodeNextRequest, NodeNextResponse } from "next/dist/server/base-http/node";
import { sendResponse } from "next/dist/server/send-response";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declareLargeJsonType, LARGE_JSON_ROUTES } from "@/server/http/large-json";

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
/** The compression middleware `next start` runs in front of every response (router-server.js). */
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;

const pack = {
  cards: Array.from({ length: 400 }, (_, i) => ({
    itemId: `item-${i}`,
    prompt: "Japan and Cambodia established formal relations in 1953.",
  })),
};
const body = JSON.stringify(pack);

/** What each path's handler does, on the way Next sends a route handler's Response. */
const handlers: Record<string, (res: http.ServerResponse) => Response> = {
  "/as-sent": () => new Response(body, { headers: { "content-type": "application/json" } }),
  "/self-gzipped": () => new Response(zlib.gzipSync(body), { headers: { "content-type": "application/json", "content-encoding": "gzip" } }),
  "/declared": (res) => {
    // What the proxy's response header becomes: set on the Node response before the handler runs.
    const headers = new Headers();
    declareLargeJsonType("/api/study/offline-pack", "GET", headers);
    res.setHeader("content-type", headers.get("content-type") ?? "");
    return new Response(body, { headers: { "content-type": "application/json" } });
  },
};

let server: http.Server;
beforeAll(async () => {
  const compress = compression();
  server = http.createServer((req, res) => {
    compress(req, res, () => {});
    const handler = handlers[req.url ?? ""];
    if (!handler) return void res.writeHead(404).end();
    void sendResponse(new NodeNextRequest(req) as never, new NodeNextResponse(res) as never, handler(res));
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

async function get(path: string, acceptEncoding: string) {
  const { port } = server.address() as AddressInfo;
  const response = await new Promise<http.IncomingMessage>((ok, fail) =>
    http.get({ host: "127.0.0.1", port, path, headers: { "accept-encoding": acceptEncoding } }, ok).on("error", fail),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return { headers: response.headers, bytes: Buffer.concat(chunks) };
}

describe("large JSON answers through Next's route-handler path", () => {
  it("are sent uncompressed as the handler gives them", async () => {
    const { headers, bytes } = await get("/as-sent", "gzip, deflate, br");
    expect(headers["content-encoding"]).toBeUndefined();
    expect(bytes.length).toBe(Buffer.byteLength(body));
  });

  it("lose a Content-Encoding the handler sets itself: its gzip would arrive undeclared", async () => {
    const { headers, bytes } = await get("/self-gzipped", "gzip");
    expect(headers["content-encoding"]).toBeUndefined();
    expect(() => JSON.parse(bytes.toString("utf8")) as unknown).toThrow();
  });

  it("are gzipped by Next, with Vary: Accept-Encoding, once the proxy declared the type", async () => {
    const gzipped = await get("/declared", "gzip, deflate, br");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(zlib.gunzipSync(gzipped.bytes).toString("utf8"))).toEqual(pack);
    expect(gzipped.bytes.length).toBeLessThan(Buffer.byteLength(body) / 10);
    // A client that accepts no compression gets the same JSON, plain.
    const plain = await get("/declared", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(plain.bytes.toString("utf8"))).toEqual(pack);
  });
});

describe("declareLargeJsonType", () => {
  it("declares the type of the listed routes' reads, and of nothing else", () => {
    const typeOf = (path: string, method = "GET") => {
      const headers = new Headers();
      declareLargeJsonType(path, method, headers);
      return headers.get("content-type");
    };
    expect(typeOf("/api/study/offline-pack")).toBe("application/json");
    expect(typeOf("/api/me/export", "HEAD")).toBe("application/json; charset=utf-8");
    expect(typeOf("/api/study/offline-pack", "POST")).toBeNull();
    expect(typeOf("/api/reviews")).toBeNull();
    expect(typeOf("/study")).toBeNull();
    expect([...LARGE_JSON_ROUTES.keys()].every((path) => path.startsWith("/api/"))).toBe(true);
  });
});
