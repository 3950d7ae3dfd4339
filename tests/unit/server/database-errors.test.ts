import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/db/errors";
import { isLoopback } from "@/server/rate-limit/client-ip";

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe("database unavailable", () => {
  it.each(["ECONNREFUSED", "ECONNRESET", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "57P01", "57P03", "08006"])(
    "%s means unreachable",
    (code) => {
      expect(isDatabaseUnavailable(withCode(code))).toBe(true);
      // drizzle wraps the driver's error in its own, with the original as the cause
      expect(isDatabaseUnavailable(new Error("Failed query", { cause: withCode(code) }))).toBe(true);
    },
  );

  it("finds a refused connection among the attempts of an AggregateError (IPv4 and IPv6)", () => {
    expect(isDatabaseUnavailable(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]))).toBe(true);
  });

  it.each(["23505", "22P05", "42P01", "23514"])("%s is a query's own error, not an outage", (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(false);
  });

  it("is false for anything else", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("loopback addresses", () => {
  it("are this machine's own, and nothing else is", () => {
    for (const ip of ["127.0.0.1", "127.1.2.3", "::1"]) expect(isLoopback(ip)).toBe(true);
    for (const ip of ["10.0.0.1", "203.0.113.9", "::ffff:10.0.0.1", "unknown", "1127.0.0.1"]) expect(isLoopback(ip)).toBe(false);
  });
});
