/**
 * End the session of the request being handled, on the server: its cookie (and any copy of it)
 * is signed out from now on. Used by the sign-out action and by Auth.js's own sign-out endpoint.
 */
import { authConfig } from "./config";
import { auth } from "./index";
import { endSession } from "./session-check";

/** How long a revocation must be kept: as long as the cookie could still be presented. */
const sessionLifetimeMs = authConfig.session.maxAge * 1000;

export async function endCurrentSession(): Promise<void> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId || session.sessionVersion === undefined) return;
  await endSession({ userId, sessionId: session.sessionId, version: session.sessionVersion }, new Date(Date.now() + sessionLifetimeMs));
}
