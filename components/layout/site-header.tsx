import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { currentUser, homePathFor } from "@/lib/auth/guards";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="site-header">
      <Link href={user ? homePathFor(user.role) : "/"} className="brand">
        Kizuna
      </Link>
      {user ? (
        <nav className="site-nav" aria-label="Account">
          <span className="who" title={user.email}>
            {user.name}
            <span className="role-badge">{user.role}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="button button-quiet">
              Sign out
            </button>
          </form>
        </nav>
      ) : (
        <nav className="site-nav" aria-label="Account">
          <Link href="/sign-in" className="button button-quiet">
            Sign in
          </Link>
        </nav>
      )}
    </header>
  );
}
