import { expect, test } from "@playwright/test";
import { answerCurrentQuestion, progressText, TYPE_LABELS, waitForSaved } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test("a new student answers 10 quiz questions of every type, reloads mid-session, resumes, and sees progress", async ({ page }) => {
  await signUp(page, newUser("student"));
  await expect(page.getByText(/0 due for review · 20 new/)).toBeVisible();
  await page.getByRole("link", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/study\/practice\?mode=quiz$/);

  const seen = new Set<string>();
  for (let i = 0; i < 10; i++) {
    if (i === 5) {
      await waitForSaved(page);
      await page.reload();
      // Resumed on the sixth card, with the count kept.
      await expect(page.locator(".session-progress")).toContainText("5 of 20");
    }
    expect(await progressText(page)).toBe(`${i} of 20`);
    seen.add(await answerCurrentQuestion(page));
    await page.getByRole("button", { name: "Next question" }).click();
  }
  expect([...seen].sort()).toEqual([...TYPE_LABELS].sort());
  await waitForSaved(page);

  await page.goto("/study/progress");
  await expect(page.getByTestId("reviews-30")).toHaveText("10");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  const learningAndReview =
    Number(await page.getByTestId("cards-learning").textContent()) + Number(await page.getByTestId("cards-review").textContent());
  expect(learningAndReview).toBe(10);
  await expect(page.getByRole("heading", { name: "What you remember now" })).toBeVisible();
  await expect(page.locator(".recall-list li").first()).toBeVisible();
});

test("feedback shows right or wrong, the answer, the explanation and the source", async ({ page }) => {
  await signUp(page, newUser("student"));
  await page.goto("/study/practice?mode=quiz");
  await answerCurrentQuestion(page);
  const feedback = page.getByLabel("Answer feedback");
  await expect(feedback.locator(".feedback-verdict")).toHaveText(/Correct|Not quite/);
  await expect(feedback.locator(".explanation")).not.toBeEmpty();
  await expect(feedback.locator(".sources cite")).not.toBeEmpty();
});

test("a failed save is shown and retried, never dropped", async ({ page }) => {
  await signUp(page, newUser("student"));
  await page.goto("/study/practice?mode=quiz");
  let failures = 0;
  await page.route("**/api/reviews", async (route) => {
    if (failures < 4) {
      failures++;
      await route.fulfill({ status: 503, body: "unavailable" });
    } else {
      await route.continue();
    }
  });
  await answerCurrentQuestion(page);
  await expect(page.locator(".sync-bad")).toContainText("1 answer not saved yet");
  await page.getByRole("button", { name: "Retry now" }).click();
  await waitForSaved(page);
  expect(failures).toBe(4);
});
