import { expect, test } from "@playwright/test";
import { newUser, signUp } from "../support/users";

test("a teacher signs up and lands on the teacher home", async ({ page }) => {
  const teacher = newUser("teacher");
  await signUp(page, teacher);
  await expect(page.getByRole("heading", { name: "Teacher home" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(teacher.name);
  await expect(page.getByRole("banner")).toContainText("teacher");
});

test("a student signs up and lands on the student home", async ({ page }) => {
  const student = newUser("student");
  await signUp(page, student);
  await expect(page.getByRole("heading", { name: `Welcome, ${student.name}` })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("student");
});

test("sign-up errors appear next to each field and create no account", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();

  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-email-error")).toHaveText("Enter a valid email address, like name@example.com.");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-password-error")).toHaveText("Use at least 8 characters for your password.");
  // What the user typed is kept (except the password), and nothing was created.
  await expect(email).toHaveValue("not-an-email");
  await expect(page.getByLabel("Name")).toHaveValue("Someone");
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("an email that is already used is refused beside the email field", async ({ page, browser }) => {
  const first = newUser("student");
  await signUp(page, first);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/sign-up");
  await other.getByLabel("Name").fill("Impostor");
  await other.getByLabel("Email").fill(first.email.toUpperCase());
  await other.getByLabel("Password").fill("another-password");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.locator("#field-email-error")).toHaveText("An account with this email already exists. Sign in instead?");
  await expect(other).toHaveURL(/\/sign-up$/);
  await context.close();
});
