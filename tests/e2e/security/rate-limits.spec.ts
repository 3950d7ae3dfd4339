/**
 * Rate limits: wrong passwords lock the account (the form says how long to wait, the Auth.js
 * endpoint answers 429 with Retry-After, and even the right password waits); join codes and
 * review posts are limited per user. Each test uses its own accounts, so limits never leak
 * between tests.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { newUser, signUp } from "../support/users";

async function postCredentials(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
}

test("ten wrong passwords lock the account: the form and the API say how long to wait", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const user = newUser("student");
  const setup = await browser.newContext();
  await signUp(await setup.newPage(), user);
  await setup.close();

  // Ten failures are allowed (through the Auth.js endpoint directly: the same check)...
  for (let i = 0; i < 10; i++) {
    const answer = await postCredentials(page.request, user.email, "wrong-password");
    expect(answer.status()).toBe(302);
    expect(answer.headers()["location"]).toContain("error=CredentialsSignin");
  }
  // ...the eleventh, on the form, starts the lockout and says so.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("wrong-again");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-message")).toHaveText(
    /^Too many failed sign-ins for this account or network\. Please wait 1[45] minutes and try again\.$/,
  );

  // The right password now waits too, on the form and at the endpoint (429 with Retry-After).
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-message")).toContainText("Please wait");
  await expect(page).toHaveURL(/\/sign-in/);
  const limited = await postCredentials(page.request, user.email, user.password);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(800);
  expect(((await limited.json()) as { error: string }).error).toMatch(/Please wait 1[45] minutes/);
});

test("join codes are limited per student, with the wait beside the field", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, newUser("student"));
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Class code").fill("ZZZZZ2");
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText("No class has this code. Check it with your teacher.")).toBeVisible();
  }
  await page.getByLabel("Class code").fill("ZZZZZ3");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(/^Too many class codes tried\. Please wait 1[45] minutes and try again\.$/)).toBeVisible();
});

test("review posts are limited per student: 429 with Retry-After", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, newUser("student"));
  const statuses: number[] = [];
  for (let i = 0; i < 121; i++) {
    statuses.push((await page.request.post("/api/reviews", { data: { reviews: [] } })).status());
  }
  expect(statuses.slice(0, 120).every((s) => s === 400)).toBe(true);
  // The refused count answers, not the body's fault: the count runs beside the body's parsing.
  expect(statuses[120]).toBe(429);
  const limited = await page.request.post("/api/reviews", { data: { reviews: [] } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(Number(limited.headers()["retry-after"])).toBeLessThanOrEqual(60);
});
