/** Who an account is for. Stored as the Postgres enum `user_role`; chosen at sign-up. */

/** Every role, as stored in `users.role`. */
export const USER_ROLES = ["student", "teacher"] as const;

/** A user's role. */
export type UserRole = (typeof USER_ROLES)[number];
