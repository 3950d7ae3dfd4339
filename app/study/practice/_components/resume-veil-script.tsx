import { RESUME_VEIL_ID } from "@/components/study/resume-veil";
import { SESSION_VERSION, sessionStorageKey } from "@/components/study/session-store";

/**
 * The server renders the first card of a fresh session (so it is the page's first paint), but a
 * session stored on this device takes its place once the page is live. This script, right after
 * the session in the page, runs as the page is parsed: when the stored session would show
 * something else, it veils the session (components/study/resume-veil.ts) until the stored one is
 * on screen. Its checks are loadSession's (session-store.ts); a session at its first card, that
 * card, changes nothing seen. Plain ES5, since it runs before any of the app's JavaScript.
 *
 * After the card, not before: a parser-blocking script waits for the stylesheet, and a browser
 * with the stylesheet still on its way paints what it has parsed meanwhile — before the card, a
 * first paint without it (and a late largest paint). The cost, on a device whose stylesheet is
 * not cached yet (a resumed session almost always has it), is one frame of the fresh card.
 */
export function resumeVeilScript(options: { userId: string; sessionKey: string; firstQuestionId: string | null }): string {
  const args = [sessionStorageKey(options.userId), SESSION_VERSION, options.sessionKey, options.firstQuestionId, RESUME_VEIL_ID];
  // What the page renders between its heading and this script: the session.
  const css = ".study-head~:has(~script[data-resume-veil]){visibility:hidden}";
  const body =
    "try{var s=JSON.parse(localStorage.getItem(k)||'null');" +
    "if(!s||s.version!==v||s.key!==key||!Array.isArray(s.order)||!Array.isArray(s.items))return;" +
    "var c=s.items[s.order[s.position]];" +
    "if(s.position===0&&c&&c.question&&c.question.id===q)return;" +
    `var e=document.createElement('style');e.id=id;e.textContent=${JSON.stringify(css)};document.head.appendChild(e)}catch(x){}`;
  // "<" escaped: a value can never close the script element.
  return `(function(k,v,key,q,id){${body}}).apply(null,${JSON.stringify(args).replaceAll("<", "\\u003c")})`;
}

export function ResumeVeilScript(props: { userId: string; sessionKey: string; firstQuestionId: string | null; nonce: string | undefined }) {
  const { nonce, ...options } = props;
  return <script nonce={nonce} data-resume-veil="" dangerouslySetInnerHTML={{ __html: resumeVeilScript(options) }} />;
}
