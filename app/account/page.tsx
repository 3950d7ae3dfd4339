import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/server/auth/guards";
import { ChangeEmailForm, ChangeNameForm, ChangePasswordForm, DeleteAccountForm } from "./_components/account-forms";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account");
  const { changed } = await searchParams;
  return (
    <main className="stack account-page">
      <h1>Your account</h1>
      {changed === "password" && (
        <p className="notice" role="status">
          Password changed. You are signed out on every other device.
        </p>
      )}

      <section className="card stack" aria-labelledby="account-name">
        <h2 id="account-name">Name</h2>
        <ChangeNameForm name={user.name} />
      </section>

      <section className="card stack" aria-labelledby="account-email">
        <h2 id="account-email">Email</h2>
        <ChangeEmailForm email={user.email} />
      </section>

      <section className="card stack" aria-labelledby="account-password">
        <h2 id="account-password">Password</h2>
        <p className="muted">Changing it signs you out on every other device.</p>
        <ChangePasswordForm />
      </section>

      {user.role === "student" && (
        <section className="card stack" aria-labelledby="account-study">
          <h2 id="account-study">Study settings</h2>
          <p>
            <Link href="/study/settings">Desired retention, new questions per day and when your day starts</Link>
          </p>
        </section>
      )}

      <section className="card stack" aria-labelledby="account-data">
        <h2 id="account-data">Your data</h2>
        <p className="muted">Every review you made and the memory state of each question, as one JSON file.</p>
        <p>
          <a className="button" href="/api/me/export" download>
            Download my data
          </a>
        </p>
      </section>

      <section className="card stack danger-zone" aria-labelledby="account-delete">
        <h2 id="account-delete">Delete account</h2>
        <p>
          This deletes your account, your reviews and your memory of every question, for good.
          {user.role === "teacher" && " Hand each of your classes over to another teacher, or delete it, first (on the class page)."}
        </p>
        <DeleteAccountForm />
      </section>
    </main>
  );
}
