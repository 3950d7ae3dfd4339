import { expect, test, type Page } from "@playwright/test";
import { answerCurrentQuestion } from "../support/quiz";
import { newUser, signUp } from "../support/users";

const ZONE = "Asia/Phnom_Penh";

/** As the signed-in teacher: a peacekeeping set of `questions`, auto-built (the same questions each time). */
async function buildSet(page: Page, name: string, questions: number): Promise<void> {
  await page.goto("/teach");
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill(name);
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill(String(questions));
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: `Questions in this set (${questions})` })).toBeVisible();
}

async function assign(page: Page, classUrl: string, setName: string, questions: number, due: string): Promise<void> {
  await page.goto(classUrl);
  await page.getByLabel("Quiz set").selectOption({ label: `${setName} (${questions} questions)` });
  await page.getByLabel("Due").fill(due);
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Assigned. Students see it on their home page now.")).toBeVisible();
}

test("a review counts toward both overlapping assignments; times show in the viewer's zone; numbers are explained", async ({ browser }) => {
  test.setTimeout(300_000);
  const year = new Date().getFullYear() + 1;
  const teacherContext = await browser.newContext({ timezoneId: ZONE, viewport: { width: 1280, height: 800 } });
  const page = await teacherContext.newPage();
  await signUp(page, newUser("teacher"));
  await page.getByLabel("New class name").fill("Overlap class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overlap class");
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  const classUrl = page.url();
  await buildSet(page, "Overlap A", 3);
  await buildSet(page, "Overlap B", 3);
  await page.goto(classUrl);
  // The due-date input is in the teacher's zone, and says so.
  await expect(page.locator(".zone-note")).toHaveText("Your time zone: Asia/Phnom Penh");
  await assign(page, classUrl, "Overlap A", 3, `${year}-06-01T17:00`);
  await assign(page, classUrl, "Overlap B", 3, `${year}-06-02T17:00`);
  // The list agrees with the input: 17:00 in Phnom Penh, the zone named.
  await expect(page.getByRole("link", { name: /Overlap A/ })).toContainText(`1 Jun ${year}, 17:00 (Phnom Penh, GMT+7)`);

  // A student in the same zone, on a phone, practises assignment A only.
  const phoneContext = await browser.newContext({
    timezoneId: ZONE,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await signUp(phone, newUser("student"));
  await phone.getByLabel("Class code").fill(code);
  await phone.getByRole("button", { name: "Join class" }).click();
  await expect(phone.getByText(/^You joined/)).toBeVisible();
  await expect(phone.getByRole("link", { name: /Overlap A/ })).toContainText(`1 Jun ${year}, 17:00 (Phnom Penh, GMT+7)`);
  await phone.getByRole("link", { name: /Overlap A/ }).click();
  for (let i = 0; i < 3; i++) {
    await answerCurrentQuestion(phone);
    await phone.getByRole("button", { name: /Next question|See summary/ }).click();
  }
  await expect(phone.locator(".sync")).toHaveText("All answers saved");
  await phone.goto("/study");
  // Both assignments hold the same three questions: both are complete.
  await expect(phone.getByRole("link", { name: /Overlap A/ })).toContainText("3 of 3 answered");
  await expect(phone.getByRole("link", { name: /Overlap B/ })).toContainText("3 of 3 answered");
  await phoneContext.close();

  // The teacher's dashboard of B counts the student as complete, explains each number, and its CSVs use the zone.
  await page.goto(classUrl);
  await page.getByRole("link", { name: /Overlap B/ }).click();
  await expect(page.getByTestId("count-completed")).toHaveText("1");
  await expect(page.getByTestId("count-started")).toHaveText("1");
  await expect(page.locator('[data-col="completion"]').first()).toHaveText("100%");
  await expect(
    page.getByTestId("students-table").getByText("Correct quiz answers over quiz answers; flashcard self-grades are left out."),
  ).toBeVisible();
  await expect(page.getByTestId("items-table").getByText("Share of students whose first quiz answer was correct.")).toBeVisible();
  const base = page.url().split("?")[0] ?? "";
  const students = (await (await page.request.get(`${base}/students.csv`)).text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(students[0]).toContain("Last active (ISO 8601)");
  expect(students[1]).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00,/);
  const items = (await (await page.request.get(`${base}/items.csv`)).text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(items[1]?.startsWith("1,")).toBe(true);
  await teacherContext.close();
});
