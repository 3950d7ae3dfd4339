import { expect, test, type Browser } from "@playwright/test";
import type { StudyQueue } from "@/db/queries/study-queue";
import { answerKnown } from "../support/answer-known";
import { waitForSaved } from "../support/quiz";
import { newUser, signUp } from "../support/users";
import { devices } from "@playwright/test";

/** A student at phone size joins with the code and answers the whole assignment, right or wrong as told. */
async function studentPractises(browser: Browser, code: string, setName: string, rightAnswers: (i: number) => boolean) {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const page = await context.newPage();
  const student = newUser("student");
  await signUp(page, student);
  await page.getByLabel("Class code").fill(code.toLowerCase()); // codes are case-insensitive
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(/^You joined/)).toBeVisible();
  await page.getByRole("link", { name: new RegExp(setName) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Assignment: ${setName}`);
  const assignment = new URL(page.url()).searchParams.get("assignment") ?? "";
  const queue = (await (await page.request.get(`/api/study/queue?assignment=${assignment}`)).json()) as StudyQueue;
  let answered = 0;
  for (const item of queue.items) {
    await expect(page.locator(".question-card h2")).toHaveText(item.question.prompt);
    await answerKnown(page, item.question, rightAnswers(answered));
    answered++;
    await page.getByRole("button", { name: /Next question|See summary/ }).click();
  }
  await waitForSaved(page);
  await context.close();
  return { student, answered };
}

test("a teacher builds a class and a set, assigns it, and sees each student's completion and accuracy", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const teacher = newUser("teacher");
  await signUp(page, teacher);

  await page.getByLabel("New class name").fill("Period 3 History");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Period 3 History");
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
  const classUrl = page.url();

  await page.goto("/teach");
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill("Peacekeeping check");
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill("4");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (4)" })).toBeVisible();

  await page.goto(classUrl);
  await page.getByLabel("Quiz set").selectOption({ label: "Peacekeeping check (4 questions)" });
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Assigned. Students see it on their home page now.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Peacekeeping check/ })).toBeVisible();

  const strong = await studentPractises(browser, code, "Peacekeeping check", () => true);
  const weak = await studentPractises(browser, code, "Peacekeeping check", (i) => i === 0);
  expect(strong.answered).toBe(4);
  expect(weak.answered).toBe(4);

  await page.reload();
  await page.getByRole("link", { name: /Peacekeeping check/ }).click();
  const table = page.getByTestId("students-table");
  const row = (email: string) => table.locator(`tr[data-student="${email}"]`);
  await expect(row(strong.student.email).locator('[data-col="completion"]')).toHaveText("100%");
  await expect(row(strong.student.email).locator('[data-col="accuracy"]')).toHaveText("100%");
  await expect(row(weak.student.email).locator('[data-col="completion"]')).toHaveText("100%");
  await expect(row(weak.student.email).locator('[data-col="accuracy"]')).toHaveText("25%");

  // Sorting by accuracy (descending) puts the strong student first.
  await table.getByRole("link", { name: "Accuracy" }).click();
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-student", strong.student.email);

  // The CSV download says the same as the table.
  const download = await page.request.get(`${page.url().split("?")[0]}/students.csv`);
  expect(download.headers()["content-type"]).toContain("text/csv");
  const csv = (await download.text()).replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toContain("Completion (%)");
  const line = (email: string) => lines.find((l) => l.includes(email)) ?? "";
  expect(line(strong.student.email)).toMatch(/,4,100(\.0)?,100(\.0)?,/);
  expect(line(weak.student.email)).toMatch(/,4,100(\.0)?,25(\.0)?,/);

  // Another teacher is refused the class, the dashboard and the CSV.
  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder, newUser("teacher"));
  expect((await intruder.goto(classUrl))?.status()).toBe(404);
  expect((await intruder.goto(page.url()))?.status()).toBe(404);
  expect((await intruder.request.get(`${page.url().split("?")[0]}/students.csv`)).status()).toBe(404);
  await intruderContext.close();
});

test("bad class input gets a message beside the field and writes nothing", async ({ page, browser }) => {
  await signUp(page, newUser("teacher"));
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.locator("#new-class-name-error")).toHaveText("Enter a class name.");
  await page.getByLabel("New class name").fill("Duplicate me");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Duplicate me");
  await page.goto("/teach");
  await page.getByLabel("New class name").fill("duplicate ME");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.locator("#new-class-name-error")).toHaveText("You already have a class with this name. Choose another name.");
  await expect(page.locator(".row-list li")).toHaveCount(1);

  const context = await browser.newContext();
  const student = await context.newPage();
  await signUp(student, newUser("student"));
  await student.getByLabel("Class code").fill("ZZZZZZ");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.locator("#field-code-error")).toHaveText("No class has this code. Check it with your teacher.");
  await student.getByLabel("Class code").fill("O0O0");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.locator("#field-code-error")).toContainText("6 letters and digits");
  await context.close();
});
