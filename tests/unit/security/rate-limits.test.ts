import { describe, expect, it } from "vitest";
import { describeWait, MAX_LOCKOUT_SECONDS, rateLimitedMessage, signInLockoutSeconds } from "@/lib/security/rate-limits";
import { clientIpFrom } from "@/server/rate-limit/client-ip";

describe("rate-limit policy", () => {
  it("doubles the lockout each time, from 15 minutes, up to a day", () => {
    expect([1, 2, 3, 4].map(signInLockoutSeconds)).toEqual([900, 1800, 3600, 7200]);
    expect(signInLockoutSeconds(50)).toBe(MAX_LOCKOUT_SECONDS);
  });

  it("says a wait as a person reads it, rounded up", () => {
    expect(describeWait(0)).toBe("1 second");
    expect(describeWait(29_100)).toBe("30 seconds");
    expect(describeWait(60_000)).toBe("1 minute");
    expect(describeWait(14 * 60_000 + 1)).toBe("15 minutes");
    expect(describeWait(3 * 3_600_000)).toBe("3 hours");
    expect(rateLimitedMessage("Too many tries.", 90_000)).toBe("Too many tries. Please wait 2 minutes and try again.");
  });
});

describe("client IP", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it("takes the entry our own side wrote: the last one, or the Nth from the right behind N proxies", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }), 2)).toBe("203.0.113.9");
    expect(clientIpFrom(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), 1)).toBe("127.0.0.1");
  });

  it("keeps only address characters, and says unknown when there is none", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "<script>;drop" }), 1)).toBe("cd");
    expect(clientIpFrom(headers({}), 1)).toBe("unknown");
    expect(clientIpFrom(headers({ "x-real-ip": "2001:db8::1" }), 1)).toBe("2001:db8::1");
  });
});
