import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/auth/guards";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl) ?? undefined;
  if (await currentUser()) redirect(callbackUrl ?? "/");
  return (
    <main className="auth-page">
      <h1>Create your account</h1>
      {callbackUrl?.startsWith("/join/") && <p className="notice">Create your account, then join the class in one tap.</p>}
      <SignUpForm callbackUrl={callbackUrl} />
    </main>
  );
}
