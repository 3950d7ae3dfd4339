import { expect, test, type Browser, type Page } from "@playwright/test";
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

/** As the signed-in teacher: create a class, build a set of `questions` on a topic, assign it. */
async function setUpAssignment(page: Page, { className, setName, questions }: { className: string; setName: string; questions: number }) {
  await page.getByLabel("New class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(className);
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);
  const classUrl = page.url();

  await page.goto("/teach");
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill(setName);
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill(String(questions));
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: `Questions in this set (${questions})` })).toBeVisible();

  await page.goto(classUrl);
  await page.getByLabel("Quiz set").selectOption({ label: `${setName} (${questions} questions)` });
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Assigned. Students see it on their home page now.")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(setName) })).toBeVisible();
  return { code, classUrl };
}

// The whole journey runs once, at desktop size (its students already use a phone): three
// browsers and a dozen answers is the heaviest test there is. Phones get the check below.
test(
  "a teacher builds a class and a set, assigns it, and sees each student's completion and accuracy",
  { tag: "@desktop" },
  async ({ page, browser }) => {
    test.setTimeout(300_000);
    const teacher = newUser("teacher");
    await signUp(page, teacher);
    const { code, classUrl } = await setUpAssignment(page, { className: "Period 3 History", setName: "Peacekeeping check", questions: 4 });

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

    // The completion chart's value axis counts students: both completed, on a 0–4 scale.
    const completion = page.getByRole("figure", { name: "Students who had completed the assignment, by day" });
    await expect(completion.getByTestId("chart-axis-title")).toHaveText("Students completed");
    await expect(completion.getByTestId("chart-y-tick")).toHaveText(["0", "1", "2", "3", "4"]);

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

    // The class's predicted recall reads off a 0–100 % axis.
    const dashboardUrl = page.url();
    await page.goto(classUrl);
    const recall = page.getByRole("figure", { name: "Predicted recall, percent" });
    await expect(recall.getByTestId("chart-axis-title")).toHaveText("Predicted recall");
    await expect(recall.getByTestId("chart-y-tick")).toHaveText(["0%", "25%", "50%", "75%", "100%"]);

    // Another teacher is refused the class, the dashboard and the CSV.
    const intruderContext = await browser.newContext();
    const intruder = await intruderContext.newPage();
    await signUp(intruder, newUser("teacher"));
    expect((await intruder.goto(classUrl))?.status()).toBe(404);
    expect((await intruder.goto(dashboardUrl))?.status()).toBe(404);
    expect((await intruder.request.get(`${dashboardUrl.split("?")[0]}/students.csv`)).status()).toBe(404);
    await intruderContext.close();
  },
);

test(
  "a teacher reads an assignment's dashboard at phone size: the student's row, and nothing scrolls sideways",
  { tag: "@phone" },
  async ({ page, browser }) => {
    await signUp(page, newUser("teacher"));
    const { code, classUrl } = await setUpAssignment(page, { className: "Period 5 History", setName: "Phone check", questions: 2 });

    // A student joins (at the project's phone size) but has not started.
    const context = await browser.newContext();
    const phone = await context.newPage();
    const student = newUser("student");
    await signUp(phone, student);
    await phone.getByLabel("Class code").fill(code);
    await phone.getByRole("button", { name: "Join class" }).click();
    await expect(phone.getByText(/^You joined/)).toBeVisible();
    await context.close();

    await page.goto(classUrl);
    await page.getByRole("link", { name: /Phone check/ }).click();
    const row = page.getByTestId("students-table").locator(`tr[data-student="${student.email}"]`);
    await expect(row.locator('[data-col="completion"]')).toHaveText("0%");
    await expect(page.getByRole("link", { name: "Download CSV" }).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Item analysis" })).toBeVisible();
    // The completion chart keeps its value axis at phone size: no one has completed, on a 0–4 scale.
    const completion = page.getByRole("figure", { name: "Students who had completed the assignment, by day" });
    await expect(completion.getByTestId("chart-axis-title")).toBeVisible();
    await expect(completion.getByTestId("chart-y-tick")).toHaveText(["0", "1", "2", "3", "4"]);
    // Its days read as every chart's days do ("9 Nov", as on a student's progress page), never "11-09".
    const days = await completion.getByTestId("chart-x-tick").allTextContents();
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/);
    // So do the days of its table for screen readers, with a year only where the 21 days span two.
    const tableDays = await completion.getByRole("rowheader").allTextContents();
    expect(tableDays).toHaveLength(21);
    for (const day of tableDays) expect(day).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "the dashboard scrolls sideways").toBeLessThanOrEqual(0);
  },
);

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
  // A look-alike character gets its own message; a wrong length the format.
  await student.getByLabel("Class code").fill("O0O0");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.locator("#field-code-error")).toContainText("never use the letter O");
  await student.getByLabel("Class code").fill("ABC");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.locator("#field-code-error")).toContainText("6 letters and digits");
  await context.close();
});
