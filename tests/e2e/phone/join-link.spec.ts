import { expect, test, type Page } from "@playwright/test";
import { PHONES } from "../support/phone";
import { newUser, signOut, signUp } from "../support/users";

/** As a new teacher: a class, and its join link. */
async function classWithLink(page: Page, name: string): Promise<string> {
  await signUp(page, newUser("teacher"));
  await page.getByLabel("New class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return ((await page.getByTestId("join-code").textContent()) ?? "").trim();
}

test("a join link opened by someone without an account survives sign-up and ends in the class", async ({ page, browser }) => {
  const code = await classWithLink(page, "Link class A");
  const context = await browser.newContext({ viewport: PHONES.common, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await phone.goto(`/join/${code}`);
  await expect(phone.getByRole("heading", { name: "Join a class" })).toBeVisible();
  await expect(phone.getByText(code)).toBeVisible();
  await phone.getByRole("link", { name: "Create a student account" }).click();
  await expect(phone.getByText("Create your account, then join the class in one tap.")).toBeVisible();
  const student = newUser("student");
  await phone.getByLabel(/Student/).check();
  await phone.getByLabel("Name").fill(student.name);
  await phone.getByLabel("Email").fill(student.email);
  await phone.getByLabel("Password").fill(student.password);
  await phone.getByRole("button", { name: "Create account" }).click();
  await expect(phone).toHaveURL(new RegExp(`/join/${code}$`));
  await expect(phone.getByLabel("Class code")).toHaveValue(code);
  await phone.getByRole("button", { name: "Join class" }).click();
  await expect(phone.getByText("You joined Link class A.")).toBeVisible();
  await context.close();
});

test("a join link survives 'Already have an account? Sign in', and bad codes each get their own message", async ({ page, browser }) => {
  const code = await classWithLink(page, "Link class B");
  const context = await browser.newContext({ viewport: PHONES.small, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  const student = newUser("student");
  await signUp(phone, student);
  await signOut(phone);
  await expect(phone).toHaveURL(/sign-in/);

  await phone.goto(`/join/${code}`);
  await phone.getByRole("link", { name: "Create a student account" }).click();
  await phone.getByRole("link", { name: "Sign in" }).last().click();
  await expect(phone.getByText("Sign in, then join the class in one tap.")).toBeVisible();
  await phone.getByLabel("Email").fill(student.email);
  await phone.getByLabel("Password").fill(student.password);
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone).toHaveURL(new RegExp(`/join/${code}$`));
  await phone.getByRole("button", { name: "Join class" }).click();
  await expect(phone.getByText("You joined Link class B.")).toBeVisible();

  // An unknown code, and one with a look-alike letter (NOPE42 has an O), from a join link.
  await phone.goto("/join/ZZZZZZ");
  await phone.getByRole("button", { name: "Join class" }).click();
  await expect(phone.locator("#field-code-error")).toHaveText("No class has this code. Check it with your teacher.");
  await phone.goto("/join/NOPE42");
  await phone.getByRole("button", { name: "Join class" }).click();
  await expect(phone.locator("#field-code-error")).toContainText("never use the letter O");
  await context.close();
});
