/**
 * Hostile requests get a 4xx or a message, never a 500, and change nothing: a NUL in a class
 * name, an impossible due date, a cross-origin action call, an oversized body, a broken
 * %-escape; and another teacher's assigned set is simply not found.
 */
import { expect, test, type Page } from "@playwright/test";
import { captureActionPost, postAction } from "../support/actions";
import { newUser, signUp } from "../support/users";

async function createClass(page: Page, name: string): Promise<void> {
  await page.getByLabel("New class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

const swap = (body: Buffer, from: string, to: string) =>
  Buffer.from(body.toString("latin1").replace(from, Buffer.from(to).toString("latin1")), "latin1");

test("NUL bytes, impossible dates, other origins and huge bodies are refused with a 4xx or a message", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("teacher"));
  await createClass(page, "Hostile check");
  const rename = await captureActionPost(page, async () => {
    await page.getByLabel("Class name").fill("Placeholder name");
    await page.getByRole("button", { name: "Rename" }).click();
  });
  const contentType = rename.headers["content-type"] ?? "";

  const nul = await postAction(page.request, rename, { contentType, data: swap(rename.body, "Placeholder name", "Bad\u0000name") });
  expect(nul.status).toBe(200);
  expect(nul.text).toContain("This text contains a character that cannot be saved");

  const crossOrigin = await page.request.post(rename.url, {
    headers: { ...rename.headers, origin: "https://evil.example" },
    data: rename.body,
    maxRedirects: 0,
  });
  expect(crossOrigin.status()).toBe(403);

  const huge = await page.request.post(rename.url, {
    headers: { ...rename.headers, "content-type": "text/plain;charset=UTF-8", origin: new URL(rename.url).origin },
    data: `["${"x".repeat(1_100_000)}"]`,
    maxRedirects: 0,
  });
  expect(huge.status()).toBe(413);

  const undecodable = await postAction(page.request, rename, { contentType: "text/plain;charset=UTF-8", data: "not json" });
  expect(undecodable.status).toBe(400);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hostile check");

  // An impossible due date: a message beside the field, nothing assigned.
  await page.goto("/teach");
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill("Date check");
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (2)" })).toBeVisible();
  await page.goto("/teach");
  await page.getByRole("link", { name: /Hostile check/ }).click();
  const assign = await captureActionPost(page, async () => {
    await page.getByLabel("Due").fill("2031-06-01T09:00");
    await page.getByRole("button", { name: "Assign to class" }).click();
  });
  const badDate = await postAction(page.request, assign, {
    contentType: assign.headers["content-type"] ?? "",
    data: swap(assign.body, "2031-06-01T09:00", "2099-13-45T99:99"),
  });
  expect(badDate.status).toBe(200);
  expect(badDate.text).toContain("That date does not exist.");
  await page.reload();
  await expect(page.getByText("Nothing assigned yet.")).toBeVisible();

  for (const path of ["/join/%E0%A4%A", "/teach/classes/%", "/api/study/queue?topic=%E0%A4%A"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBeLessThan(500);
  }
});

test("another teacher deleting an assigned set gets not-found, and learns nothing about it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("teacher"));
  await page.getByText("Build a new set").click();
  await page.getByLabel("Set name").fill("Assigned elsewhere");
  await page.getByLabel("Topic").selectOption("peacekeeping");
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (2)" })).toBeVisible();
  const setUrl = page.url();
  await page.goto("/teach");
  await createClass(page, "Owner's class");
  await page.getByLabel("Due").fill(`${new Date().getFullYear() + 1}-06-01T09:00`);
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Assigned. Students see it on their home page now.")).toBeVisible();
  await page.goto(setUrl);
  const deleteSet = await captureActionPost(page, () => page.getByRole("button", { name: "Delete set" }).click());

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder, newUser("teacher"));
  const answer = await postAction(intruder.request, deleteSet);
  expect(answer.status).toBe(404);
  expect(answer.text).not.toContain("assigned to a class");
  await intruderContext.close();

  // The owner is told why the set stays.
  expect((await postAction(page.request, deleteSet)).text).toContain("This set is assigned to a class. Remove the assignment first.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assigned elsewhere");
});
