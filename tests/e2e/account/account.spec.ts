/**
 * The account page: name, email and password changes (a new password signs out the other
 * devices), the data export (always the caller's own), and deleting the account.
 */
import { expect, test, type Page } from "@playwright/test";
import { newUser, openMenuIfFolded, signIn, signUp, type TestUser } from "../support/users";

async function openAccount(page: Page): Promise<void> {
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
}

test("a password change keeps this browser signed in and signs out the other one", async ({ page, browser }) => {
  const user = newUser("student");
  await signUp(page, user);
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signIn(other, user);
  expect((await other.request.get("/api/me")).status()).toBe(200);

  await openAccount(page);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Change password" }) });
  // A wrong current password is refused beside its field, and changes nothing.
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await form.getByLabel("New password again").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();
  expect((await other.request.get("/api/me")).status()).toBe(200);

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await form.getByLabel("New password again").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. You are signed out on every other device.")).toBeVisible();
  expect((await page.request.get("/api/me")).status()).toBe(200);

  expect((await other.request.get("/api/me")).status()).toBe(401);
  await other.goto("/study");
  await expect(other).toHaveURL(/\/sign-in/);
  await signIn(other, { email: user.email, password: "a-brand-new-password" });
  expect((await other.request.get("/api/me")).status()).toBe(200);
  await otherDevice.close();
});

test("name and email changes show at once; a taken email is refused beside the field", async ({ page, browser }) => {
  const user = newUser("student");
  const taken = newUser("student", "taken");
  const otherContext = await browser.newContext();
  await signUp(await otherContext.newPage(), taken);
  await otherContext.close();
  await signUp(page, user);
  await openAccount(page);

  await page.getByLabel("Display name").fill("Renamed Student");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Name saved.")).toBeVisible();
  await page.reload();
  await openMenuIfFolded(page);
  await expect(page.locator(".who-name")).toHaveText("Renamed Student");

  const emailForm = page.locator("form", { has: page.getByRole("button", { name: "Change email" }) });
  await emailForm.getByLabel("Email").fill(taken.email);
  await emailForm.getByLabel("Current password").fill(user.password);
  await emailForm.getByRole("button", { name: "Change email" }).click();
  await expect(emailForm.getByText("An account with this email already exists. Sign in instead?")).toBeVisible();

  const fresh = `changed-${user.email}`;
  await emailForm.getByLabel("Email").fill(fresh);
  await emailForm.getByLabel("Current password").fill(user.password);
  await emailForm.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText(`Email changed to ${fresh}.`)).toBeVisible();
  const me = (await (await page.request.get("/api/me")).json()) as { user: { email: string; name: string } };
  expect(me.user).toMatchObject({ email: fresh, name: "Renamed Student" });
});

test("the data export is always the caller's own, and needs a session", async ({ page, browser }) => {
  const a = newUser("student", "exporta");
  await signUp(page, a);
  const other = await browser.newContext();
  const b: TestUser = newUser("student", "exportb");
  await signUp(await other.newPage(), b);

  const mine = await page.request.get("/api/me/export");
  expect(mine.status()).toBe(200);
  expect(mine.headers()["content-disposition"]).toContain("attachment");
  const data = (await mine.json()) as { user: { email: string }; reviews: unknown[]; memoryStates: unknown[] };
  expect(data.user.email).toBe(a.email);
  expect(Array.isArray(data.reviews) && Array.isArray(data.memoryStates)).toBe(true);

  // B asking (with any query string) still gets B's data, never A's.
  const theirs = await other.request.get(`/api/me/export?userId=${encodeURIComponent(a.email)}`);
  const text = await theirs.text();
  expect(text).toContain(b.email);
  expect(text).not.toContain(a.email);
  await other.close();

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/api/me/export")).status()).toBe(401);
  await anonymous.close();
});

test("deleting needs the password and DELETE; a teacher with a class is asked to hand it over first", async ({ page }) => {
  const teacher = newUser("teacher");
  await signUp(page, teacher);
  await page.getByLabel("New class name").fill("Leaving class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: "Leaving class" })).toBeVisible();

  await openAccount(page);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Delete my account" }) });
  await form.getByLabel("Current password").fill(teacher.password);
  await form.getByLabel("Type DELETE to confirm").fill("delete");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByText("Type DELETE in capitals to confirm.")).toBeVisible();
  await form.getByLabel("Current password").fill(teacher.password);
  await form.getByLabel("Type DELETE to confirm").fill("DELETE");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByText(/You still teach 1 class\. Hand it over/)).toBeVisible();

  await page.goto("/teach");
  await page.getByRole("link", { name: /Leaving class/ }).click();
  await page.getByLabel('Type "Leaving class" to delete the class').fill("Leaving class");
  await page.getByRole("button", { name: "Delete class" }).click();
  await expect(page).toHaveURL(/\/teach\?deleted=1/);

  await openAccount(page);
  await form.getByLabel("Current password").fill(teacher.password);
  await form.getByLabel("Type DELETE to confirm").fill("DELETE");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Your account and its data are deleted.")).toBeVisible();
  await page.getByLabel("Email").fill(teacher.email);
  await page.getByLabel("Password").fill(teacher.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.", { exact: false })).toBeVisible();
});
