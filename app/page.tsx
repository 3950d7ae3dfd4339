import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser, homePathFor } from "@/server/auth/guards";

export default async function LandingPage() {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <main className="landing">
      <h1>Learn the events that shaped Japan–Cambodia relations</h1>
      <p className="lead">
        Who met whom, where, when and why it mattered — as flashcards and quizzes that come back just before you would forget them.
      </p>
      <div className="actions">
        <Link href="/sign-up" className="button button-primary">
          Create a free account
        </Link>
        <Link href="/sign-in" className="button">
          Sign in
        </Link>
      </div>
    </main>
  );
}
