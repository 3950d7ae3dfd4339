import { expect, type Page } from "@playwright/test";
import type { Question } from "@/lib/questions/types";

/**
 * Answer the question on screen right or wrong on purpose, knowing its payload (tests read it
 * from the student's own queue API). Uses the same controls a student uses.
 */
export async function answerKnown(page: Page, question: Question, right: boolean): Promise<void> {
  const card = page.locator(".question-card");
  switch (question.type) {
    case "multiple_choice": {
      const index = right ? question.answerIndex : (question.answerIndex + 1) % question.choices.length;
      await card.locator(".choice").nth(index).click();
      break;
    }
    case "true_false":
      await card.getByRole("button", { name: question.truth === right ? "True" : "False" }).click();
      break;
    case "cloze":
    case "typed":
      await card.getByRole("textbox").fill(right ? question.answer : "zzzz");
      await card.getByRole("button", { name: "Check" }).click();
      break;
    case "ordering": {
      const target = right ? question.correctOrder : [...question.correctOrder].reverse();
      // The ordering control loads on demand (next/dynamic): read its rows only once they are there.
      await expect(card.locator(".ordering-label")).toHaveCount(question.items.length);
      for (let i = 0; i < target.length; i++) {
        const label = question.items.find((item) => item.id === target[i])?.label ?? "";
        const labels = await card.locator(".ordering-label").allTextContents();
        for (let at = labels.indexOf(label); at > i; at--) await card.getByRole("button", { name: `Move ${label} earlier` }).click();
      }
      await card.getByRole("button", { name: "Check order" }).click();
      break;
    }
    case "matching": {
      const rights = question.right.map((r) => r.id);
      for (const pair of question.pairs) {
        const value = right ? pair.right : (rights[(rights.indexOf(pair.right) + 1) % rights.length] ?? pair.right);
        // Tap the item, then its (right or deliberately wrong) match.
        await card.locator(`[id="match-left-${pair.left}"]`).click();
        await card.locator(`[id="match-right-${value}"]`).click();
      }
      await card.getByRole("button", { name: "Check matches" }).click();
      break;
    }
  }
  await expect(card.locator(".feedback-verdict")).toHaveText(right ? "✓ Correct" : "✗ Not quite");
  if (question.type === "true_false" && !right) {
    // "The answer: False" is said once: the explanation below goes straight on to why.
    await expect(card.getByText(`The answer: ${question.answer}`, { exact: true })).toBeVisible();
    await expect(card.locator(".explanation")).not.toHaveText(/^(True|False)\./);
  }
}
