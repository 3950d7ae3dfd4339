import { expect, test } from "@playwright/test";
import { newUser, signUp } from "../support/users";

test("a teacher reorders, removes and adds questions, renames, duplicates and deletes a set", async ({ page }) => {
  test.setTimeout(90_000);
  await signUp(page, newUser("teacher"));
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill("Editing drill");
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (3)" })).toBeVisible();

  const items = page.locator("ol.set-items > li");
  const prompts = items.locator(".set-item-head > span:last-child");
  const [a, b, c] = await prompts.allTextContents();

  await items
    .nth(0)
    .getByRole("button", { name: /^Move down/ })
    .click();
  await expect(prompts).toHaveText([b ?? "", a ?? "", c ?? ""]);
  await items
    .nth(1)
    .getByRole("button", { name: /^Move up/ })
    .click();
  await expect(prompts).toHaveText([a ?? "", b ?? "", c ?? ""]);

  await items
    .nth(2)
    .getByRole("button", { name: /^Remove/ })
    .click();
  await expect(page.getByRole("heading", { name: "Questions in this set (2)" })).toBeVisible();
  await expect(prompts).toHaveText([a ?? "", b ?? ""]);
  await page
    .getByRole("button", { name: /^Add to set/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Questions in this set (3)" })).toBeVisible();

  await page.getByLabel("Set name").fill("Renamed drill");
  await page.getByRole("button", { name: "Rename" }).click();
  // The form's notice: a loading skeleton (also a status) may be on the page while it refreshes.
  await expect(page.getByRole("status").and(page.locator(".notice"))).toHaveText("Set renamed.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renamed drill");

  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Copy of Renamed drill");
  await expect(page.getByRole("heading", { name: "Questions in this set (3)" })).toBeVisible();
  await page.getByRole("button", { name: "Delete set" }).click();
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole("link", { name: /Renamed drill/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: /Copy of Renamed drill/ })).toHaveCount(0);
});
