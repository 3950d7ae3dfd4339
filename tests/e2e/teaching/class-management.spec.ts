import { expect, test } from "@playwright/test";
import { answerCurrentQuestion } from "../support/quiz";
import { newUser, signUp } from "../support/users";

test("a teacher renames a class, renews its code, assigns a scored quiz a student submits, then removes both", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signUp(page, newUser("teacher"));
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill("Quiz pair");
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (2)" })).toBeVisible();
  const setUrl = page.url();

  await page.goto("/teach");
  await page.getByLabel("New class name").fill("Homeroom");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Homeroom");
  const classUrl = page.url();

  await page.getByLabel("Class name").fill("Homeroom B");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("status")).toHaveText("Class renamed.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Homeroom B");

  const joinCode = page.getByTestId("join-code");
  const oldCode = ((await joinCode.textContent()) ?? "").trim();
  await page.getByRole("button", { name: "New code" }).click();
  await expect(joinCode).not.toHaveText(oldCode);
  const code = ((await joinCode.textContent()) ?? "").trim();

  // A due date in the past is refused beside the field, and nothing is assigned.
  await page.getByLabel("Due").fill("2020-01-06T09:00");
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.locator("#assign-due-error")).toHaveText("Choose a due date in the future.");
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();
  await page.getByLabel("Due").fill(`${new Date().getFullYear() + 1}-06-01T09:00`);
  await page.getByLabel(/Scored quiz/).check();
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Assigned. Students see it on their home page now.")).toBeVisible();

  // While assigned, the set cannot be deleted: the reason is shown and the set stays.
  await page.goto(setUrl);
  await page.getByRole("button", { name: "Delete set" }).click();
  await expect(page.getByText("This set is assigned to a class. Remove the assignment first.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quiz pair");

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, newUser("student"));
  await student.getByLabel("Class code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(/^You joined/)).toBeVisible();
  await student.getByRole("link", { name: /Quiz pair/ }).click();
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("Quiz: Quiz pair");
  await student.getByRole("button", { name: "Start the quiz" }).click();
  await answerCurrentQuestion(student);
  await student.getByRole("button", { name: "Next question" }).click();
  await answerCurrentQuestion(student);
  await student.getByRole("button", { name: "Continue" }).click();
  await student.getByRole("button", { name: "Submit the quiz" }).click();
  await expect(student.getByTestId("quiz-score")).toHaveText(/score: [0-2] \/ 2$/i);
  await studentContext.close();

  await page.goto(classUrl);
  await expect(page.getByRole("heading", { name: "Students (1)" })).toBeVisible();
  await page.getByRole("button", { name: /^Remove assignment Quiz pair/ }).click();
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();
  await page
    .locator("section", { has: page.getByRole("heading", { name: /^Students/ }) })
    .getByRole("button", { name: /^Remove/ })
    .click();
  await expect(page.getByRole("heading", { name: "Students (0)" })).toBeVisible();

  await page.goto(setUrl);
  await page.getByRole("button", { name: "Delete set" }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole("link", { name: /Quiz pair/ })).toHaveCount(0);
});
