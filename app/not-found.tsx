import Link from "next/link";

export default function NotFound() {
  return (
    <main className="message-page">
      <h1>Page not found</h1>
      <p>That page does not exist, or it is not yours to see.</p>
      <Link href="/" className="button button-primary">
        Back to your home page
      </Link>
    </main>
  );
}
