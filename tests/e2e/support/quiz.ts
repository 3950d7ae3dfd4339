import { expect, type Page } from "@playwright/test";

export const TYPE_LABELS = [
  "Multiple choice",
  "True or false",
  "Fill in the blank",
  "Type the answer",
  "Put in order",
  "Match the pairs",
] as const;

/**
 * Answer whatever question is on screen, as a student would with a thumb: pick a choice, say
 * true, type a guess, accept the order, pair each item with a match. Returns the question type label.
 */
export async function answerCurrentQuestion(page: Page): Promise<string> {
  const card = page.locator(".question-card");
  const type = (await card.locator(".question-type").textContent())?.trim() ?? "";
  switch (type) {
    case "Multiple choice":
      await card.locator(".choice").first().click();
      break;
    case "True or false":
      await card.getByRole("button", { name: "True" }).click();
      break;
    case "Fill in the blank":
    case "Type the answer":
      await card.getByRole("textbox").fill("Hun Sen");
      await card.getByRole("button", { name: "Check" }).click();
      break;
    case "Put in order":
      // Use the tap-to-move buttons once, then check.
      await card
        .getByRole("button", { name: /later$/ })
        .first()
        .click();
      await card.getByRole("button", { name: "Check order" }).click();
      break;
    case "Match the pairs": {
      // Tap an item, then a match: the i-th item with the i-th match.
      const items = card.getByRole("group", { name: "Items" }).getByRole("button");
      const matches = card.getByRole("group", { name: "Matches" }).getByRole("button");
      for (let i = 0; i < (await items.count()); i++) {
        await items.nth(i).click();
        await matches.nth(i).click();
      }
      await card.getByRole("button", { name: "Check matches" }).click();
      break;
    }
    default:
      throw new Error(`unknown question type on screen: "${type}"`);
  }
  await expect(card.getByLabel("Answer feedback")).toBeVisible();
  return type;
}

/** The "n of m" progress text. */
export async function progressText(page: Page): Promise<string> {
  return ((await page.locator(".session-progress span").textContent()) ?? "").trim();
}

/** Wait until every answer is acknowledged by the server. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator(".sync")).toHaveText("All answers saved");
}
