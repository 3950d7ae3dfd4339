import { expect, test, type Page } from "@playwright/test";
import type { StudyQueue } from "@/db/queries/study-queue";
import type { Question } from "@/lib/questions/types";
import { answerKnown } from "../support/answer-known";
import { PHONES, questionType } from "../support/phone";
import { answerCurrentQuestion, nextQuestion } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test.use({ viewport: PHONES.common, isMobile: true, hasTouch: true });

/** Answer (and move past) questions until one of `type` is on screen; returns its payload. */
async function reachQuestion(page: Page, type: string): Promise<Question> {
  const queue = (await (await page.request.get("/api/study/queue")).json()) as StudyQueue;
  await page.goto("/study/practice?mode=quiz");
  for (let i = 0; i < 20; i++) {
    await expect(page.locator(".question-card")).toBeVisible();
    if ((await questionType(page)) === type) {
      const id = (await page.locator(".question-card .question-prompt").getAttribute("id"))?.replace(/^prompt-/, "");
      const question = queue.items.find((item) => item.question.id === id)?.question;
      if (!question) throw new Error(`question ${id} is not in the student's queue`);
      return question;
    }
    await answerCurrentQuestion(page);
    await nextQuestion(page);
  }
  throw new Error(`no "${type}" question in the first 20`);
}

const labels = (page: Page) => page.locator(".ordering-label").allTextContents();

/** Touch the middle of `from`, hold until the row lifts (dnd-kit's press-and-hold), slide to `to`, let go. */
async function touchDrag(page: Page, from: number, to: number): Promise<void> {
  const rows = page.locator(".ordering-item");
  const start = await rows.nth(from).locator(".ordering-label").boundingBox();
  const end = await rows.nth(to).boundingBox();
  if (!start || !end) throw new Error("ordering rows not on screen");
  const cdp = await page.context().newCDPSession(page);
  const x = start.x + start.width / 2;
  const y0 = start.y + start.height / 2;
  const y1 = end.y + end.height * (to > from ? 0.75 : 0.25);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y: y0 }] });
  await expect(rows.nth(from)).toHaveClass(/dragging/); // lifted only after the hold
  for (let step = 1; step <= 8; step++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y0 + ((y1 - y0) * step) / 8 }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect(page.locator(".ordering-item.dragging")).toHaveCount(0);
}

test("ordering on a phone: compact rows, touch drag after a hold, and the move buttons", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("student"));
  const question = await reachQuestion(page, "Put in order");
  if (question.type !== "ordering") throw new Error("not an ordering question");
  // The drag-and-drop control loads on demand: wait for its rows before measuring them.
  await expect(page.locator(".ordering-item")).toHaveCount(question.items.length);

  // Compact: the text gets most of each row.
  const shares = await page
    .locator(".ordering-item")
    .evaluateAll((rows) =>
      rows.map((row) => (row.querySelector(".ordering-label")?.getBoundingClientRect().width ?? 0) / row.getBoundingClientRect().width),
    );
  for (const share of shares) expect(share).toBeGreaterThan(0.6);

  const before = await labels(page);
  await touchDrag(page, 0, 2);
  expect(await labels(page)).toEqual([before[1], before[2], before[0], ...before.slice(3)]);

  const moved = await labels(page);
  await page.getByRole("button", { name: `Move ${moved[2]} earlier` }).click();
  expect(await labels(page)).toEqual([moved[0], moved[2], moved[1], ...moved.slice(3)]);
  const sent = await labels(page);
  await page.getByRole("button", { name: "Check order" }).click();
  await expect(page.getByLabel("Answer feedback")).toBeVisible();
  // The feedback gives the right order part by part, each marked against the student's order.
  const label = new Map(question.items.map((i) => [i.id, i.label]));
  const rows = page.getByRole("list", { name: "The right order, against yours" }).getByRole("listitem");
  await expect(rows).toHaveCount(question.correctOrder.length);
  for (const [index, id] of question.correctOrder.entries()) {
    const text = label.get(id) ?? id;
    const yours = sent.indexOf(text);
    await expect(rows.nth(index)).toContainText(text);
    await expect(rows.nth(index).locator(".part-mark")).toHaveText(yours === index ? "✓" : new RegExp(`^✗ you had it ${yours + 1}`));
  }
});

test("matching on a phone: tap an item then its match, pairs shown in words and numbers, verdict announced", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("student"));
  const question = await reachQuestion(page, "Match the pairs");
  if (question.type !== "matching") throw new Error("not a matching question");
  const item = (id: string) => page.locator(`[id="match-left-${id}"]`);
  const match = (id: string) => page.locator(`[id="match-right-${id}"]`);
  const labelOf = (id: string) => question.right.find((r) => r.id === id)?.label ?? "";

  // Long labels wrap inside their buttons instead of being cut.
  const clipped = await page
    .locator(".match-item")
    .evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
  expect(clipped).toBe(0);

  const [first, second] = question.pairs;
  if (!first || !second) throw new Error("a matching question has at least two pairs");
  // A wrong pair first, then re-paired: tapping a matched item picks it again.
  await item(first.left).click();
  await expect(item(first.left)).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".matching-hint")).toContainText("Now tap the match for");
  await match(second.right).click();
  await expect(item(first.left)).toHaveAccessibleName(new RegExp(`matched with ${escape(labelOf(second.right))}`));
  for (const pair of question.pairs) {
    await item(pair.left).click();
    await match(pair.right).click();
    // The same number on both sides of a pair, and the partner named on the item.
    await expect(match(pair.right).locator(".match-badge")).toHaveText(await item(pair.left).locator(".match-badge").innerText());
    await expect(item(pair.left).locator(".match-partner")).toContainText(labelOf(pair.right));
  }
  await page.getByRole("button", { name: "Check matches" }).click();
  await expect(page.locator(".feedback-verdict")).toHaveText("✓ Correct");
  // Announced through a status region that was on the page before the answer.
  await expect(page.locator(".question-card [role=status]")).toHaveText("Correct.");
});

test("a wrong answer is announced with the right one, and marked in words, not colour alone", async ({ page }) => {
  await signUp(page, newUser("student"));
  const question = await reachQuestion(page, "Multiple choice");
  if (question.type !== "multiple_choice") throw new Error("not multiple choice");
  const wrong = (question.answerIndex + 1) % question.choices.length;
  await page.locator(".choice").nth(wrong).click();
  await expect(page.locator(".question-card [role=status]")).toHaveText(
    `Not quite. The answer: ${question.choices[question.answerIndex]}.`,
  );
  await expect(page.locator(".choice").nth(wrong)).toContainText("✗ Your answer");
  await expect(page.locator(".choice").nth(question.answerIndex)).toContainText("✓ Correct");
  await expect(page.locator(".feedback-verdict")).toHaveText("✗ Not quite");
});

test("a wrong true-or-false answer gives the answer once, then why", async ({ page }) => {
  await signUp(page, newUser("student"));
  const question = await reachQuestion(page, "True or false");
  if (question.type !== "true_false") throw new Error("not true or false");
  await answerKnown(page, question, false);
  // Both buttons say what they are, in words as multiple choice does, not in colour alone.
  await expect(page.getByRole("button", { name: question.truth ? "True" : "False" })).toContainText("✓ Correct");
  await expect(page.getByRole("button", { name: question.truth ? "False" : "True" })).toContainText("✗ Your answer");
  const feedback = page.locator(".feedback");
  await expect(feedback.getByText(`The answer: ${question.answer}`, { exact: true })).toBeVisible();
  // The explanation's own verdict ("False. …") is not said a second time under that line.
  await expect(feedback.locator(".explanation")).toHaveText(question.explanation.replace(/^(True|False)\. /, ""));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
