import { earlyTapScript } from "@/components/study/early-tap";

/** Keeps a tap on the first card made before the page is live (components/study/early-tap.ts). */
export function EarlyTapScript({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyTapScript() }} />;
}
