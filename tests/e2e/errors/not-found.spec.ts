import { expect, test } from "@playwright/test";
import { storedSession } from "../support/stored-sessions";

// Signed in (an anonymous visitor is sent to sign-in first); only reads.
test.use(storedSession("student"));

test("an unknown address answers 404 with a way home", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveTitle(/Page not found/);
  await page.getByRole("link", { name: "Back to your home page" }).click();
  await expect(page).toHaveURL(/\/study$/);
});
