import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD, demoUsers } from "@/db/seed/demo-users";

/**
 * Sign in once per role, not once per test: the setup project (auth.setup.ts) signs in as the
 * demo accounts the e2e server seeds (SEED_DEMO=true) and saves each session's cookies here;
 * a test that only reads takes one with `test.use(storedSession("student"))`.
 *
 * Every project and worker shares these two accounts, in parallel: a test that answers a card,
 * joins or creates a class, or otherwise changes what an account sees must sign up a user of
 * its own (support/users.ts) instead.
 */
export type StoredRole = "student" | "teacher";

const DEMO_EMAILS: Record<StoredRole, string> = { student: "sophea@demo.kizuna", teacher: "teacher@demo.kizuna" };

/** The demo account behind a stored session (name as the app shows it). */
export function demoAccount(role: StoredRole): { email: string; name: string; password: string; role: StoredRole } {
  const user = demoUsers.find((u) => u.email === DEMO_EMAILS[role]);
  if (!user) throw new Error(`no demo ${role} ${DEMO_EMAILS[role]} in db/seed/demo-users.ts`);
  return { email: user.email, name: user.name, password: DEMO_PASSWORD, role };
}

/** Where the setup project writes a role's signed-in browser state (git-ignored). */
export function storedSessionFile(role: StoredRole): string {
  return fileURLToPath(new URL(`../../../playwright/.auth/${role}.json`, import.meta.url));
}

/** `test.use(storedSession("teacher"))`: start signed in as that demo account. */
export function storedSession(role: StoredRole): { storageState: string } {
  return { storageState: storedSessionFile(role) };
}
