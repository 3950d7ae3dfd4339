"use server";

import { z } from "zod";
import { defineAction } from "@/server/actions";
import { authConfig } from "./config";
import { auth, signOut } from "./index";
import { endEverySession, endSession } from "./session-check";

/** How long a revocation must be kept: as long as the cookie could still be presented. */
const sessionLifetimeMs = authConfig.session.maxAge * 1000;

/**
 * Sign out from the site header (here, not in app/, because components/ never import app/). The
 * session is ended on the server first, so a copy of the cookie (a shared computer, a stolen
 * cookie) is signed out too, not only this browser.
 */
export const signOutAction = defineAction({ name: "signOut", access: "anonymous", input: z.object({}) }, async () => {
  const session = await auth();
  const userId = session?.user?.id;
  if (userId && session.sessionId && session.sessionVersion !== undefined) {
    await endSession({ userId, sessionId: session.sessionId, version: session.sessionVersion }, new Date(Date.now() + sessionLifetimeMs));
  }
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
});

/** End every session of this account, on every device, then this one. */
export const signOutEverywhereAction = defineAction(
  { name: "signOutEverywhere", access: "user", input: z.object({}) },
  async ({ user }) => {
    await endEverySession(user.id);
    await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
  },
);
