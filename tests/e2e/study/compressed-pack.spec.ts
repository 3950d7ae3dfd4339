/**
 * The offline pack (the largest JSON the app sends, ~150 KB) comes back gzipped from `next start`
 * when the client accepts gzip, and decodes to the same pack the client gets uncompressed
 * (server/http/large-json.ts says why the proxy has to declare its type for that). Read over
 * node:http so the bytes counted are the bytes on the wire, not what a browser decoded.
 */
import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import type { OfflinePack } from "@/lib/study/offline-queue";
import { storedSession } from "../support/stored-sessions";

test.use(storedSession("student"));

async function getRaw(url: string, headers: Record<string, string>) {
  const response = await new Promise<http.IncomingMessage>((ok, fail) => http.get(url, { headers }, ok).on("error", fail));
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return { status: response.statusCode, headers: response.headers, bytes: Buffer.concat(chunks) };
}

/** The pack without the moment it was made (two requests are made a few milliseconds apart). */
function packBody(json: string): Omit<OfflinePack, "generatedAt"> {
  const { generatedAt, ...rest } = JSON.parse(json) as OfflinePack;
  expect(generatedAt).toMatch(/^\d{4}-/);
  return rest;
}

test("the offline pack is gzipped for a client that accepts it, and decodes to the same pack @desktop", async ({ context, baseURL }) => {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const url = `${baseURL}/api/study/offline-pack`;

  const plain = await getRaw(url, { cookie, "accept-encoding": "identity" });
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.headers.vary).toMatch(/accept-encoding/i);
  const pack = packBody(plain.bytes.toString("utf8"));
  expect(pack.cards.length).toBeGreaterThan(20);

  const gzipped = await getRaw(url, { cookie, "accept-encoding": "gzip, deflate, br" });
  expect(gzipped.status).toBe(200);
  expect(gzipped.headers["content-encoding"]).toBe("gzip");
  expect(gzipped.headers["content-type"]).toBe("application/json");
  expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
  // One user's cards: still never cached by a shared cache.
  expect(gzipped.headers["cache-control"]).toBe("private, no-store");
  expect(packBody(zlib.gunzipSync(gzipped.bytes).toString("utf8"))).toEqual(pack);
  console.log(`offline pack: ${plain.bytes.length} bytes plain, ${gzipped.bytes.length} gzipped`);
  expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 4);

  // Signed out, the 401 is JSON too, and nothing leaks.
  const anonymous = await getRaw(url, { "accept-encoding": "gzip" });
  expect(anonymous.status).toBe(401);
});
