// GET/POST /api/auth/* – Auth.js endpoints (session, CSRF token, callbacks, sign-out)
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
