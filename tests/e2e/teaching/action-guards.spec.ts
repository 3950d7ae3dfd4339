/**
 * Server actions are public endpoints: anyone can POST anything to them. These tests send what
 * a hand-made request could (no argument, the wrong kind of argument, another user's session)
 * and check the answer is a message or a 404, never a 500, and that nothing changed.
 */
import { expect, test, type Page } from "@playwright/test";
import { captureActionPost, postAction, type ActionPost } from "../support/actions";
import { newUser, signUp } from "../support/users";

const MALFORMED = "This form could not be read. Reload the page and try again.";

async function createClass(page: Page, name: string): Promise<string> {
  await page.getByLabel("New class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url();
}

/** The owner fills the rename form with `name` and presses Rename; the POST is kept, not sent. */
const captureRename = (page: Page, name: string): Promise<ActionPost> =>
  captureActionPost(page, async () => {
    await page.getByLabel("Class name").fill(name);
    await page.getByRole("button", { name: "Rename" }).click();
  });

test("a malformed server-action call gets a validation message, never a 500", async ({ page }) => {
  await signUp(page, newUser("teacher"));
  await createClass(page, "Shape check");
  const rename = await captureRename(page, "Renamed by hand");

  // React sends plain arguments as a JSON array: none, a string, an object instead of a form.
  for (const args of ["[]", '["just a string"]', '[{"classId":"x","name":"y"}]', "[null, 42]"]) {
    const answer = await postAction(page.request, rename, { contentType: "text/plain;charset=UTF-8", data: args });
    expect(answer.status, args).toBe(200);
    expect(answer.text, args).toContain(MALFORMED);
  }
  // A real form with a field of the wrong shape: a message for that field.
  const badId = Buffer.from(
    rename.body.toString("latin1").replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, "not-a-uuid"),
    "latin1",
  );
  const answer = await postAction(page.request, rename, { contentType: rename.headers["content-type"] ?? "", data: badId });
  expect(answer.status).toBe(200);
  expect(answer.text).toContain("That link is not valid.");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shape check");
});

test("a student is refused a teacher action, another teacher's ids are not found, and nothing changes", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signUp(page, newUser("teacher"));
  await createClass(page, "Owned class");
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  const rename = await captureRename(page, "Hijacked");
  const newCode = await captureActionPost(page, () => page.getByRole("button", { name: "New code" }).click());

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUp(student, newUser("student"));
  const refused = await postAction(student.request, rename);
  expect(refused.status).toBe(200);
  expect(refused.text).toContain("Only teacher accounts can do this.");
  await studentContext.close();

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder, newUser("teacher"));
  expect((await postAction(intruder.request, rename)).status).toBe(404);
  expect((await postAction(intruder.request, newCode)).status).toBe(404);
  await intruderContext.close();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Owned class");
  await expect(page.getByTestId("join-code")).toHaveText(code);

  // The same request from the owner does go through: the refusals above were about who sent it.
  expect((await postAction(page.request, rename)).status).toBe(200);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hijacked");
});
