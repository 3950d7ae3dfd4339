import { expect, test } from "@playwright/test";
import { storedSession } from "../support/stored-sessions";

// Both only read (practice is opened, never answered): the demo student's stored session will do.
test.use(storedSession("student"));

test("the timeline lists events in date order with sources and questions, filters by topic, and starts practice from an event", async ({
  page,
}) => {
  await page.goto("/timeline");
  const events = page.locator(".event");
  expect(await events.count()).toBeGreaterThan(50);
  const dates = await events.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
  const sortable = dates.map((d) => d.padEnd(10, "-"));
  expect([...sortable].sort()).toEqual(sortable);
  // The earliest event (1953 ties, derived from two articles' anniversaries) may cite several sources.
  await expect(events.first().locator(".sources cite").first()).not.toBeEmpty();

  // Filter to Myanmar: fewer events, every one tagged Myanmar.
  await page
    .getByRole("navigation", { name: "Filter by topic" })
    .getByRole("link", { name: /^Myanmar/ })
    .click();
  await expect(page).toHaveURL(/topic=myanmar/);
  // The list streams in after the page's shell (a skeleton stands in): wait for it, then count.
  await expect(page.locator(".lead")).toContainText("on Myanmar");
  const filtered = await events.count();
  expect(filtered).toBeGreaterThan(2);
  for (let i = 0; i < filtered; i++) await expect(events.nth(i).locator(".tags")).toContainText("Myanmar");

  // Open one event's questions, then practise just that event.
  const first = events.first();
  await first.locator("summary").click();
  await expect(first.locator(".event-questions li").first()).toBeVisible();
  const title = (await first.locator(".event-title").textContent()) ?? "";
  await first.getByRole("link", { name: "Practise this event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Event: ${title}`);
  await expect(page.locator(".question-card")).toBeVisible();
});

test("practice can be narrowed to a topic from the timeline", async ({ page }) => {
  await page.goto("/timeline?topic=peacekeeping");
  await page.getByRole("link", { name: "Practise Peacekeeping" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topic: Peacekeeping");
  await expect(page.locator(".session-progress")).toContainText("0 of");
});
