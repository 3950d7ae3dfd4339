import { Fragment } from "react";

/**
 * An email address that wraps at its "@" and at the dots of its domain in a narrow column
 * ("student01" / "@demo" / ".kizuna") instead of mid-word; a part still too long for the column
 * breaks where the CSS lets it.
 */
export function BreakableEmail({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at <= 0) return <>{email}</>;
  const domainParts = email.slice(at).split(/(?=\.)/);
  return (
    <>
      {email.slice(0, at)}
      {domainParts.map((part, i) => (
        <Fragment key={i}>
          <wbr />
          {part}
        </Fragment>
      ))}
    </>
  );
}
