/**
 * Sessions end on the server: after a sign-out, a copy of the old cookie is signed out too; "Sign
 * out everywhere" ends the account's sessions on other devices.
 */
import { expect, test } from "@playwright/test";
import { newUser, openMenuIfFolded, signIn, signOut, signUp } from "../support/users";

test("a cookie replayed after sign-out is treated as signed out", async ({ page, browser }) => {
  await signUp(page, newUser("student"));
  const copied = await page.context().cookies();
  expect((await page.request.get("/api/me")).status()).toBe(200);
  await signOut(page);
  await expect(page.getByText("You are signed out.")).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  expect((await replay.request.get("/api/me")).status()).toBe(401);
  const replayed = await replay.newPage();
  await replayed.goto("/study");
  await expect(replayed).toHaveURL(/\/sign-in\?callbackUrl=%2Fstudy/);
  await replay.close();
});

test("signing out through Auth.js's own endpoint ends the session on the server as well", async ({ page, browser }) => {
  await signUp(page, newUser("student"));
  const copied = await page.context().cookies();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(302);
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  expect((await replay.request.get("/api/me")).status()).toBe(401);
  await replay.close();
});

test("sign out everywhere ends the session on the other device too", async ({ page, browser }) => {
  const user = newUser("teacher");
  await signUp(page, user);
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signIn(other, user);
  expect((await other.request.get("/api/me")).status()).toBe(200);

  await openMenuIfFolded(page);
  await page.getByLabel("More account options").click();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You are signed out on every device.")).toBeVisible();

  expect((await other.request.get("/api/me")).status()).toBe(401);
  await other.goto("/teach");
  await expect(other).toHaveURL(/\/sign-in/);
  // Signing in again works, with a new session.
  await signIn(other, user);
  expect((await other.request.get("/api/me")).status()).toBe(200);
  await otherDevice.close();
});
