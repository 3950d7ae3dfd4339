import { expect, test, type Page } from "@playwright/test";
import { answerCurrentQuestion } from "../support/quiz";
import { nextAfterFeedback, phoneStudent, setUpScoredQuiz } from "../support/scored-quiz";
import { newUser, signUp } from "../support/users";

test("feedback only after submission, shuffled, two attempts kept with best and latest", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signUp(page, newUser("teacher"));
  const { code, assignmentId, dashboardUrl } = await setUpScoredQuiz(page, {
    className: "Options class",
    setName: "Options check",
    questions: 2,
    configure: async (p) => {
      await p.getByLabel(/Shuffle the order/).check();
      await p.getByLabel("Show right or wrong").selectOption("end");
      await p.getByLabel("Time limit in minutes (optional)").fill("30");
      await p.getByLabel(/Attempts allowed/).fill("2");
    },
  });
  await expect(page.getByTestId("quiz-options")).toHaveText(
    "Shuffled for each student · right or wrong only after submitting · 30 minutes per attempt · 2 attempts each",
  );

  const { context, page: phone } = await phoneStudent(browser, code);
  await phone.goto(`/study/assignments/${assignmentId}`);
  await expect(phone.getByText("You see your answers after you submit.")).toBeVisible();
  await expect(phone.getByText("Time limit: 30 minutes from the start.")).toBeVisible();
  await phone.getByRole("button", { name: "Start the quiz" }).click();
  await expect(phone.locator(".quiz-timer")).toContainText(/Time left: (30:00|29:\d\d)/);
  for (let i = 0; i < 2; i++) {
    await expect(phone.locator(".session-progress")).toContainText(`${i} of 2`);
    await answerWithoutFeedback(phone);
  }
  await expect(phone.getByLabel("Answer feedback")).toHaveCount(0);
  await phone.getByRole("button", { name: "Submit the quiz" }).click();
  await expect(phone.getByTestId("quiz-score")).toHaveText(/Your score: [0-2] \/ 2/);
  await expect(phone.locator(".quiz-review li")).toHaveCount(2);

  // A second attempt: allowed once, kept beside the first.
  await phone.getByRole("button", { name: "Start attempt 2" }).click();
  for (let i = 0; i < 2; i++) await answerWithoutFeedback(phone);
  await phone.getByRole("button", { name: "Submit the quiz" }).click();
  await expect(phone.getByTestId("quiz-best")).toContainText("Best of 2 attempts");
  await expect(phone.getByRole("button", { name: /Start attempt/ })).toHaveCount(0);
  await context.close();

  await page.goto(dashboardUrl);
  await expect(page.locator('[data-col="quiz-score"]').first()).toContainText("/2");
});

/** Answer the question on screen; with feedback after submission, the next one appears at once. */
async function answerWithoutFeedback(phone: Page) {
  const before = await phone.locator(".session-progress span").textContent();
  const card = phone.locator(".question-card");
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
  await expect(phone.locator(".session-progress span")).not.toHaveText(before ?? "");
}

test("a teacher reopens a quiz for one student and moves the due date", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signUp(page, newUser("teacher"));
  const { code, assignmentId, dashboardUrl } = await setUpScoredQuiz(page, {
    className: "Reopen class",
    setName: "Reopen check",
    questions: 2,
  });
  const { context, page: phone, student } = await phoneStudent(browser, code);
  await phone.goto(`/study/assignments/${assignmentId}`);
  await phone.getByRole("button", { name: "Start the quiz" }).click();
  await answerCurrentQuestion(phone);
  await nextAfterFeedback(phone);
  await answerCurrentQuestion(phone);
  await nextAfterFeedback(phone);
  await phone.getByRole("button", { name: "Submit the quiz" }).click();
  await expect(phone.getByTestId("quiz-score")).toBeVisible();
  await expect(phone.getByRole("button", { name: /Start attempt/ })).toHaveCount(0);

  await page.goto(dashboardUrl);
  await page.getByLabel("Student", { exact: true }).selectOption({ label: student.name });
  await page.getByLabel("Extra minutes per attempt (time limit)").fill("15");
  await page.getByLabel(/Reopen: allow this student one more attempt/).check();
  await page.getByRole("button", { name: "Save for this student" }).click();
  await expect(page.getByText("Reopened: the student can take the quiz once more.")).toBeVisible();
  await expect(page.getByTestId("adjustments")).toContainText(`${student.name}: +15 min · 1 extra attempt`);

  await page.getByText("Change the due date").click();
  await page.getByLabel("New due date").fill(`${new Date().getFullYear() + 2}-01-15T09:30`);
  await page.getByRole("button", { name: "Change due date" }).click();
  await expect(page.getByText("Due date changed. Students see the new date now.")).toBeVisible();
  await expect(page.locator(".lead time")).toContainText(`15 Jan ${new Date().getFullYear() + 2}, 09:30`);

  await phone.reload();
  await expect(phone.getByRole("button", { name: "Start attempt 2" })).toBeVisible();
  await expect(phone.locator("main p.muted time")).toContainText(`15 Jan ${new Date().getFullYear() + 2}, 09:30`);
  await context.close();
});
