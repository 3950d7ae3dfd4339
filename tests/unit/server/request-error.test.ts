import { describe, expect, it } from "vitest";
import { createLogger } from "@/server/logger";
import { describeRequestError } from "@/server/request-error";

const context = {
  routerKind: "App Router",
  routePath: "/teach/classes/[id]",
  routeType: "render",
  renderSource: "server-rendering",
  revalidateReason: undefined,
} as const;

describe("describeRequestError", () => {
  it("keeps method, path without query, route and digest, and never the headers", () => {
    const error = Object.assign(new Error("boom"), { digest: "2747823451" });
    const request = {
      method: "GET",
      path: "/teach/classes/abc?callbackUrl=%2Fsecret&email=someone%40example.org",
      headers: { cookie: "authjs.session-token=abc.def", authorization: "Bearer xyz" },
    };
    const fields = describeRequestError(error, request, context);
    expect(fields).toEqual({
      err: error,
      method: "GET",
      path: "/teach/classes/abc",
      routeType: "render",
      routePath: "/teach/classes/[id]",
      renderSource: "server-rendering",
      digest: "2747823451",
    });

    const lines: string[] = [];
    createLogger({ write: (line: string) => void lines.push(line) }).error(fields, "request failed");
    const logged = JSON.parse(lines.join("")) as Record<string, unknown>;
    expect(logged).toMatchObject({ digest: "2747823451", path: "/teach/classes/abc", err: { message: "boom" } });
    for (const secret of ["abc.def", "Bearer", "someone", "callbackUrl"]) expect(lines.join("")).not.toContain(secret);
  });

  it("omits the digest when the error has none (a thrown string)", () => {
    const fields = describeRequestError("plain", { method: "POST", path: "/api/reviews" }, { ...context, routeType: "route" });
    expect(fields).not.toHaveProperty("digest");
    expect(fields).toMatchObject({ method: "POST", path: "/api/reviews", routeType: "route" });
  });
});
