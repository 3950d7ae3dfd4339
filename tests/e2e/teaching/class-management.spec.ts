import { expect, test, type Locator, type Page } from "@playwright/test";
import { captureActionPost, postAction } from "../support/actions";
import { expectControlsWhole, expectNoAxeViolations, expectNoHorizontalScroll, PHONES } from "../support/phone";
import { answerCurrentQuestion } from "../support/quiz";
import { setUpScoredQuiz } from "../support/scored-quiz";
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
  // The form's notice: a loading skeleton (also a status) may be on the page while it refreshes.
  await expect(page.getByRole("status").and(page.locator(".notice"))).toHaveText("Class renamed.");
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
  const studentUser = newUser("student");
  await signUp(student, studentUser);
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
  const dashboardUrl = new URL((await page.getByRole("link", { name: /Quiz pair/ }).getAttribute("href")) ?? "", page.url()).href;
  // Removing an assignment asks first and says what goes (the submitted scores) and what stays; Cancel keeps it.
  const removeAssignment = page.getByRole("button", { name: "Remove assignment Quiz pair", exact: true });
  const confirmAssignment = page.getByRole("dialog", { name: "Remove the assignment “Quiz pair”?" });
  await removeAssignment.click();
  await expect(confirmAssignment).toBeVisible();
  await expect(confirmAssignment).toContainText("its dashboard goes with it");
  await expect(confirmAssignment).toContainText("Every student's attempts and scores on this quiz are deleted");
  await expect(confirmAssignment).toContainText("Students keep their reviews and memory of these questions");
  await confirmAssignment.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmAssignment).toBeHidden();
  await page.reload();
  await expect(page.getByRole("link", { name: /Quiz pair/ })).toBeVisible();
  await removeAssignment.click();
  await confirmAssignment.getByRole("button", { name: "Remove assignment" }).click();
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();
  await expect(confirmAssignment).toHaveCount(0);
  // Its dashboard is gone too.
  await page.goto(dashboardUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.goto(classUrl);
  // Removing a student asks first, naming them and saying what happens to their work; Cancel keeps them.
  const removeStudent = page.getByRole("button", { name: `Remove ${studentUser.name}`, exact: true });
  const confirm = page.getByRole("dialog", { name: `Remove ${studentUser.name} from Homeroom B?` });
  await removeStudent.click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText("They leave the class");
  await expect(confirm).toContainText("Their reviews, memory and quiz attempts stay in their own account");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("heading", { name: "Students (1)" })).toBeVisible();
  await removeStudent.click();
  await confirm.getByRole("button", { name: `Remove ${studentUser.name}` }).click();
  await expect(page.getByRole("heading", { name: "Students (0)" })).toBeVisible();
  await expect(confirm).toHaveCount(0);

  await page.goto(setUrl);
  await page.getByRole("button", { name: "Delete set" }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole("link", { name: /Quiz pair/ })).toHaveCount(0);
});

test("the remove-student confirmation fits a phone and works from the keyboard @desktop", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("teacher"));
  await page.getByLabel("New class name").fill("Form 3");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Form 3");
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  // A long name: the dialog's title and its button must wrap inside a 360 px screen.
  const studentUser = { ...newUser("student"), name: "Maximiliana Alexandrovna Featherstonehaugh-Montgomery" };
  await signUp(student, studentUser);
  await student.getByLabel("Class code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(/^You joined/)).toBeVisible();
  await studentContext.close();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Students (1)" })).toBeVisible();
  const removeStudent = page.getByRole("button", { name: `Remove ${studentUser.name}`, exact: true });
  const confirm = page.getByRole("dialog", { name: `Remove ${studentUser.name} from Form 3?` });

  await expectConfirmFitsPhones(page, {
    open: removeStudent,
    dialog: confirm,
    confirmLabel: `Remove ${studentUser.name}`,
    what: "the remove confirmation",
  });

  // Keyboard: Enter opens it with the focus on Cancel, Escape closes it and gives the focus back.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectConfirmByKeyboard(page, removeStudent, confirm);
  await expect(page.getByRole("heading", { name: "Students (1)" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: `Remove ${studentUser.name}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Students (0)" })).toBeVisible();
  await expect(page.getByText("No students yet: share the join code.")).toBeVisible();
});

test("the remove-assignment confirmation fits a phone, works from the keyboard, and is refused to another teacher @desktop", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("teacher"));
  // A long set name: the dialog's title must wrap inside a 360 px screen.
  const setName = "Peacekeeping in Cambodia and the Japan Self-Defense Forces, 1992–1993";
  const { classUrl } = await setUpScoredQuiz(page, { className: "Form 4", setName, questions: 1 });
  await page.goto(classUrl);
  const removeAssignment = page.getByRole("button", { name: `Remove assignment ${setName}`, exact: true });
  const confirm = page.getByRole("dialog", { name: `Remove the assignment “${setName}”?` });
  const assigned = page.getByRole("link", { name: new RegExp(setName) });

  await expectConfirmFitsPhones(page, {
    open: removeAssignment,
    dialog: confirm,
    confirmLabel: "Remove assignment",
    what: "the remove-assignment confirmation",
    stillThere: assigned,
  });

  await page.setViewportSize({ width: 1280, height: 800 });
  // Another teacher replaying the confirm button's request is told "not found", and the assignment stays.
  const remove = await captureActionPost(page, async () => {
    await removeAssignment.click();
    await confirm.getByRole("button", { name: "Remove assignment" }).click();
  });
  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder, newUser("teacher"));
  expect((await postAction(intruder.request, remove)).status).toBe(404);
  await intruderContext.close();
  await page.reload();
  await expect(assigned).toBeVisible();

  // Keyboard: Enter opens it with the focus on Cancel, Escape closes it and gives the focus back.
  await expectConfirmByKeyboard(page, removeAssignment, confirm);
  await page.reload();
  await expect(assigned).toBeVisible();
  await removeAssignment.focus();
  await page.keyboard.press("Enter");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm.getByRole("button", { name: "Remove assignment" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();
  await expect(assigned).toHaveCount(0);
});

/**
 * The confirmation by keyboard: Enter on the button opens it with the focus on Cancel; it is modal
 * (the page behind is inert, so Tab cannot wander out of the question); Escape closes it and gives
 * the focus back to the button.
 */
async function expectConfirmByKeyboard(page: Page, button: Locator, confirm: Locator): Promise<void> {
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  expect(await confirm.evaluate((d) => d.matches(":modal"))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(button).toBeFocused();
}

/**
 * At 390×844 and 360×640: the confirmation opens whole on screen (both buttons in view, no
 * sideways scroll, no cut controls, no axe violation), and Cancel closes it with nothing removed.
 */
async function expectConfirmFitsPhones(
  page: Page,
  {
    open,
    dialog,
    confirmLabel,
    what,
    stillThere,
  }: { open: Locator; dialog: Locator; confirmLabel: string; what: string; stillThere?: Locator },
): Promise<void> {
  for (const [size, viewport] of [
    ["390×844", PHONES.common],
    ["360×640", PHONES.small],
  ] as const) {
    await page.setViewportSize(viewport);
    await open.click();
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    if (!box) throw new Error(`no dialog box at ${size}`);
    expect(box.x, size).toBeGreaterThanOrEqual(0);
    expect(box.y, size).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, size).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height, size).toBeLessThanOrEqual(viewport.height);
    for (const name of ["Cancel", confirmLabel]) await expect(dialog.getByRole("button", { name })).toBeInViewport({ ratio: 1 });
    await expectNoHorizontalScroll(page, `${what} at ${size}`);
    await expectControlsWhole(page, `${what} at ${size}`);
    await expectNoAxeViolations(page, `${what} at ${size}`);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    if (stillThere) await expect(stillThere).toBeVisible();
  }
}
