/**
 * Route handlers read the session cookie with Auth.js's getToken instead of auth() (it skips the
 * cookie renewal a route handler throws away). It must accept and refuse exactly what Auth.js's
 * own session endpoint accepts and refuses, with the same user: each cookie below goes through
 * both, and they must agree.
 */
import { Auth } from "@auth/core";
import { encode, type JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readApiSession, usesSecureCookies } from "@/server/auth/api-session";
import { authConfig } from "@/server/auth/config";

const SECRET = "test-secret-for-the-api-session-0123456789";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const env = { AUTH_SECRET: SECRET };

const claims: JWT = {
  id: "9b0c3c4e-58a4-4b53-a2c4-0d6c1f0e2a11",
  role: "student",
  email: "sophea@example.org",
  name: "Sophea",
  sid: "4f0e4d2a-6a55-4c2f-9f57-2f5f8d5f1c3b",
  sv: 2,
};

const mint = (token: JWT, options: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token, secret: options.secret ?? SECRET, salt: options.salt ?? PLAIN, maxAge: options.maxAge });

const headersFor = (cookie: string, proto = "http") => new Headers({ cookie, "x-forwarded-proto": proto, host: "localhost:3000" });

/** What Auth.js's session endpoint makes of the cookie, as `auth()` asks it. */
async function authJsSession(headers: Headers) {
  const request = new Request(`${headers.get("x-forwarded-proto")}://localhost:3000/api/auth/session`, {
    headers: { cookie: headers.get("cookie") ?? "" },
  });
  const response = await Auth(request, { ...authConfig, secret: SECRET, basePath: "/api/auth", logger: { error: () => {} } });
  const session = (await response.json()) as {
    user?: { id?: string; role?: string; email?: string; name?: string };
    sessionId?: string;
    sessionVersion?: number;
  } | null;
  const user = session?.user;
  if (!session || !user?.id || !user.role || !user.email || !session.sessionId || session.sessionVersion === undefined) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name ?? user.email,
    role: user.role,
    sessionId: session.sessionId,
    sessionVersion: session.sessionVersion,
  };
}

async function expectSameAsAuthJs(headers: Headers) {
  const ours = await readApiSession(headers, env);
  expect(ours).toEqual(await authJsSession(headers));
  return ours;
}

describe("readApiSession", () => {
  it("reads a valid cookie as Auth.js does: the user and the session's id and version", async () => {
    const ours = await expectSameAsAuthJs(headersFor(`${PLAIN}=${await mint(claims)}`));
    expect(ours).toEqual({
      id: claims.id,
      email: claims.email,
      name: "Sophea",
      role: "student",
      sessionId: claims.sid,
      sessionVersion: 2,
    });
  });

  it("over https reads only the __Secure- cookie, as Auth.js does", async () => {
    const secure = await expectSameAsAuthJs(headersFor(`${SECURE}=${await mint(claims, { salt: SECURE })}`, "https"));
    expect(secure?.id).toBe(claims.id);
    // The plain cookie over https, and the secure one over http, are not the session Auth.js reads.
    expect(await expectSameAsAuthJs(headersFor(`${PLAIN}=${await mint(claims)}`, "https"))).toBeNull();
    expect(await expectSameAsAuthJs(headersFor(`${SECURE}=${await mint(claims, { salt: SECURE })}`))).toBeNull();
    // A token made for one cookie name does not verify under the other (the name is the key's salt).
    expect(await expectSameAsAuthJs(headersFor(`${SECURE}=${await mint(claims)}`, "https"))).toBeNull();
  });

  it("refuses an expired, tampered or foreign-secret cookie, and no cookie at all", async () => {
    expect(await expectSameAsAuthJs(headersFor(`${PLAIN}=${await mint(claims, { maxAge: -60 })}`))).toBeNull();
    const token = await mint(claims);
    const last = token.at(-5) === "A" ? "B" : "A";
    expect(await expectSameAsAuthJs(headersFor(`${PLAIN}=${token.slice(0, -5)}${last}${token.slice(-4)}`))).toBeNull();
    expect(
      await expectSameAsAuthJs(headersFor(`${PLAIN}=${await mint(claims, { secret: "another-secret-0123456789-0123456789" })}`)),
    ).toBeNull();
    expect(await expectSameAsAuthJs(headersFor(""))).toBeNull();
  });

  it("refuses a verified cookie without the claims a session needs (no session id, an unknown role)", async () => {
    const { sid: _sid, ...withoutSession } = claims;
    expect(await expectSameAsAuthJs(headersFor(`${PLAIN}=${await mint(withoutSession)}`))).toBeNull();
    expect(await expectSameAsAuthJs(headersFor(`${PLAIN}=${await mint({ ...claims, role: "admin" } as unknown as JWT)}`))).toBeNull();
    const { name: _name, ...unnamed } = claims;
    expect((await expectSameAsAuthJs(headersFor(`${PLAIN}=${await mint(unnamed)}`)))?.name).toBe(claims.email);
  });

  it("ignores a bearer token (auth() reads only the cookie)", async () => {
    const headers = headersFor("");
    headers.set("authorization", `Bearer ${await mint(claims)}`);
    expect(await expectSameAsAuthJs(headers)).toBeNull();
  });
});

describe("readApiSession's memory of verified cookies", () => {
  afterEach(() => vi.useRealTimers());

  it("answers a repeated cookie from memory, but never under another secret or cookie rule", async () => {
    const headers = headersFor(`${PLAIN}=${await mint(claims)}`);
    const first = await readApiSession(headers, env);
    expect(first?.id).toBe(claims.id);
    expect(await readApiSession(headers, env)).toEqual(first);
    expect(await readApiSession(headers, { AUTH_SECRET: "another-secret-0123456789-0123456789" })).toBeNull();
    expect(await readApiSession(headersFor(headers.get("cookie") ?? "", "https"), env)).toBeNull();
  });

  it("never answers from memory past the token's expiry", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const headers = headersFor(`${PLAIN}=${await mint(claims, { maxAge: 60 })}`);
    expect((await readApiSession(headers, env))?.id).toBe(claims.id);
    vi.setSystemTime(Date.now() + 4_000);
    expect((await readApiSession(headers, env))?.id).toBe(claims.id);
    vi.setSystemTime(Date.now() + 120_000); // past the token's expiry and jose's 15 s tolerance
    expect(await readApiSession(headers, env)).toBeNull();
  });
});

describe("usesSecureCookies", () => {
  it("follows AUTH_URL when set, else the forwarded protocol, https when unsaid", () => {
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "http" }), { AUTH_URL: "https://kizuna.example" })).toBe(true);
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "https" }), { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(usesSecureCookies(new Headers({ "x-forwarded-proto": "http" }), {})).toBe(false);
    expect(usesSecureCookies(new Headers(), {})).toBe(true);
  });
});
