/**
 * Auth.js v5 with email + password. `auth()` reads the session in server components, actions
 * and route handlers; authorization itself lives in ./guards.ts.
 */
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { findUserByEmail } from "@/db/queries/users";
import { signInSchema } from "@/lib/validation/auth";
import { authConfig } from "./config";
import { DECOY_HASH, verifyPassword } from "@/lib/auth/password";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await findUserByEmail(await getDb(), parsed.data.email);
        // Compare against a decoy when the email is unknown: same time, same answer.
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DECOY_HASH);
        if (!user || !ok) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
});
