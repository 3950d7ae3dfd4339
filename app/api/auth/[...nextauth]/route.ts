// GET/POST /api/auth/* – Auth.js endpoints (session, CSRF token, callbacks, sign-out)
import { handlers } from "@/server/auth";

export const { GET, POST } = handlers;
