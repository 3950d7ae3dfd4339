import bcrypt from "bcryptjs";

/**
 * bcrypt via bcryptjs (pure JS: no native build on a fresh machine). Cost 10 is ~70 ms here,
 * which keeps sign-in responsive while making offline guessing expensive.
 */
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * A hash of nothing anyone knows, compared against when the email is unknown so a wrong email
 * and a wrong password take the same time (no account enumeration by timing).
 */
export const DECOY_HASH = "$2b$10$GGmwiyq8f4MJVmxU3xU2d.en0S2S0t29khmIDhE2KspbsjZsBl9qC";
