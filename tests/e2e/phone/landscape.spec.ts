import { expect, test, type Page } from "@playwright/test";
import { PHONES, questionType } from "../support/phone";
import { answerCurrentQuestion, nextQuestion, plannedCards } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test.use({ viewport: PHONES.landscape, isMobile: true, hasTouch: true });

/** The prompt and every answer control (and its submit button) inside the visible screen. */
async function offScreenParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const height = window.innerHeight;
    const card = document.querySelector(".question-card");
    if (!card) return ["no question card"];
    const controls = [...card.querySelectorAll("button, input")];
    // An ordering question's control loads on demand: until it has, there is nothing to check yet.
    if (controls.length === 0) return ["answer controls not shown yet"];
    const parts = [card.querySelector(".question-prompt"), ...controls];
    return parts
      .filter((el): el is Element => el !== null)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < -0.5 || r.bottom > height + 0.5;
      })
      .map((el) => (el.getAttribute("aria-label") ?? el.textContent ?? el.tagName).trim().slice(0, 40));
  });
}

test("held sideways (844×390), the header is one short row and each question fits on screen with its controls", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("student"));
  const header = await page.locator(".site-header").boundingBox();
  expect(header?.height).toBeLessThanOrEqual(56);
  await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();

  await page.goto("/study/practice?mode=quiz");
  // A first session asks every new fact by multiple choice (a recognition face) and mixes in
  // ordering and matching exercises; cloze and typed faces come only once a fact is stable
  // (lib/scheduling/faces.ts), so these are the three types a new student meets today.
  const seen = new Set<string>();
  const planned = await plannedCards(page);
  for (let i = 0; i < planned; i++) {
    await expect(page.locator(".question-card")).toBeVisible();
    const type = await questionType(page);
    await expect.poll(() => offScreenParts(page), { message: `${type}: parts off screen` }).toEqual([]);

    // Tabbing through the question never leaves the focused control hidden (no bar covers it).
    for (let t = 0; t < 4; t++) {
      await page.keyboard.press("Tab");
      const hidden = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return false;
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
        return r.top < 0 || r.bottom > window.innerHeight || !(top && (el === top || el.contains(top)));
      });
      expect(hidden, `${type}: focused control hidden after ${t + 1} Tab(s)`).toBe(false);
    }
    seen.add(type);
    await answerCurrentQuestion(page);
    if (seen.size === 3) break;
    await nextQuestion(page);
  }
  expect(seen.size).toBe(3);
});
