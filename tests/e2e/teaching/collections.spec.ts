import { expect, test } from "@playwright/test";
import { PHONES } from "../support/phone";
import { answerCurrentQuestion } from "../support/quiz";
import { newUser, signUp } from "../support/users";

// A made-up article written for this test.
const ARTICLE = {
  title: "Harbour town opens a ferry terminal",
  publisher: "Test Coast News",
  publishedOn: "2024-05-13",
  text:
    "Mayor Dara Chan opened the new ferry terminal in Kampot on Thursday. " +
    "The Coastal Shipping Council approved a second ferry route last year. " +
    "Engineers from the Asian Development Bank will inspect the old pier in September.",
};

const ACCEPT = [
  { title: "A new ferry terminal opens", summary: "The town's mayor opened a terminal for the ferries that cross to the islands." },
  { title: "A second ferry route is approved", summary: "The council that oversees coastal shipping approved another ferry route." },
  {
    title: "An inspection of the old pier is planned",
    summary: "Engineers sent by a development bank are due to check whether the pier is safe.",
  },
];

test("a teacher turns an article into three events, builds a set and assigns it; a student practises it on a phone; another teacher cannot open the collection", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const slug = `harbour-${Date.now().toString(36)}`;
  await signUp(page, newUser("teacher"));

  await page
    .getByRole("link", { name: /Collections/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  await page.getByText("Create a collection").click();
  await page.getByLabel("Title").fill("Harbour town");
  await page.getByLabel("Short name (for links)").fill(slug);
  await page.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour town" })).toBeVisible();
  const collectionUrl = page.url();

  await page.getByRole("link", { name: "Add events from an article" }).click();
  await page.getByLabel("Article title").fill(ARTICLE.title);
  await page.getByLabel("Publisher").fill(ARTICLE.publisher);
  await page.getByLabel("Publication date").fill(ARTICLE.publishedOn);
  await page.getByLabel("Article text").fill(ARTICLE.text);
  await page.getByRole("button", { name: "Find events" }).click();
  await expect(page.getByText("3 candidate events found. Accept, edit or reject each.")).toBeVisible();

  // Each candidate shows its sentence with the date and names highlighted, and the date resolved against 13 May 2024.
  const candidates = page.locator(".candidate");
  await expect(candidates).toHaveCount(3);
  await expect(candidates.nth(0).locator("mark.hl-date")).toHaveText("on Thursday");
  await expect(candidates.nth(0).locator("mark.hl-person")).toHaveText("Dara Chan");
  await expect(candidates.nth(0).getByLabel(/^Date/)).toHaveValue("2024-05-09");
  await expect(candidates.nth(1).getByLabel(/^Date/)).toHaveValue("2023");
  await expect(candidates.nth(2).getByLabel(/^Date/)).toHaveValue("2024-09");
  await expect(candidates.nth(2).getByLabel(/^Organisations/)).toHaveValue("Asian Development Bank");

  // Nothing is saved before acceptance (looked at from a second tab, the candidates staying open here).
  const check = await page.context().newPage();
  await check.goto(collectionUrl);
  await expect(check.getByText("No events yet.")).toBeVisible();
  await check.close();

  for (const [i, edit] of ACCEPT.entries()) {
    const card = candidates.nth(i);
    await card.getByLabel("Title").fill(edit.title);
    await card.getByLabel("Summary in your own words").fill(edit.summary);
    await card.getByRole("button", { name: "Accept" }).click();
    await expect(card.getByRole("status")).toContainText(`Added “${edit.title}”`);
  }

  await page.goto(collectionUrl);
  for (const edit of ACCEPT) await expect(page.getByRole("heading", { level: 3, name: edit.title })).toBeVisible();
  await expect(page.getByText(/^Date: "on Thursday" read as the Thursday before the publication date/)).toBeVisible();

  await page.getByText("Build a quiz set from this collection").click();
  await page.getByLabel("Set name").fill("Harbour basics");
  await page.getByLabel("Number of questions").fill("4");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (4)" })).toBeVisible();

  await page.goto("/teach");
  await page.getByLabel("New class name").fill("Harbour class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour class");
  const code = ((await page.getByTestId("join-code").textContent()) ?? "").trim();
  await page.getByLabel("Quiz set").selectOption({ label: "Harbour basics (4 questions)" });
  await page.getByLabel("Due").fill(`${new Date().getFullYear() + 1}-06-01T09:00`);
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("Assigned. Students see it on their home page now.")).toBeVisible();

  // A student on a phone practises the assignment.
  const phone = await browser.newContext({ viewport: PHONES.common, isMobile: true, hasTouch: true });
  const student = await phone.newPage();
  await signUp(student, newUser("student"));
  await student.getByLabel("Class code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(/^You joined/)).toBeVisible();
  await student.getByRole("link", { name: /Harbour basics/ }).click();
  await expect(student.locator(".question-card")).toBeVisible();
  await expect(student.locator(".question-card")).toContainText(/ferry|pier|Dara Chan|Kampot|Council|Bank/);
  await answerCurrentQuestion(student);
  await expect(student.getByRole("button", { name: /Next question|See summary|Finish/ })).toBeVisible();
  await phone.close();

  // Another teacher: the collection, its article page and its export are all "not found".
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await signUp(stranger, newUser("teacher", "stranger"));
  await stranger.goto(collectionUrl);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await stranger.goto(`${collectionUrl}/article`);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect((await stranger.request.get(`${collectionUrl}/export.json`)).status()).toBe(404);
  await stranger.goto("/teach/collections");
  await expect(stranger.getByText("Harbour town")).toHaveCount(0);
  await other.close();
});

test("a malformed upload lists its problems and saves nothing; control characters in an article are refused", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("teacher"));
  await page.goto("/teach/collections");
  await page.getByText("Upload a JSON or CSV file").click();
  await page.getByLabel("Collection short name").fill("broken-upload");
  const broken = {
    sources: [{ id: "s", title: "A source", publisher: "Me", publishedOn: "2024-01-01" }],
    entities: [],
    events: [
      {
        slug: "e",
        date: { iso: "2024", precision: "year" },
        kind: "meeting",
        title: "Hello there",
        summary: "short",
        tags: ["history"],
        sources: ["nope"],
        facts: [],
      },
    ],
  };
  await page
    .getByLabel("JSON or CSV file")
    .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("The file has 3 problems; nothing was saved.")).toBeVisible();
  await expect(page.locator(".upload-problems li")).toHaveText([
    /^events\[0\]\.summary: /,
    /^events\[0\]\.facts: /,
    'events[0].sources[0]: unknown source "nope" (event "e")',
  ]);
  await page.goto("/teach/collections/broken-upload");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");

  await page.goto("/teach/collections");
  await page.getByText("Create a collection").click();
  await page.getByLabel("Title").fill("Control test");
  const slug = `ctl-${Date.now().toString(36)}`;
  await page.getByLabel("Short name (for links)").fill(slug);
  await page.getByRole("button", { name: "Create collection" }).click();
  await page.goto(`/teach/collections/${slug}/article`);
  await page.getByLabel("Article title").fill("A test article");
  await page.getByLabel("Publisher").fill("Test");
  await page.getByLabel("Publication date").fill("2024-01-10");
  await page.getByLabel("Article text").fill("The mayor spoke on Sunday.\u0007 Then she left.");
  await page.getByRole("button", { name: "Find events" }).click();
  await expect(page.locator("#article-text-error")).toContainText("control character");
  await expect(page.locator(".candidate")).toHaveCount(0);
});
