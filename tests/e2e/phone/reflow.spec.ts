import { expect, test } from "@playwright/test";
import { expectControlsWhole, expectNoHorizontalScroll, PHONES, useLargeText } from "../support/phone";
import { answerCurrentQuestion, nextQuestion } from "../support/quiz";
import { newUser, signUp } from "../support/users";

/**
 * Reflow (WCAG 1.4.10) and text size (1.4.4) on every page a student uses: at 320 px, and at three
 * phone sizes in the light theme at normal text and in the dark theme at 200 % text: no sideways scrolling,
 * no control cut off or too small to hit, and the navigation always reachable.
 */
const VARIANTS = [
  { theme: "light", largeText: false },
  { theme: "dark", largeText: true },
] as const;

// WCAG's reflow width, 320 CSS px, at normal text; the phone sizes in both variants.
const SIZES = [
  { name: "narrowest", viewport: { width: 320, height: 640 }, variants: [VARIANTS[0]] },
  ...Object.entries(PHONES).map(([name, viewport]) => ({ name, viewport, variants: VARIANTS })),
];

for (const { name, viewport, variants } of SIZES) {
  for (const { theme, largeText } of variants) {
    test.describe(`${name} phone ${viewport.width}×${viewport.height}, ${theme}${largeText ? ", 200 % text" : ""}`, () => {
      test.use({ viewport, colorScheme: theme, isMobile: true, hasTouch: true });

      test("every study page reflows, every control is whole, and the menu reaches every page", async ({ page, context }) => {
        test.setTimeout(120_000);
        if (largeText) await useLargeText(context, page);
        await signUp(page, newUser("student"));

        for (const path of ["/study", "/study/progress", "/timeline"]) {
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          await expectNoHorizontalScroll(page, path);
          await expectControlsWhole(page, path);
        }

        // The quiz: the first six questions cover every question type, before and after answering.
        await page.goto("/study/practice?mode=quiz");
        for (let i = 0; i < 6; i++) {
          await expect(page.locator(".question-card")).toBeVisible();
          await expectNoHorizontalScroll(page, `quiz question ${i + 1}`);
          await expectControlsWhole(page, `quiz question ${i + 1}`);
          const type = await answerCurrentQuestion(page);
          await expectNoHorizontalScroll(page, `${type} feedback`);
          await expectControlsWhole(page, `${type} feedback`);
          await nextQuestion(page);
        }

        await page.goto("/study/practice?mode=flashcard");
        await page.locator(".flashcard-face").click();
        await expect(page.locator(".flashcard-answer")).toBeVisible();
        await expectNoHorizontalScroll(page, "flashcard back");
        await expectControlsWhole(page, "flashcard back");

        // The links fold behind Menu here; it opens, and its links work.
        const menu = page.getByRole("button", { name: "Menu" });
        await expect(menu).toHaveAttribute("aria-expanded", "false");
        await menu.click();
        await expect(menu).toHaveAttribute("aria-expanded", "true");
        await expectControlsWhole(page, "open menu");
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
        await expect(page).toHaveURL(/\/study\/progress$/);
        await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
      });
    });
  }
}
