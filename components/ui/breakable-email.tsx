/**
 * An email address that wraps at its "@" in a narrow column ("student01" / "@demo.kizuna")
 * instead of mid-word; a part too long for the column still breaks where the CSS lets it.
 */
export function BreakableEmail({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at <= 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}
