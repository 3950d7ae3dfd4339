import { expect, test, type Page } from "@playwright/test";
import type { StudyQueue } from "@/db/queries/study-queue";
import { answerKnown } from "../support/answer-known";
import { answerCurrentQuestion, plannedCards, progressText, SessionTotal, waitForSaved } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test("a new student answers 10 quiz questions, reloads mid-session, resumes, and sees progress", async ({ page }) => {
  await signUp(page, newUser("student"));
  const today = page.getByText(/0 to review · \d+ new today/);
  await expect(today).toBeVisible();
  const promised = Number(/(\d+) new/.exec((await today.textContent()) ?? "")?.[1]);
  await page.getByRole("link", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/study\/practice\?mode=quiz$/);
  // A new student's day is one session (20 new facts, sessions of 20): it holds what the study home promised.
  expect(await plannedCards(page)).toBe(promised);

  // New knowledge items are asked by recognition faces (or are exercises of their own); a missed one comes back.
  const seen = new Set<string>();
  const faces = new Map<string, string>(); // item → the one face shown for it this session
  const total = new SessionTotal(promised);
  for (let i = 0; i < 10; i++) {
    if (i === 5) {
      await waitForSaved(page);
      await page.reload();
      // Resumed on the sixth card, with the count (returns included) kept.
      await expect(page.locator(".session-progress")).toContainText(`5 of ${total.total}`);
    }
    await expect.poll(() => progressText(page)).toBe(`${i} of ${total.total}`);
    const item = await SessionTotal.itemOnScreen(page);
    const face = (await page.locator(".study").getAttribute("data-question-id")) ?? "";
    expect(faces.get(item) ?? face, `one face per item: ${item}`).toBe(face);
    faces.set(item, face);
    seen.add(await answerCurrentQuestion(page));
    await total.recordQuiz(page, item);
    await page.getByRole("button", { name: "Next question" }).click();
  }
  expect([...seen].every((type) => ["Multiple choice", "True or false", "Put in order", "Match the pairs"].includes(type))).toBe(true);
  expect(seen.has("Multiple choice")).toBe(true);
  await waitForSaved(page);

  await page.goto("/study/progress");
  await expect(page.getByTestId("reviews-30")).toHaveText("10");
  // Each chart has a labelled value axis to read a bar off: 10 reviews today on a 0–10 scale.
  const daily = page.getByRole("figure", { name: "Reviews per day, last 30 days" });
  await expect(daily.getByTestId("chart-axis-title")).toHaveText("Reviews");
  await expect(daily.getByTestId("chart-y-tick")).toHaveText(["0", "5", "10"]);
  // Its table for screen readers names the 30 days as the ticks do ("9 Nov"), not "2026-11-09".
  const dailyDays = await daily.getByRole("rowheader").allTextContents();
  expect(dailyDays).toHaveLength(30);
  for (const day of dailyDays) expect(day).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/);
  const forecast = page.getByRole("figure", { name: "Facts due per day, next 14 days" });
  await expect(forecast.getByTestId("chart-axis-title")).toHaveText("Facts due");
  await expect(forecast.getByTestId("chart-y-tick").first()).toHaveText("0");
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  // Memory is per knowledge item: the items answered (each once or more) are learning or in review.
  const learningAndReview =
    Number(await page.getByTestId("cards-learning").textContent()) + Number(await page.getByTestId("cards-review").textContent());
  expect(learningAndReview).toBe(faces.size);
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

/**
 * React's hydration errors on the page from now on: its mismatch messages (development) and its
 * minified hydration errors (production: 418, 423, 425).
 */
function collectHydrationErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return () => errors.filter((text) => /hydrat|did not match|react\.dev\/errors\/(418|423|425)\b/i.test(text));
}

test("the first card comes with the page and hydrates cleanly; a stored session takes its place without moving anything", async ({
  page,
}) => {
  const hydrationErrors = collectHydrationErrors(page);

  await signUp(page, newUser("student"));
  // The server's page already holds the first card of a fresh session (not a loading line).
  const html = await (await page.request.get("/study/practice?mode=quiz")).text();
  expect(html).toContain('class="question-card"');
  expect(html).not.toContain("Loading your cards");

  await page.goto("/study/practice?mode=quiz");
  await expect(page.locator(".session-progress span")).toHaveText(/^0 of \d+$/);
  const first = await page.locator(".study").getAttribute("data-question-id");
  await answerCurrentQuestion(page); // the feedback shows: the page is live
  await page.getByRole("button", { name: "Next question" }).click();
  await waitForSaved(page);
  expect(hydrationErrors()).toEqual([]);

  // The stored session (on its second card) replaces the server's fresh first card.
  await page.reload();
  await expect.poll(() => progressText(page)).toMatch(/^1 of \d+$/);
  await expect(page.locator(".study")).toBeVisible();
  expect(await page.locator(".study").getAttribute("data-question-id")).not.toBe(first);
  await expect(page.locator("#kizuna-resume-veil")).toHaveCount(0);
  const layoutShift = await page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: "layout-shift", buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
  });
  expect(layoutShift).toBeLessThan(0.01);
  expect(hydrationErrors()).toEqual([]);
});

test("with nothing due, the summary comes with the page and says when the next card is due", async ({ page }) => {
  const hydrationErrors = collectHydrationErrors(page);
  await signUp(page, newUser("student"));
  await page.goto("/study/settings");
  await page.getByLabel("New questions per day").fill("1");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. Your next session uses them.")).toBeVisible();

  // Today's one new card, answered right: it comes back in ten minutes (the first learning step).
  await page.goto("/study/practice?mode=quiz");
  const queue = (await (await page.request.get("/api/study/queue?mode=quiz")).json()) as StudyQueue;
  expect(queue.items).toHaveLength(1);
  const [today] = queue.items;
  if (!today) throw new Error("no card today");
  await answerKnown(page, today.question, true);
  await waitForSaved(page);

  // A fresh session (none stored on the device): nothing is due, and the server says so.
  await page.evaluate(() => localStorage.clear());
  const html = await (await page.request.get("/study/practice?mode=quiz")).text();
  expect(html).toContain("Nothing due right now");
  await page.goto("/study/practice?mode=quiz");
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();
  // In the device's clock and words, written once the page is live.
  await expect(page.getByText(/^Your next card is due in \d+ minutes\.$/)).toBeVisible();
  expect(hydrationErrors()).toEqual([]);
});
