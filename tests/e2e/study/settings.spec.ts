/**
 * Study settings: the daily new-item count changes the next session, and the workload forecast
 * moves with the desired retention before anything is saved.
 */
import { expect, test } from "@playwright/test";
import { newUser, signUp } from "../support/users";

test("a lower new-items-per-day limit shows in the next session", async ({ page }) => {
  await signUp(page, newUser("student"));
  await expect(page.locator(".today-counts")).toContainText("20 new");

  await page.goto("/study/settings");
  await page.getByLabel("New questions per day").fill("4");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. Your next session uses them.")).toBeVisible();

  await page.goto("/study");
  await expect(page.locator(".today-counts")).toContainText("4 new");
  // The flashcard session holds exactly those four.
  await page.goto("/study/practice?mode=flashcard");
  await expect(page.getByText(/of 4\b/).first()).toBeVisible();

  // Out of range: refused beside the field, nothing saved.
  await page.goto("/study/settings");
  await page.getByLabel("New questions per day").fill("500");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("New cards per day must be at most 200.")).toBeVisible();
  await page.goto("/study");
  await expect(page.locator(".today-counts")).toContainText("4 new");
});

test("the forecast moves when the desired retention moves", async ({ page }) => {
  await signUp(page, newUser("student"));
  await page.goto("/study/settings");
  const total = page.getByTestId("forecast-total");
  await expect(total).toBeVisible();
  const slider = page.getByLabel(/Desired retention/);
  await slider.fill("97");
  await expect(page.getByTestId("forecast-summary")).toContainText("at 97%");
  const high = Number(await total.textContent());
  await slider.fill("70");
  await expect(page.getByTestId("forecast-summary")).toContainText("at 70%");
  const low = Number(await total.textContent());
  expect(high).toBeGreaterThan(low);

  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. Your next session uses them.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("forecast-summary")).toContainText("at 70%");
});
