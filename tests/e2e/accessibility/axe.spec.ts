import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { answerCurrentQuestion, waitForSaved } from "../support/quiz";
import { storedSession } from "../support/stored-sessions";
import { newUser, signUp } from "../support/users";

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(" ")}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

// Each page's axe run takes seconds, and many more on a busy machine: explicit budgets.
const AXE_BUDGET_MS = 240_000;

test.describe(() => {
  // Only reads (a flashcard is flipped, never graded): the demo student's stored session.
  test.use(storedSession("student"));

  test("study home, flashcards and timeline have no axe violations", async ({ page }) => {
    test.setTimeout(AXE_BUDGET_MS);
    await page.goto("/study");
    await expect(page.getByRole("link", { name: "Start quiz" })).toBeVisible();
    await expectNoViolations(page, "study home");

    await page.goto("/study/practice?mode=flashcard");
    await page.locator(".flashcard-face").click();
    await expect(page.locator(".flashcard-answer")).toBeVisible();
    await expectNoViolations(page, "flashcard back");

    await page.goto("/timeline");
    await expect(page.locator(".event").first()).toBeVisible();
    await expectNoViolations(page, "timeline");
  });
});

test("quiz (question and feedback) and progress with a review have no axe violations", async ({ page }) => {
  test.setTimeout(AXE_BUDGET_MS);
  // Answers a question, so a user of its own; progress then has a review to chart.
  await signUp(page, newUser("student"));
  await page.goto("/study/practice?mode=quiz");
  await expect(page.locator(".question-card")).toBeVisible();
  await expectNoViolations(page, "quiz question");
  await answerCurrentQuestion(page);
  await expectNoViolations(page, "quiz feedback");
  await waitForSaved(page);

  await page.goto("/study/progress");
  await expect(page.getByTestId("reviews-30")).toHaveText("1");
  await expectNoViolations(page, "progress");
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
  // Only visits pages: the demo student's stored session.
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    ...storedSession("student"),
  });
  const page = await context.newPage();
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
