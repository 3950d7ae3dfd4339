import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { answerCurrentQuestion } from "../support/quiz";
import { newUser, signUp } from "../support/users";

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

test("study home, quiz (question and feedback), flashcards, progress and timeline have no axe violations", async ({ page }) => {
  await signUp(page, newUser("student"));
  await expectNoViolations(page, "study home");

  await page.goto("/study/practice?mode=quiz");
  await expect(page.locator(".question-card")).toBeVisible();
  await expectNoViolations(page, "quiz question");
  await answerCurrentQuestion(page);
  await expectNoViolations(page, "quiz feedback");

  await page.goto("/study/practice?mode=flashcard");
  await page.locator(".flashcard-face").click();
  await expect(page.locator(".flashcard-answer")).toBeVisible();
  await expectNoViolations(page, "flashcard back");

  await page.goto("/study/progress");
  await expectNoViolations(page, "progress");

  await page.goto("/timeline");
  await expectNoViolations(page, "timeline");
});

test("sign-in and sign-up (with errors shown) have no axe violations", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#field-email-error")).toBeVisible();
  await expectNoViolations(page, "sign-up with errors");
  await page.goto("/sign-in");
  await expectNoViolations(page, "sign-in");
});

test("at 360×640 nothing scrolls sideways and tap targets are at least 44px", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUp(page, newUser("student"));
  for (const path of ["/study", "/study/practice?mode=quiz", "/study/practice?mode=flashcard", "/study/progress", "/timeline"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("main button, main a.button, main .choice, main select, main input:not([type=radio])")]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.outerHTML.slice(0, 80), h: el.getBoundingClientRect().height }))
        .filter((t) => t.h < 44),
    );
    expect(small, `tap targets under 44px on ${path}`).toEqual([]);
  }
  await context.close();
});
