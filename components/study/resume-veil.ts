/**
 * The veil over a server-rendered fresh session while this device's stored session is about to
 * take its place: the practice page's inline script (app/study/practice/_components/
 * resume-veil-script.tsx) puts it up as the page is parsed, when the stored session would show
 * another card; the session lifts it as soon as it shows its own. So a student who resumes does not
 * see the first card swap for another, and nothing on the page moves when it does.
 */
export const RESUME_VEIL_ID = "kizuna-resume-veil";

export function liftResumeVeil(): void {
  document.getElementById(RESUME_VEIL_ID)?.remove();
}
