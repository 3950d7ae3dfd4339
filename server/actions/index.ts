/**
 * `defineAction` for the app: the wrapper of ./create-action-client.ts with the real session
 * lookup and the structured logger. Every "use server" file builds its actions with it.
 */
import { currentUser } from "@/server/auth/guards";
import { log } from "@/server/logger";
import { createActionClient } from "./create-action-client";

export const defineAction = createActionClient({ currentUser, logger: log("action") });
