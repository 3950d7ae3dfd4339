import type { UserRole } from "@/lib/domain";

/**
 * Demo accounts created at start-up so a newcomer can sign in at once. Their passwords are
 * public (printed at start and in the README): turn them off with SEED_DEMO=false anywhere real.
 */
export const DEMO_PASSWORD = "kizuna-demo";

export const demoUsers: { email: string; name: string; role: UserRole }[] = [
  { email: "teacher@demo.kizuna", name: "Ms. Aiko Tanaka", role: "teacher" },
  { email: "sophea@demo.kizuna", name: "Sophea Chan", role: "student" },
  { email: "kenji@demo.kizuna", name: "Kenji Mori", role: "student" },
  { email: "dara@demo.kizuna", name: "Dara Sok", role: "student" },
];
