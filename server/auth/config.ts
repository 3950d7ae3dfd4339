/**
 * The part of the Auth.js configuration with no database code, shared by proxy.ts and the full
 * configuration in ./index.ts. Sessions are JWTs in httpOnly, SameSite=Lax cookies (Auth.js
 * defaults), so app servers stay stateless.
 */
import type { NextAuthConfig } from "next-auth";
import type { UserRole } from "@/lib/domain";
import { log } from "@/server/logger";

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  logger: {
    // A wrong password is an expected outcome, not a server error: one line, no stack.
    error(error) {
      // Match on Auth.js's `type`, not the class name: production builds minify class names.
      if ((error as { type?: string }).type === "CredentialsSignin") log("auth").warn("sign-in refused: wrong email or password");
      else log("auth").error({ err: error }, "auth error");
    },
  },
  callbacks: {
    jwt({ token, user, trigger, session }) {
      // The account page changed the name or email (server/auth `updateSession`): keep the
      // cookie's copy in step. Only those two fields; role and session ids never change here.
      if (trigger === "update" && session && typeof session === "object") {
        const update = (session as { user?: { name?: unknown; email?: unknown } }).user;
        if (typeof update?.name === "string") token.name = update.name;
        if (typeof update?.email === "string") token.email = update.email;
      }
      // `user` is only present at sign-in: copy what pages need into the token once, with a new
      // session id and the user's session version, which ./session-check.ts compares on every use.
      if (user?.id && user.role && typeof user.sessionVersion === "number") {
        token.id = user.id;
        token.role = user.role;
        token.sid = crypto.randomUUID();
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.id === "string" && (token.role === "student" || token.role === "teacher")) {
        session.user.id = token.id;
        session.user.role = token.role;
      }
      if (typeof token.sid === "string" && typeof token.sv === "number") {
        session.sessionId = token.sid;
        session.sessionVersion = token.sv;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    role?: UserRole;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: UserRole; name: string; email: string };
    /** Absent on cookies issued before sessions could be ended: those count as signed out. */
    sessionId?: string;
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id?: string;
    role?: UserRole;
    /** This session's id (for a sign-out of this one session). */
    sid?: string;
    /** The user's session version at sign-in. */
    sv?: number;
  }
}
