"use server";

import { z } from "zod";
import { defineAction } from "@/server/actions";
import { signOut } from "./index";

/** Sign out from the site header (here, not in app/, because components/ never import app/). */
export const signOutAction = defineAction({ name: "signOut", access: "anonymous", input: z.object({}) }, async () => {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
});
