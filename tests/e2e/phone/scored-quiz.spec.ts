import { expect, test, type Page, type Response } from "@playwright/test";
import { answerCurrentQuestion } from "../support/quiz";
import { nextAfterFeedback, phoneStudent, setUpScoredQuiz } from "../support/scored-quiz";
import { newUser, signIn, signUp } from "../support/users";

/** JSON keys that only a question's key has: none may reach the browser during an attempt. */
const KEY_FIELDS = ['"answerIndex"', '"truth"', '"accepted"', '"correctOrder"', '"pairs"', '"dates"', '"eventIds"'];

/** Every response body the page receives (documents, RSC payloads, API JSON), in order. */
function recordBodies(page: Page): { bodies: { url: string; body: string }[] } {
  const log = { bodies: [] as { url: string; body: string }[] };
  page.on("response", (response: Response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/html|json|text\/x-component|text\/plain/.test(type)) return;
    void response
      .text()
      .then((body) => log.bodies.push({ url: response.url(), body }))
      .catch(() => undefined);
  });
  return log;
}

test("a scored quiz sends no key before each answer, resumes in a second browser, refuses a second answer and scores on the server", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signUp(page, newUser("teacher"));
  const { code, assignmentId } = await setUpScoredQuiz(page, { className: "Quiz keys", setName: "Keys check", questions: 4 });

  const { context, page: phone, student } = await phoneStudent(browser, code);
  const seen = recordBodies(phone);
  // Before the quiz is taken, its questions are kept out of daily practice.
  const queueBefore = await (await phone.request.get("/api/study/queue")).text();

  await phone.getByRole("link", { name: /Keys check/ }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Quiz: Keys check");
  await phone.getByRole("button", { name: "Start the quiz" }).click();

  /** For each question: its prompt, the browser that answered it and how many bodies it had received before. */
  const asked: { prompt: string; log: { bodies: { url: string; body: string }[] }; bodiesBefore: number }[] = [];
  /** The type tag each question's card showed, by prompt: the review list must show the same. */
  const typeOf = new Map<string, string>();
  let right = 0;
  const answerOne = async (p: Page, log: { bodies: { url: string; body: string }[] }) => {
    const prompt = ((await p.locator(".question-card h2").textContent()) ?? "").trim();
    typeOf.set(prompt, ((await p.locator(".question-card .question-type").textContent()) ?? "").trim());
    asked.push({ prompt, log, bodiesBefore: log.bodies.length });
    await answerCurrentQuestion(p);
    if ((await p.locator(".feedback-verdict").textContent())?.includes("Correct")) right++;
    await nextAfterFeedback(p);
  };
  await expect(phone.locator(".session-progress")).toContainText("0 of 4");
  await answerOne(phone, seen);
  await answerOne(phone, seen);

  // A second browser (another device): the attempt resumes at question 3.
  const second = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const other = await second.newPage();
  const seenElsewhere = recordBodies(other);
  await signIn(other, student);
  await other.goto(`/study/assignments/${assignmentId}`);
  await expect(other.locator(".session-progress")).toContainText("2 of 4");
  const third = ((await other.locator(".question-card h2").textContent()) ?? "").trim();
  await expect(phone.locator(".question-card h2")).toHaveText(third);
  await answerOne(other, seenElsewhere);

  // The first browser still shows question 3: answering it again is refused with a message, and it moves on.
  await answerCurrentQuestionRefused(phone);
  await expect(phone.locator(".session-progress")).toContainText("3 of 4");
  await answerOne(phone, seen);
  await phone.getByRole("button", { name: "Submit the quiz" }).click();
  await expect(phone.getByTestId("quiz-score")).toHaveText(`Your score: ${right} / 4`);
  // Submitting again (a retried request) changes nothing.
  const again = await phone.request.post(`/api/quiz/${assignmentId}/submit`);
  expect(((await again.json()) as { score: unknown }).score).toEqual({ correct: right, total: 4 });

  // Now the answers are shown; read each question's explanation and check none was sent early.
  const review = phone.locator(".quiz-review li");
  await expect(review).toHaveCount(4);
  const explanationOf = new Map<string, string>();
  for (let i = 0; i < 4; i++) {
    const prompt = ((await review.nth(i).locator(".question-prompt").textContent()) ?? "").trim();
    const explanation = ((await review.nth(i).locator(".explanation").textContent()) ?? "").trim();
    // Each answer names its question's type, as the card did: a true/false prompt is a bare statement.
    await expect(review.nth(i).locator(".question-type")).toHaveText(typeOf.get(prompt) ?? "(not asked)");
    expect(explanation.length).toBeGreaterThan(20);
    explanationOf.set(prompt, explanation);
  }
  // The practice queue fetched before the quiz held none of its questions (ids from the graded answers).
  const quizIds = [...seen.bodies, ...seenElsewhere.bodies]
    .filter((b) => /\/api\/quiz\/[^/]+\/answer$/.test(b.url))
    .flatMap((b) => (JSON.parse(b.body) as { reveal?: { questionId: string } }).reveal?.questionId ?? []);
  expect(new Set(quizIds).size).toBe(4);
  for (const id of quizIds) expect(queueBefore, `practice queue had quiz question ${id}`).not.toContain(`"id":"${id}"`);
  for (const [index, at] of asked.entries()) {
    const explanation = explanationOf.get(at.prompt) ?? "";
    expect(explanation, `question "${at.prompt}" is in the review`).not.toBe("");
    // Two questions on one fact share their explanation: once the first is answered, it may show.
    if (asked.slice(0, index).some((earlier) => explanationOf.get(earlier.prompt) === explanation)) continue;
    // Every body the answering browser received before it sent the answer: no explanation (plain or JSON-escaped).
    for (const { url, body } of at.log.bodies.slice(0, at.bodiesBefore)) {
      expect(body.includes(explanation) || body.includes(JSON.stringify(explanation).slice(1, -1)), `explanation in ${url}`).toBe(false);
    }
  }
  for (const { url, body } of [...seen.bodies, ...seenElsewhere.bodies]) {
    if (!url.includes("/api/quiz/") && !url.includes("/study/assignments/")) continue;
    for (const key of KEY_FIELDS) expect(body, `${key} in ${url}`).not.toContain(key);
  }
  await second.close();
  await context.close();
});

/** Answer the question on screen and expect the server to refuse it (answered on another device). */
async function answerCurrentQuestionRefused(page: Page): Promise<void> {
  const card = page.locator(".question-card");
  const type = ((await card.locator(".question-type").textContent()) ?? "").trim();
  if (type === "Multiple choice") await card.locator(".choice").first().click();
  else if (type === "True or false") await card.getByRole("button", { name: "True" }).click();
  else if (type === "Fill in the blank" || type === "Type the answer") {
    await card.getByRole("textbox").fill("Hun Sen");
    await card.getByRole("button", { name: "Check" }).click();
  } else if (type === "Put in order") await card.getByRole("button", { name: "Check order" }).click();
  else {
    const items = card.getByRole("group", { name: "Items" }).getByRole("button");
    const matches = card.getByRole("group", { name: "Matches" }).getByRole("button");
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).click();
      await matches.nth(i).click();
    }
    await card.getByRole("button", { name: "Check matches" }).click();
  }
  await expect(page.locator(".form-message")).toContainText("You already answered this question");
}

test("no one else can see or change a student's attempt", async ({ page, browser }) => {
  await signUp(page, newUser("teacher"));
  const { code, assignmentId } = await setUpScoredQuiz(page, { className: "Quiz privacy", setName: "Privacy check", questions: 2 });
  const { context, page: phone } = await phoneStudent(browser, code);
  await phone.goto(`/study/assignments/${assignmentId}`);
  await phone.getByRole("button", { name: "Start the quiz" }).click();
  await expect(phone.locator(".question-card")).toBeVisible();

  // A student of another class: the page is not found, every quiz API answers 404 and changes nothing.
  const outsiderContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const outsider = await outsiderContext.newPage();
  await signUp(outsider, newUser("student"));
  expect((await outsider.goto(`/study/assignments/${assignmentId}`))?.status()).toBe(404);
  expect((await outsider.request.get(`/api/quiz/${assignmentId}`)).status()).toBe(404);
  for (const op of ["start", "submit"]) expect((await outsider.request.post(`/api/quiz/${assignmentId}/${op}`)).status()).toBe(404);
  const answer = await outsider.request.post(`/api/quiz/${assignmentId}/answer`, {
    data: { questionId: "q-x", response: 0, responseMs: 1000 },
  });
  expect(answer.status()).toBe(404);
  // Signed out: 401.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/quiz/${assignmentId}`)).status()).toBe(401);
  await anonymous.close();
  await outsiderContext.close();

  // The student's attempt is untouched.
  const view = (await (await phone.request.get(`/api/quiz/${assignmentId}`)).json()) as { status: string; answered: number };
  expect(view).toMatchObject({ status: "in-progress", answered: 0 });
  await context.close();
});
