import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { PHONES } from "./phone";
import { newUser, signUp, type TestUser } from "./users";

/**
 * As the signed-in teacher: a class, a set of `questions` peacekeeping questions, assigned as a
 * scored quiz (with the options the form offers set by `configure`). Returns the join code, the
 * class page and the assignment's dashboard URLs.
 */
export async function setUpScoredQuiz(
  page: Page,
  {
    className,
    setName,
    questions,
    configure,
  }: { className: string; setName: string; questions: number; configure?: (page: Page) => Promise<void> },
) {
  await page.getByLabel("New class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(className);
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  const classUrl = page.url();
  await page.goto("/teach");
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill(setName);
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill(String(questions));
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: `Questions in this set (${questions})` })).toBeVisible();
  const setUrl = page.url();
  await page.goto(classUrl);
  await page.getByLabel("Quiz set").selectOption({ label: `${setName} (${questions} questions)` });
  await page.getByLabel(/Scored quiz/).check();
  await configure?.(page);
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Assigned. Students see it on their home page now.")).toBeVisible();
  await page
    .getByRole("link", { name: new RegExp(setName) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/assignments\//);
  const dashboardUrl = page.url().split("?")[0] ?? "";
  return { code, classUrl, setUrl, dashboardUrl, assignmentId: dashboardUrl.split("/").at(-1) ?? "" };
}

/** A new student on a phone-size context of their own, signed up and in the class. */
export async function phoneStudent(browser: Browser, code: string): Promise<{ context: BrowserContext; page: Page; student: TestUser }> {
  const context = await browser.newContext({ viewport: PHONES.common, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const student = newUser("student");
  await signUp(page, student);
  await page.getByLabel("Class code").fill(code);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(/^You joined/)).toBeVisible();
  return { context, page, student };
}

/** Click through to the next question after feedback ("Next question", or "Continue" after the last). */
export async function nextAfterFeedback(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^(Next question|Continue)$/ }).click();
}
