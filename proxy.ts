/**
 * Convenience only: sends visitors without a session cookie to sign-in with a way back.
 * Protection is in the pages, actions and route handlers themselves (server/auth/guards.ts), so a
 * path this matcher misses is still safe.
 *
 * It only looks for the cookie and never decodes or re-issues the session: Auth.js's proxy
 * wrapper refreshes the cookie on every request, and a prefetch still in flight during sign-out
 * could then put the session back after it was cleared. Invalid or expired cookies are caught by
 * requireUser() on the page.
 */
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PATHS = ["/", "/sign-in", "/sign-up"];
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  if (hasSession || PUBLIC_PATHS.includes(pathname)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: API routes answer 401 JSON themselves; static files, icons, the service worker and
  // the offline page stay public.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon|apple-touch-icon|manifest.webmanifest|robots.txt|sw.js|offline.html).*)"],
};
