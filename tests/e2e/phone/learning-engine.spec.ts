/**
 * The learning engine at phone size (issue 9): a wrong answer comes back later in the same
 * session; a session never shows two faces of one fact; a flashcard holds one fact, its answer
 * once, and its four grade buttons in view without scrolling at 390×844 and 360×640.
 */
import { expect, test, type Page } from "@playwright/test";
import type { StudyQueue } from "@/db/queries/study-queue";
import type { Question } from "@/lib/questions/types";
import { answerKnown } from "../support/answer-known";
import { PHONES } from "../support/phone";
import { plannedCards, progressText } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test.use({ isMobile: true, hasTouch: true });

/** The payloads of the student's own session (the same plan the practice page serves). */
async function sessionQuestions(page: Page, mode: "quiz" | "flashcard"): Promise<Map<string, Question>> {
  const queue = (await (await page.request.get(`/api/study/queue?mode=${mode}`)).json()) as StudyQueue;
  return new Map(queue.items.map((item) => [item.question.id, item.question]));
}

async function onScreen(page: Page): Promise<{ item: string; face: string }> {
  const study = page.locator(".study");
  await expect(study).toBeVisible();
  return { item: (await study.getAttribute("data-item-id")) ?? "", face: (await study.getAttribute("data-question-id")) ?? "" };
}

test("a wrong answer comes back three cards later in the same session, with the same face, and the summary counts it", async ({ page }) => {
  // A whole session of twenty-one answers: minutes on a busy machine.
  test.setTimeout(300_000);
  await page.setViewportSize(PHONES.common);
  await signUp(page, newUser("student"));
  const questions = await sessionQuestions(page, "quiz");
  await page.goto("/study/practice?mode=quiz");
  const planned = await plannedCards(page);

  const faces = new Map<string, string>();
  const shown: string[] = [];
  const answer = async (right: boolean) => {
    const { item, face } = await onScreen(page);
    // No two faces of one fact in one session.
    expect(faces.get(item) ?? face, `item ${item}`).toBe(face);
    faces.set(item, face);
    shown.push(item);
    const question = questions.get(face);
    if (!question) throw new Error(`face ${face} is not in the student's session`);
    await answerKnown(page, question, right);
    await page.getByRole("button", { name: /Next question|See summary/ }).click();
  };

  await answer(false); // the first card, missed
  await expect.poll(() => progressText(page)).toBe(`1 of ${planned + 1}`); // the bar counts the return
  for (let i = 0; i < 3; i++) await answer(true);
  // Three cards later: the missed card again.
  await expect(page.getByTestId("return-badge")).toBeVisible();
  expect((await onScreen(page)).item).toBe(shown[0]);
  await answer(true);
  await expect(page.getByTestId("return-badge")).toHaveCount(0);
  // The rest of the session, right: the missed card does not come back again.
  for (let i = 5; i < planned + 1; i++) await answer(true);
  expect(shown.filter((item) => item === shown[0])).toHaveLength(2);
  expect(new Set(shown).size).toBe(planned);
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(page.getByTestId("came-back")).toHaveText("1");
  await expect(page.getByTestId("came-back-line")).toContainText("1 card you missed came back later in the session");
});

for (const [name, size] of [
  ["390×844", PHONES.common],
  ["360×640", PHONES.small],
] as const) {
  test(`a flashcard at ${name}: one fact, its answer once, the four grade buttons in view without scrolling`, async ({ page }) => {
    await page.setViewportSize(size);
    await signUp(page, newUser("student"));
    const questions = await sessionQuestions(page, "flashcard");
    await page.goto("/study/practice?mode=flashcard");
    for (let i = 0; i < 5; i++) {
      const { face } = await onScreen(page);
      const question = questions.get(face);
      // Ordering and matching are quiz exercises, never flashcards; the front is a question that stands alone.
      expect(["typed", "multiple_choice", "cloze"]).toContain(question?.type);
      await page.locator(".flashcard-face").click();
      const back = page.getByLabel("Answer", { exact: true });
      await expect(back.locator(".flashcard-answer strong")).toHaveText(question?.answer ?? "");
      // The why does not repeat the answer.
      const why = (await back.locator(".flashcard-why").allTextContents()).join(" ");
      expect(why.includes(question?.answer ?? "\u0000")).toBe(false);
      const scrolled = await page.evaluate(() => window.scrollY);
      for (const grade of ["Again", "Hard", "Good", "Easy"]) {
        const button = back.getByRole("button", { name: new RegExp(`^${grade}`) });
        await expect(button).toContainText(/\d+(\.\d+)?(m|h|d|mo|y)/);
        await expect(button).toBeInViewport({ ratio: 1 });
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      if (i === 0) await page.screenshot({ path: `test-results/flashcard-${size.width}x${size.height}.png` });
      await back.getByRole("button", { name: /^Good/ }).click();
    }
  });
}
