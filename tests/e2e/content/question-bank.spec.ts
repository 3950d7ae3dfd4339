import { expect, test } from "@playwright/test";
import { storedSession } from "../support/stored-sessions";

// Both only read (a preview records nothing): the demo accounts' stored sessions will do.
test.describe(() => {
  test.use(storedSession("teacher"));

  test("a teacher filters the question bank and previews a question as a student sees it", async ({ page }) => {
    await page.goto("/teach/questions");
    const total = Number(await page.locator("p[aria-live] strong").textContent());
    expect(total).toBeGreaterThan(100);

    await page.getByLabel("Type").selectOption("true_false");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=true_false/);
    const filtered = Number(await page.locator("p[aria-live] strong").textContent());
    expect(filtered).toBeLessThan(total);
    await expect(
      page
        .locator(".bank-item .pill")
        .filter({ hasText: /True or false/ })
        .first(),
    ).toBeVisible();
    expect(await page.locator(".bank-item").count()).toBe(Math.min(filtered, 25));

    await page
      .locator(".bank-item")
      .first()
      .getByRole("link", { name: /Preview/ })
      .click();
    await expect(page.getByText("Preview: this is what a student sees.")).toBeVisible();
    await page.getByRole("button", { name: "True" }).click();
    await expect(page.getByLabel("Answer feedback")).toBeVisible();
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("button", { name: "True" })).toBeEnabled();
  });
});

test.describe(() => {
  test.use(storedSession("student"));

  test("a student cannot open the question bank or a preview", async ({ page }) => {
    expect((await page.goto("/teach/questions"))?.status()).toBe(403);
    expect((await page.goto("/teach/questions/q-anything"))?.status()).toBe(403);
  });
});
