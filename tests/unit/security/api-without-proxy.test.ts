/**
 * The review post skips the proxy, so next.config.js sets its security headers: they must be
 * lib/security/headers.ts's own values (next.config.js is loaded before TypeScript, so it repeats
 * them), and the proxy's matcher must leave out exactly that route.
 */
import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { HSTS_HEADER, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";

// next.config.js is plain JavaScript (Next loads it before TypeScript): imported by a path
// TypeScript does not follow, and typed here.
const configPath = "../../../next.config.js";
const { default: nextConfig, API_WITHOUT_PROXY } = (await import(configPath)) as { default: NextConfig; API_WITHOUT_PROXY: string };

type HeaderRule = { source: string; has?: { type: string; key: string; value?: string }[]; headers: { key: string; value: string }[] };

async function headersFor(path: string, requestHeaders: Record<string, string>): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers!()) as HeaderRule[];
  const matching = rules.filter(
    (rule) =>
      (rule.source === "/:path*" || rule.source === path) &&
      (rule.has ?? []).every((condition) => condition.type === "header" && requestHeaders[condition.key] === condition.value),
  );
  return Object.fromEntries(matching.flatMap((rule) => rule.headers.map((h) => [h.key, h.value])));
}

describe("the API route without the proxy", () => {
  it("gets every static security header with the proxy's values, and a CSP that allows nothing", async () => {
    const headers = await headersFor(API_WITHOUT_PROXY, {});
    expect(headers).toMatchObject(STATIC_SECURITY_HEADERS);
    expect(headers["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers[HSTS_HEADER.name]).toBeUndefined();
  });

  it("gets HSTS only behind https", async () => {
    const headers = await headersFor(API_WITHOUT_PROXY, { "x-forwarded-proto": "https" });
    expect(headers[HSTS_HEADER.name]).toBe(HSTS_HEADER.value);
  });

  it("is the one route the proxy's matcher leaves out", async () => {
    const { config } = await import("../../../proxy");
    const matcher = new RegExp(`^${config.matcher[0]}$`);
    expect(matcher.test(API_WITHOUT_PROXY)).toBe(false);
    for (const path of ["/api/reviewsx", "/api/reviews/x", "/api/study/queue", "/study", "/", "/api/me"]) {
      expect(matcher.test(path), path).toBe(true);
    }
  });
});
