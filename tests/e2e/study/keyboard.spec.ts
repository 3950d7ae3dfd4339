import { expect, test, type Locator, type Page } from "@playwright/test";
import { plannedCards, progressText, SessionTotal, waitForSaved } from "../support/quiz";
import { newUser, signUp } from "../support/users";

/** Move focus with Tab (forward, then back with Shift+Tab if it was passed) until `target` has it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const focused = () => target.evaluate((el) => el === document.activeElement);
  for (let i = 0; i < 30 && !(await focused()); i++) await page.keyboard.press("Tab");
  for (let i = 0; i < 30 && !(await focused()); i++) await page.keyboard.press("Shift+Tab");
  await expect(target).toBeFocused();
}

/** Answer the question on screen with the keyboard only (no clicks), as a keyboard user would. */
async function answerByKeyboard(page: Page): Promise<string> {
  const type = ((await page.locator(".question-type").textContent()) ?? "").trim();
  switch (type) {
    case "Multiple choice":
      await page.keyboard.press("2");
      break;
    case "True or false":
      await page.keyboard.press("f");
      break;
    case "Fill in the blank":
    case "Type the answer":
      // The answer box has focus as soon as the question appears.
      await page.keyboard.type("Phnom Penh");
      await page.keyboard.press("Enter");
      break;
    case "Put in order": {
      // Tab to the first "move later" button, press it, then Tab on to "Check order".
      const later = page.getByRole("button", { name: /later$/ }).first();
      for (let i = 0; i < 12 && !(await later.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      const check = page.getByRole("button", { name: "Check order" });
      for (let i = 0; i < 20 && !(await check.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      break;
    }
    case "Match the pairs": {
      // Enter on an item, then Enter on a match, for every item.
      const items = page.getByRole("group", { name: "Items" }).getByRole("button");
      const matches = page.getByRole("group", { name: "Matches" }).getByRole("button");
      const count = await items.count();
      for (let i = 0; i < count; i++) {
        await tabTo(page, items.nth(i));
        await page.keyboard.press("Enter");
        await tabTo(page, matches.nth(i));
        await page.keyboard.press("Enter");
      }
      await tabTo(page, page.getByRole("button", { name: "Check matches" }));
      await page.keyboard.press("Enter");
      break;
    }
    default:
      throw new Error(`unknown type "${type}"`);
  }
  await expect(page.getByLabel("Answer feedback")).toBeVisible();
  return type;
}

test("@desktop a student studies flashcards by keyboard alone: Space flips, 1–4 grade", async ({ page }) => {
  await signUp(page, newUser("student"));
  await page.goto("/study/practice?mode=flashcard");
  const total = new SessionTotal(await plannedCards(page));
  for (let i = 0; i < 10; i++) {
    await expect.poll(() => progressText(page)).toBe(`${i} of ${total.total}`);
    const item = await SessionTotal.itemOnScreen(page);
    await page.keyboard.press("Space");
    await expect(page.locator(".flashcard-answer")).toBeVisible();
    await page.keyboard.press(i % 4 === 0 ? "1" : "3");
    total.record(item, i % 4 === 0);
  }
  await expect(page.locator(".session-progress")).toContainText(`10 of ${total.total}`);
  await waitForSaved(page);
});

test("@desktop a student answers every quiz question type of a first session by keyboard alone", async ({ page }) => {
  await signUp(page, newUser("student"));
  await page.goto("/study/practice?mode=quiz");
  const seen = new Set<string>();
  const total = new SessionTotal(await plannedCards(page));
  for (let i = 0; i < 10; i++) {
    await expect.poll(() => progressText(page)).toBe(`${i} of ${total.total}`);
    const item = await SessionTotal.itemOnScreen(page);
    seen.add(await answerByKeyboard(page));
    await total.recordQuiz(page, item);
    // The Next button takes focus with the feedback: Enter moves on.
    await expect(page.getByRole("button", { name: "Next question" })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  // A first session asks new items: recognition faces and exercises (recall faces come once an item is stable).
  expect([...seen].sort()).toEqual(expect.arrayContaining(["Multiple choice", "Put in order"]));
  await waitForSaved(page);
});
