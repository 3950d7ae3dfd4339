/**
 * A tap on the first card before the page is live. The server renders the first card, so a
 * student on a slow phone sees it, and taps it, before the app's JavaScript has loaded: the tap
 * used to do nothing, and the card then sat there as if the answer had been ignored.
 *
 * The practice page's inline script (earlyTapScript, run as the page is parsed) keeps the first
 * tap on one of the session's buttons: it marks the button as pressed and notes the card's
 * question. It also stops that click there, so the app never sees it as well: React listens on
 * the document too, once it starts hydrating, and a tap between then and the replay would
 * otherwise count twice (a matching item picked and then unpicked). Once the session is live, takeEarlyTap stops the script's listeners and replays the
 * tap, as a click on that same button, if the card on screen is still that card: a session
 * resumed from this device may show another one, and the tap is then dropped.
 *
 * A form's submit (a typed answer's Enter or Check) is not kept: the browser would send the form
 * and reload the page, losing the session, so the script only stops it; the text typed may not
 * survive hydration, and checking an answer the student did not mean to send would count it wrong.
 */
export const EARLY_TAP_ATTRIBUTE = "data-early-tap";

/** What the inline script leaves on `window.__kizunaEarlyTap`. */
interface EarlyTapState {
  /** The question of the card first tapped; its button carries EARLY_TAP_ATTRIBUTE. */
  tap: { questionId: string } | null;
  /** Removes the script's listeners. */
  stop(): void;
}

declare global {
  interface Window {
    __kizunaEarlyTap?: EarlyTapState;
  }
}

/** The session's root (components/study/study-session.tsx): it names the card on screen. */
const SESSION_SELECTOR = ".study[data-question-id]";

/** Plain ES5, since it runs before any of the app's JavaScript. */
export function earlyTapScript(): string {
  return (
    "(function(w,d,sel,attr){if(w.__kizunaEarlyTap)return;" +
    "var st={tap:null};" +
    "function session(n){return n&&n.closest?n.closest(sel):null}" +
    "function onClick(e){var b=e.target&&e.target.closest?e.target.closest('button'):null;var s=session(b);" +
    "if(!b||!s||b.type==='submit'||b.disabled||st.tap)return;" +
    "e.stopImmediatePropagation();st.tap={questionId:s.getAttribute('data-question-id')};" +
    "b.setAttribute(attr,'')}" +
    "function onSubmit(e){if(session(e.target))e.preventDefault()}" +
    "d.addEventListener('click',onClick,true);d.addEventListener('submit',onSubmit,true);" +
    "st.stop=function(){d.removeEventListener('click',onClick,true);d.removeEventListener('submit',onSubmit,true)};" +
    `w.__kizunaEarlyTap=st})(window,document,${JSON.stringify(SESSION_SELECTOR)},${JSON.stringify(EARLY_TAP_ATTRIBUTE)})`
  );
}

/**
 * Once the session is live: stop the script's listeners (the app's own take over) and replay its
 * tap if it was on `questionId`, the card now on screen. The first call takes it; later ones do nothing.
 */
export function takeEarlyTap(questionId: string | undefined): void {
  const state = window.__kizunaEarlyTap;
  if (!state) return;
  state.stop();
  delete window.__kizunaEarlyTap;
  const button = document.querySelector<HTMLButtonElement>(`${SESSION_SELECTOR} button[${EARLY_TAP_ATTRIBUTE}]`);
  button?.removeAttribute(EARLY_TAP_ATTRIBUTE);
  // Hydration keeps the server's elements, so the marked button is the live one, unless the card
  // on screen changed since: then nothing is replayed.
  const session = button?.closest(SESSION_SELECTOR);
  if (!button || !state.tap || state.tap.questionId !== questionId || session?.getAttribute("data-question-id") !== questionId) return;
  if (!button.disabled) button.click();
}
