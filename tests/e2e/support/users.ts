import { expect, type Page } from "@playwright/test";
import crypto from "node:crypto";

export interface TestUser {
  name: string;
  email: string;
  password: string;
  role: "student" | "teacher";
}

/** A new, unique user for one test: tests never share accounts. */
export function newUser(role: TestUser["role"], label: string = role): TestUser {
  const id = crypto.randomBytes(5).toString("hex");
  return { name: `${label} ${id}`, email: `${label}-${id}@e2e.kizuna`, password: `pw-${id}-long`, role };
}

export async function signUp(page: Page, user: TestUser): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel(user.role === "teacher" ? /Teacher/ : /Student/).check();
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(user.role === "teacher" ? /\/teach$/ : /\/study$/);
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Sign out with the header's button (behind the Menu button on a narrow or short screen). */
export async function signOut(page: Page): Promise<void> {
  await openMenuIfFolded(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
}

/** Open the header's Menu when the links are folded behind it (narrow or short screens). */
export async function openMenuIfFolded(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
}
