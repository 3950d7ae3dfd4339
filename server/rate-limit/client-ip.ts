/**
 * The caller's IP address, for per-IP limits.
 *
 * Next's server fills `X-Forwarded-For` with the socket's address only when the request has no
 * such header. So the address is taken from that header, `TRUST_PROXY` entries from the right
 * (default 1: the entry Next or our one reverse proxy wrote). Behind N proxies that each append,
 * set TRUST_PROXY=N. Served directly with no proxy, a client can send its own header and choose
 * its per-IP key: per-IP limits then slow down only honest clients, and the per-account and
 * per-user limits (which no header changes) are what holds. Deploy behind a proxy that sets the
 * header, as the README says.
 *
 * Requests from this machine (127.0.0.0/8, ::1) are not limited per IP: that is a local health
 * check, the test suite, or a local proxy not declared with TRUST_PROXY, where one address
 * stands for every user and a per-IP limit would lock everyone out together.
 */
import { readEnv } from "@/lib/config/env";

let trustedHops: number | undefined;

function readTrustedHops(): number {
  trustedHops ??= Math.max(1, readEnv().TRUST_PROXY);
  return trustedHops;
}

/** A normalised address ("unknown" when none can be read): only characters an IP address has. */
export function clientIpFrom(headers: Headers, hops = readTrustedHops()): string {
  const entries = (headers.get("x-forwarded-for") ?? headers.get("x-real-ip") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const picked = entries[Math.max(0, entries.length - hops)] ?? "";
  const cleaned = picked
    .replace(/^::ffff:/, "")
    .replace(/[^0-9a-fA-F:.]/g, "")
    .slice(0, 45);
  return cleaned || "unknown";
}

/** Whether an address is this machine's own (exempt from per-IP limits). */
export function isLoopback(ip: string): boolean {
  return ip === "::1" || /^127\./.test(ip);
}
