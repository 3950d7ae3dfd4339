import { expect, test, type Page } from "@playwright/test";
import type { StudyQueue } from "@/db/queries/study-queue";
import { PHONES } from "../support/phone";
import { newUser, signUp } from "../support/users";

test.use({ viewport: PHONES.common, isMobile: true, hasTouch: true });

/**
 * Holds back the app's JavaScript, as a slow phone network does: the server-rendered card is on
 * screen and can be tapped, but nothing is live until `release` is called.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the stylesheet, also under chunks/, is let through as a slow network would.
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("a tap on the first flashcard before the page is live turns it over once it is", async ({ page }) => {
  await signUp(page, newUser("student"));
  const release = await holdScripts(page);
  await page.goto("/study/practice?mode=flashcard", { waitUntil: "commit" });
  const face = page.locator(".flashcard-face");
  await face.tap();
  // Kept, and shown pressed; nothing else can happen yet.
  await expect(face).toHaveAttribute("data-early-tap", "");
  await expect(page.getByRole("group", { name: "How well did you know it?" })).toHaveCount(0);

  release();
  await expect(page.getByRole("group", { name: "How well did you know it?" })).toBeVisible();
  await expect(face).not.toHaveAttribute("data-early-tap");
  await expect(face).toHaveAttribute("aria-expanded", "true");
});

test("a choice tapped before the page is live is answered, and saved, once it is", async ({ page }) => {
  await signUp(page, newUser("student"));
  const queue = (await (await page.request.get("/api/study/queue?mode=quiz")).json()) as StudyQueue;
  // A new student's first quiz card is a multiple-choice question (the bank's order).
  expect(queue.items[0]?.question.type).toBe("multiple_choice");
  const release = await holdScripts(page);
  await page.goto("/study/practice?mode=quiz", { waitUntil: "commit" });
  const choice = page.locator(".question-card .choice").first();
  await choice.tap();
  await expect(choice).toHaveAttribute("data-early-tap", "");

  const saved = page.waitForResponse((r) => r.url().endsWith("/api/reviews") && r.request().method() === "POST");
  release();
  await expect(page.getByLabel("Answer feedback")).toBeVisible();
  const answer = (await (await saved).json()) as { results: { questionId: string; status: string }[] };
  expect(answer.results).toEqual([expect.objectContaining({ questionId: queue.items[0]?.question.id, status: "recorded" })]);
  await expect(choice).not.toHaveAttribute("data-early-tap");
});

test("a form sent before the page is live is held, not sent as a page load that would lose the session", async ({ page }) => {
  await signUp(page, newUser("student"));
  // This event's first quiz card is a matching question: a form with a "Check matches" submit.
  const scope = "mode=quiz&event=abe-hun-sen-first-meeting";
  const queue = (await (await page.request.get(`/api/study/queue?${scope}`)).json()) as StudyQueue;
  expect(queue.items[0]?.question.type).toBe("matching");
  const release = await holdScripts(page);
  await page.goto(`/study/practice?${scope}`, { waitUntil: "commit" });
  const check = page.getByRole("button", { name: "Check matches" });
  await check.tap();
  // Sent natively, the form would load /study/practice with no query: another session.
  await expect(page).toHaveURL(`/study/practice?${scope}`);
  await expect(check).not.toHaveAttribute("data-early-tap");

  release();
  // Live (the session has taken over from the page's script), on the same card, unanswered: the
  // held submit was not replayed.
  await page.waitForFunction(() => !("__kizunaEarlyTap" in window));
  await expect(page.locator(".study")).toHaveAttribute("data-question-id", queue.items[0]?.question.id ?? "");
  await page.getByRole("group", { name: "Items" }).getByRole("button").first().click();
  await expect(page.getByRole("group", { name: "Items" }).getByRole("button").first()).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel("Answer feedback")).toHaveCount(0);
});
