"use server";

import { z } from "zod";
import { defineAction } from "@/server/actions";
import { endCurrentSession } from "./end-session";
import { signOut } from "./index";
import { endEverySession } from "./session-check";

/**
 * Sign out from the site header (here, not in app/, because components/ never import app/). The
 * session is ended on the server first, so a copy of the cookie (a shared computer, a stolen
 * cookie) is signed out too, not only this browser.
 */
export const signOutAction = defineAction({ name: "signOut", access: "anonymous", input: z.object({}) }, async () => {
  await endCurrentSession();
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
