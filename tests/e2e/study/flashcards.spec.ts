import { expect, test } from "@playwright/test";
import { plannedCards, progressText, SessionTotal, waitForSaved } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test("a new student studies 10 flashcards by tapping, resumes after a reload, and sees progress", async ({ page }) => {
  await signUp(page, newUser("student"));
  await page.getByRole("link", { name: "Flashcards" }).click();
  const total = new SessionTotal(await plannedCards(page));
  for (let i = 0; i < 10; i++) {
    if (i === 4) {
      await waitForSaved(page);
      await page.reload();
      await expect(page.locator(".session-progress")).toContainText(`4 of ${total.total}`);
    }
    await expect.poll(() => progressText(page)).toBe(`${i} of ${total.total}`);
    const item = await SessionTotal.itemOnScreen(page);
    // One fact per flashcard: never an ordering or matching exercise.
    expect(item).toMatch(/^(f:|x:)/);
    await expect(page.locator(".flashcard .plain-list")).toHaveCount(0);
    await page.locator(".flashcard-face").click();
    const back = page.getByLabel("Answer", { exact: true });
    await expect(back.locator(".flashcard-answer strong")).not.toBeEmpty();
    await expect(back.locator(".sources cite").first()).not.toBeEmpty();
    // Every grade button shows when the card would come back.
    for (const grade of ["Again", "Hard", "Good", "Easy"]) {
      await expect(back.getByRole("button", { name: new RegExp(`^${grade}`) })).toContainText(/\d+(\.\d+)?(m|h|d|mo|y)/);
    }
    await back.getByRole("button", { name: i % 3 === 0 ? /^Again/ : /^Good/ }).click();
    total.record(item, i % 3 === 0);
  }
  await waitForSaved(page);
  await page.goto("/study/progress");
  await expect(page.getByTestId("reviews-30")).toHaveText("10");
});
