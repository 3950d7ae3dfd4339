import { expect, test } from "@playwright/test";
import { newUser, signUp } from "../support/users";

test("a teacher filters the question bank by importance", async ({ page }) => {
  await signUp(page, newUser("teacher"));
  await page.goto("/teach/questions");
  const total = Number(await page.locator("p[aria-live] strong").textContent());

  const counts: number[] = [];
  for (const [value, label] of [
    ["core", "Core"],
    ["detail", "Detail"],
  ] as const) {
    await page.getByLabel("Importance").selectOption(value);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`importance=${value}`));
    const filtered = Number(await page.locator("p[aria-live] strong").textContent());
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    counts.push(filtered);
    const items = page.locator(".bank-item");
    await expect(items.first().locator(".pill", { hasText: label })).toBeVisible();
    expect(await items.locator(".pill", { hasText: new RegExp(`^${label}$`) }).count()).toBe(await items.count());
  }
  // Core questions are the bulk of the bank, details a small part.
  expect(counts[0]).toBeGreaterThan(counts[1] ?? 0);
});
