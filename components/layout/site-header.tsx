import Link from "next/link";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { SiteMenu } from "@/components/layout/site-menu";
import { ActionButton } from "@/components/ui/action-button";
import { OfflineBanner } from "@/components/offline/offline-banner";
import { currentUser, homePathFor } from "@/server/auth/guards";
import { signOutAction, signOutEverywhereAction } from "@/server/auth/sign-out";

const NAV = {
  student: [
    { href: "/study", label: "Study" },
    { href: "/timeline", label: "Timeline" },
    { href: "/study/progress", label: "Progress" },
    { href: "/study/settings", label: "Settings" },
  ],
  teacher: [
    { href: "/teach", label: "Home" },
    { href: "/teach/questions", label: "Questions" },
    { href: "/teach/collections", label: "Collections" },
    { href: "/teach/flagged", label: "Flagged" },
    { href: "/timeline", label: "Timeline" },
  ],
} as const;

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="site-header">
      <div className="site-header-row">
        <Link href={user ? homePathFor(user.role) : "/"} className="brand">
          Kizuna
        </Link>
        {user ? (
          <SiteMenu>
            <nav className="main-nav" aria-label="Main">
              {NAV[user.role].map((item) => (
                <Link key={item.href} href={item.href}>
                  {item.label}
                </Link>
              ))}
            </nav>
            <div className="site-account">
              <span className="who" title={user.email}>
                <span className="who-name">{user.name}</span>
                <span className="role-badge">{user.role}</span>
              </span>
              <Link href="/account" className="account-link">
                Account
              </Link>
              <SignOutButton userId={user.id} action={signOutAction} />
              {/* Rarely needed, so tucked away: ends the sessions on every other device too. */}
              <details className="account-menu">
                <summary aria-label="More account options">⋯</summary>
                <div className="account-menu-panel">
                  <ActionButton action={signOutEverywhereAction} buttonClassName="button">
                    Sign out everywhere
                  </ActionButton>
                  <p className="muted">Ends your sessions on every device, including lost or shared ones.</p>
                </div>
              </details>
            </div>
          </SiteMenu>
        ) : (
          <Link href="/sign-in" className="button button-quiet">
            Sign in
          </Link>
        )}
      </div>
      {user?.role === "student" && <OfflineBanner userId={user.id} />}
    </header>
  );
}
