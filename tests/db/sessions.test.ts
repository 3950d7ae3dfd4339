import crypto from "node:crypto";
import { expect, it } from "vitest";
import { changePasswordHash, endAllSessions, readSessionState, revokeSession } from "@/db/queries/sessions";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { describeEachEngine } from "../support/test-databases";

describeEachEngine("sessions: versions and revocations", (ctx) => {
  const newUser = async () =>
    createUser(ctx.db(), { email: `s-${crypto.randomUUID()}@t.kizuna`, name: "S", role: "student", passwordHash: "old-hash" });

  it("starts at version 0, not revoked; an unknown user has no state", async () => {
    const user = await newUser();
    expect(await readSessionState(ctx.db(), { userId: user.id, sessionId: "a" })).toEqual({ version: 0, revoked: false });
    expect(await readSessionState(ctx.db(), { userId: crypto.randomUUID(), sessionId: "a" })).toBeNull();
  });

  it("revokes one session only, and sweeps revocations whose cookies have expired", async () => {
    const user = await newUser();
    const later = new Date(Date.now() + 60_000);
    await revokeSession(ctx.db(), { userId: user.id, sessionId: "phone", expiresAt: later });
    await revokeSession(ctx.db(), { userId: user.id, sessionId: "phone", expiresAt: later }); // twice: still fine
    expect(await readSessionState(ctx.db(), { userId: user.id, sessionId: "phone" })).toEqual({ version: 0, revoked: true });
    expect(await readSessionState(ctx.db(), { userId: user.id, sessionId: "laptop" })).toEqual({ version: 0, revoked: false });
    await revokeSession(ctx.db(), { userId: user.id, sessionId: "old", expiresAt: new Date(Date.now() - 1000) });
    await revokeSession(ctx.db(), { userId: user.id, sessionId: "next", expiresAt: later });
    expect((await readSessionState(ctx.db(), { userId: user.id, sessionId: "old" }))?.revoked).toBe(false);
  });

  it("ends every session by moving the version on; a password change does too, with the new hash", async () => {
    const user = await newUser();
    expect(await endAllSessions(ctx.db(), user.id)).toBe(1);
    expect(await endAllSessions(ctx.db(), crypto.randomUUID())).toBeNull();
    expect(await changePasswordHash(ctx.db(), { userId: user.id, passwordHash: "new-hash" })).toBe(true);
    const row = await findUserByEmail(ctx.db(), user.email);
    expect(row).toMatchObject({ passwordHash: "new-hash", sessionVersion: 2 });
  });
});
