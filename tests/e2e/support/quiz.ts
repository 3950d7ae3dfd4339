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
/**
 * The session bar's "N of M". Read it with `expect.poll`: after an answer the session may wait for
 * the scheduler to load (a missed card's return) before the bar moves.
 */
export async function progressText(page: Page): Promise<string> {
  return ((await page.locator(".session-progress span").textContent()) ?? "").trim();
}

/**
 * "Next question", then wait until the session has moved on: the answered card stays on screen a
 * moment after the click (a missed card first waits for the scheduler to load), and a test that
 * reads the card at once would read the old one.
 */
export async function nextQuestion(page: Page): Promise<void> {
  const before = await progressText(page);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect.poll(() => progressText(page)).not.toBe(before);
}

/** Wait until every answer is acknowledged by the server. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator(".sync")).toHaveText("All answers saved");
}

/** Returns per item in a session (lib/study/session-plan.ts MAX_RETURNS). */
const MAX_RETURNS = 3;

/**
 * The length a session's progress bar should show: the cards planned, plus one for every wrong
 * answer whose item still had returns left (a missed card comes back later in the session).
 */
export class SessionTotal {
  private readonly returns = new Map<string, number>();
  constructor(private readonly planned: number) {}

  /** The knowledge item on screen. */
  static async itemOnScreen(page: Page): Promise<string> {
    return (await page.locator(".study").getAttribute("data-item-id")) ?? "";
  }

  /** Count the answer just given to the item on screen (call once the feedback or grade is in). */
  record(itemId: string, wrong: boolean): void {
    if (wrong) this.returns.set(itemId, Math.min(MAX_RETURNS, (this.returns.get(itemId) ?? 0) + 1));
  }

  /** After a quiz answer: reads the verdict. */
  async recordQuiz(page: Page, itemId: string): Promise<boolean> {
    const verdict = (await page.getByLabel("Answer feedback").locator(".feedback-verdict").textContent()) ?? "";
    const wrong = !/Correct/.test(verdict);
    this.record(itemId, wrong);
    return wrong;
  }

  get total(): number {
    return this.planned + [...this.returns.values()].reduce((a, b) => a + b, 0);
  }
}

/**
 * The cards planned for a session that has not started ("0 of N"): 20 new items for a new student,
 * less any left for another session because it and an earlier item give each other's answer away.
 */
export async function plannedCards(page: Page): Promise<number> {
  await expect(page.locator(".session-progress span")).toHaveText(/^0 of \d+$/);
  const planned = Number((await progressText(page)).split(" of ")[1]);
  expect(planned).toBeGreaterThanOrEqual(18);
  expect(planned).toBeLessThanOrEqual(20);
  return planned;
}
