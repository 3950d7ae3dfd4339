import { expect, test } from "@playwright/test";
import { newUser, signIn, signOut, signUp } from "../support/users";

test("an anonymous visitor is sent to sign-in and comes back afterwards", async ({ page, browser }) => {
  const student = newUser("student");
  const context = await browser.newContext();
  await signUp(await context.newPage(), student);
  await context.close();

  await page.goto("/study");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudy$/);
  await expect(page.getByText("Sign in to continue to that page.")).toBeVisible();
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/study$/);
  await expect(page.getByRole("heading", { name: `Welcome, ${student.name}` })).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page, browser }) => {
  const student = newUser("student");
  const context = await browser.newContext();
  await signUp(await context.newPage(), student);
  await context.close();

  const message = "That email and password do not match an account. Check them and try again.";
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const formMessage = page.locator(".form-message");
  await expect(formMessage).toHaveText(message);

  const unknown = `nobody-${student.email}`;
  await page.getByLabel("Email").fill(unknown);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // The action answered once the form is reset with the email kept and the password cleared.
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByLabel("Email")).toHaveValue(unknown);
  await expect(formMessage).toHaveText(message);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the demo teacher can sign in and sign out", async ({ page }) => {
  await signIn(page, { email: "teacher@demo.kizuna", password: "kizuna-demo" });
  await expect(page).toHaveURL(/\/teach$/);
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await page.goto("/teach");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fteach$/);
});

test("the session cookie is httpOnly and SameSite", async ({ page, context }) => {
  await signUp(page, newUser("student"));
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});
