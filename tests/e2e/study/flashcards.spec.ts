import { expect, test } from "@playwright/test";
import { progressText, waitForSaved } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test("a new student studies 10 flashcards by tapping, resumes after a reload, and sees progress", async ({ page }) => {
  await signUp(page, newUser("student"));
  await page.getByRole("link", { name: "Flashcards" }).click();
  for (let i = 0; i < 10; i++) {
    if (i === 4) {
      await waitForSaved(page);
      await page.reload();
      await expect(page.locator(".session-progress")).toContainText("4 of 20");
    }
    expect(await progressText(page)).toBe(`${i} of 20`);
    await page.locator(".flashcard-face").click();
    const back = page.getByLabel("Answer", { exact: true });
    await expect(back.locator(".flashcard-answer")).not.toBeEmpty();
    await expect(back.locator(".sources cite").first()).not.toBeEmpty();
    // Every grade button shows when the card would come back.
    for (const grade of ["Again", "Hard", "Good", "Easy"]) {
      await expect(back.getByRole("button", { name: new RegExp(`^${grade}`) })).toContainText(/\d+(\.\d+)?(m|h|d|mo|y)/);
    }
    await back.getByRole("button", { name: i % 3 === 0 ? /^Again/ : /^Good/ }).click();
  }
  await waitForSaved(page);
  await page.goto("/study/progress");
  await expect(page.getByTestId("reviews-30")).toHaveText("10");
});
