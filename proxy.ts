/**
 * Convenience only: sends signed-out visitors of private pages to sign-in with a way back.
 * Protection is in the pages, actions and route handlers themselves (lib/auth/guards.ts), so a
 * path this matcher misses is still safe.
 */
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

const PUBLIC_PATHS = ["/", "/sign-in", "/sign-up"];

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (request.auth?.user || PUBLIC_PATHS.includes(pathname)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
});

export const config = {
  // Pages only: API routes answer 401 JSON themselves; static files and icons stay public.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon|apple-touch-icon|manifest.webmanifest|robots.txt).*)"],
};
