import { expect, test } from "@playwright/test";
import { demoAccount, storedSession } from "../support/stored-sessions";

// Both tests only read: the demo student's stored session will do.
test.use(storedSession("student"));

test("a student cannot open a teacher page: 403 and no teacher data", async ({ page }) => {
  const response = await page.goto("/teach");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is for teachers" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Teacher home" })).toHaveCount(0);
});

test("API routes answer JSON with a reason, never a redirect or a 500", async ({ page, playwright }) => {
  // An explicitly empty state: the test's own contexts would otherwise carry the stored session.
  const signedOut = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const anonymous = await signedOut.get("/api/me");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "Sign in first: this endpoint needs a session." });
  await signedOut.dispose();

  const student = demoAccount("student");
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(200);
  expect((await me.json()).user).toMatchObject({ email: student.email, role: "student", name: student.name });
});
