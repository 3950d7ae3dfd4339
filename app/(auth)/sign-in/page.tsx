import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/guards";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl) ?? undefined;
  if (await currentUser()) redirect(callbackUrl ?? "/");
  return (
    <main className="auth-page">
      <h1>Sign in</h1>
      {params.signedOut && (
        <p className="notice">{params.signedOut === "everywhere" ? "You are signed out on every device." : "You are signed out."}</p>
      )}
      {params.deleted && <p className="notice">Your account and its data are deleted.</p>}
      {callbackUrl && (
        <p className="notice">
          {callbackUrl.startsWith("/join/") ? "Sign in, then join the class in one tap." : "Sign in to continue to that page."}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
