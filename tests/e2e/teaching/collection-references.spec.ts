import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "../support/phone";
import { shoot } from "../support/screenshots";
import { newUser, signUp } from "../support/users";

// A made-up spreadsheet for this test: people, places and the source are named, not given by id.
const CSV = [
  "event_slug,date,kind,title,summary,actors,places,tags,sources,fact_id,ask,question,statement,answer_kind,answer,importance",
  "ferry-terminal-opens,2024-05-09,visit,A ferry terminal opens,The mayor opened a new terminal for the island ferries.,Dara Chan,Kampot,economy,Harbour log,who,who,Who opened the new ferry terminal?,{answer} opened the new ferry terminal.,entity,Dara Chan,core",
  "ferry-terminal-opens,2024-05-09,visit,A ferry terminal opens,The mayor opened a new terminal for the island ferries.,Dara Chan,Kampot,economy,Harbour log,when,when,When did the new ferry terminal open?,The new ferry terminal opened on {answer}.,date,2024-05-09,core",
].join("\r\n");

test("a teacher adds sources and people in forms, imports a CSV naming them, and picks the collection on the timeline and in the bank; another teacher sees none of it", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  const project = info.project.name;
  const slug = `harbour-refs-${Date.now().toString(36)}`;
  await signUp(page, newUser("teacher"));
  await page.goto("/teach/collections");
  await page.getByText("Create a collection").click();
  await page.getByLabel("Title").fill("Harbour town records");
  await page.getByLabel("Short name (for links)").fill(slug);
  await page.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour town records" })).toBeVisible();
  const collectionUrl = page.url();

  // Sources: a bad address and a missing title are refused beside their fields, and nothing is saved.
  await page.getByRole("link", { name: "Sources (0)" }).click();
  const newSource = page.getByRole("region", { name: "Add a source" });
  await newSource.getByLabel("Publisher").fill("Harbour office");
  await newSource.getByLabel("Publication date").fill("2024-05-13");
  await newSource.getByLabel("Web address (optional)").fill("ftp://example.org/log");
  await newSource.getByRole("button", { name: "Add source" }).click();
  await expect(newSource.locator("#source-new-title-error")).toHaveText("Enter the title.");
  await expect(newSource.locator("#source-new-url-error")).toContainText("http:// or https://");
  await expect(page.getByRole("heading", { level: 2, name: "0 sources" })).toBeVisible();
  await newSource.getByLabel("Title").fill("Harbour log");
  await newSource.getByLabel("Web address (optional)").fill("https://example.org/log");
  await newSource.getByRole("button", { name: "Add source" }).click();
  await expect(newSource.getByRole("status")).toHaveText("Added “Harbour log”.");
  await expect(page.getByRole("heading", { level: 3, name: "Harbour log" })).toBeVisible();
  await shoot(page, "sources", project);

  // People, places and organisations: a country, then a person in it; a second "Dara Chan" is refused beside the name.
  await page.goto(`${collectionUrl}/entities`);
  const newEntity = page.getByRole("region", { name: "Add an entry" });
  await newEntity.getByLabel("Name", { exact: true }).fill("Cambodia");
  await newEntity.getByLabel("Kind", { exact: true }).selectOption("country");
  await newEntity.getByRole("button", { name: "Add" }).click();
  await expect(newEntity.getByRole("status")).toHaveText("Added “Cambodia”.");
  await newEntity.getByLabel("Name", { exact: true }).fill("Dara Chan");
  await newEntity.getByLabel("Kind", { exact: true }).selectOption("person");
  await newEntity.getByLabel("Role (optional)").fill("Mayor of Kampot");
  await newEntity.getByLabel("Country (optional)").selectOption({ label: "Cambodia" });
  await newEntity.getByRole("button", { name: "Add" }).click();
  await expect(newEntity.getByRole("status")).toHaveText("Added “Dara Chan”.");
  await newEntity.getByLabel("Name", { exact: true }).fill("dara chan");
  await newEntity.getByRole("button", { name: "Add" }).click();
  await expect(newEntity.locator("#entity-new-name-error")).toContainText('also names entity "dara-chan"');
  await expect(page.getByRole("heading", { level: 2, name: "2 entries" })).toBeVisible();
  await shoot(page, "entities", project);

  // The CSV names Kampot, which the collection lacks: listed with its row, nothing saved; added, the upload goes through.
  const upload = async () => {
    await page.goto(collectionUrl);
    await page.getByText("Replace or add events from a file").click();
    await page.getByLabel("JSON or CSV file").setInputFiles({ name: "harbour.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByRole("button", { name: "Upload" }).click();
  };
  await upload();
  await expect(page.getByText("The file has 1 problem; nothing was saved.")).toBeVisible();
  await expect(page.locator(".upload-problems li")).toHaveText([
    /^rows 2–3 places: no person, place or organisation “Kampot” in the collection; add it on the collection's “People, places and organisations” page/,
  ]);
  await page.goto(`${collectionUrl}/entities`);
  await newEntity.getByLabel("Name", { exact: true }).fill("Kampot");
  await newEntity.getByLabel("Kind", { exact: true }).selectOption("city");
  await newEntity.getByRole("button", { name: "Add" }).click();
  await expect(newEntity.getByRole("status")).toHaveText("Added “Kampot”.");
  await upload();
  await expect(page.getByText(/^Collection updated: 1 events, \d+ questions\.$/)).toBeVisible();
  await page.goto(collectionUrl);
  await expect(page.getByRole("heading", { level: 3, name: "A ferry terminal opens" })).toBeVisible();
  await shoot(page, "collection", project);

  // Deleting what the event uses is refused, naming the event.
  await page.goto(`${collectionUrl}/entities`);
  const dara = page.locator(".reference-item").filter({ has: page.getByRole("heading", { name: "Dara Chan" }) });
  await dara.locator("summary").first().click();
  await dara.getByRole("button", { name: "Delete Dara Chan" }).click();
  await expect(dara.getByRole("alert")).toHaveText(
    "“Dara Chan” cannot be deleted: it is still used by “A ferry terminal opens” (actors, answer of fact “who”). Change or delete those first.",
  );
  await shoot(page, "entities-refused", project);

  // The event's people are edited by name; a name the collection lacks is refused beside the field.
  await page.goto(collectionUrl);
  await page.getByText("Edit this event").click();
  await expect(page.getByLabel("Who took part")).toHaveValue("Dara Chan");
  // Beside the form, the event as its timeline entry reads to students, redrawn as the teacher types.
  const preview = page.getByRole("region", { name: "Preview: how students will see it on the timeline" });
  const entryText = async (entry: typeof preview) =>
    Promise.all([".event-date", ".event-title", ".event-people", ".tags"].map((part) => entry.locator(part).allInnerTexts()));
  await expect(preview.getByRole("heading", { name: "A ferry terminal opens" })).toBeVisible();
  await expect(preview.locator(".event-date")).toHaveText("9 May 2024");
  await expect(preview.locator(".event-people")).toHaveText(["Who: Dara Chan", "Where: Kampot"]);
  const savedEntry = await entryText(preview);
  await page.getByLabel("Title").fill("A new ferry terminal opens");
  await expect(preview.getByRole("heading", { name: "A new ferry terminal opens" })).toBeVisible();
  await page.getByLabel("Date", { exact: true }).fill("2024-05");
  await expect(preview.locator(".event-date")).toHaveText("A date known to the day is written YYYY-MM-DD.");
  await page.getByLabel("The date is known to the").selectOption("month");
  await expect(preview.locator(".event-date")).toHaveText("May 2024");
  await page.getByLabel("Kind of event").selectOption("background");
  await expect(preview.locator(".event-kind")).toHaveText("background");
  await page.getByLabel("Topic", { exact: true }).selectOption("maritime");
  await expect(preview.locator(".tags")).toHaveText("Maritime");
  // Read before saving: on a phone the preview comes between the fields and Save; at desktop it is beside the fields.
  const [previewBox, saveBox] = await Promise.all([preview.boundingBox(), page.getByRole("button", { name: "Save event" }).boundingBox()]);
  if (!previewBox || !saveBox) throw new Error("the preview or Save is not drawn");
  if (project === "desktop") expect(previewBox.x, "preview beside the form").toBeGreaterThanOrEqual(saveBox.x + saveBox.width);
  else expect(previewBox.y + previewBox.height, "preview above Save").toBeLessThanOrEqual(saveBox.y);
  if (project !== "desktop") await expectNoHorizontalScroll(page, "edit-event form with its preview");
  await expectNoAxeViolations(page, "edit-event form with its preview");
  await shoot(page, "edit-event-preview", project);
  await page.getByLabel("Who took part").fill("dara chan; Sok Lina");
  await expect(preview.locator(".event-people").first()).toHaveText("Who: Dara Chan");
  await expect(preview.getByText("Not in this collection yet: “Sok Lina”.")).toBeVisible();
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.locator("#edit-ferry-terminal-opens-actors-error")).toHaveText(
    "No entry of this collection is called “Sok Lina”. Add it under People, places and organisations first.",
  );

  // The timeline and the bank offer the collection.
  await page.goto("/timeline");
  await page.getByLabel("Collection").selectOption({ label: "Harbour town records" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "A ferry terminal opens" })).toBeVisible();
  await expect(page.getByText("1 event of “Harbour town records”")).toBeVisible();
  // The preview of the saved event read exactly as its timeline entry does.
  expect(await entryText(page.locator(".timeline .event").first())).toEqual(savedEntry);
  if (project !== "desktop") await expectNoHorizontalScroll(page, "timeline of a collection");
  await shoot(page, "timeline", project);
  await page.goto("/teach/questions");
  await page.getByLabel("Collection").selectOption({ label: "Harbour town records" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.locator(".bank-prompt").first()).toContainText(/ferry terminal/);
  await page.getByLabel("Event").selectOption({ label: "2024-05-09 · A ferry terminal opens" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`collection=${slug}`));
  await expect(page.locator(".bank-prompt").first()).toContainText(/ferry terminal/);
  if (project !== "desktop") await expectNoHorizontalScroll(page, "question bank of a collection");
  await shoot(page, "bank", project);

  // Another teacher: the forms are "not found", and neither page offers or shows the collection.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await signUp(stranger, newUser("teacher", "stranger"));
  for (const sub of ["sources", "entities"]) {
    await stranger.goto(`${collectionUrl}/${sub}`);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  await stranger.goto(`/timeline?collection=${slug}`);
  await expect(stranger.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(stranger.locator(".timeline .event").first()).toBeVisible();
  await expect(stranger.getByText("A ferry terminal opens")).toHaveCount(0);
  await expect(stranger.getByLabel("Collection")).toHaveCount(0);
  await stranger.goto(`/teach/questions?collection=${slug}`);
  await expect(stranger.locator(".bank-prompt").first()).toBeVisible();
  await expect(stranger.getByText(/ferry terminal/)).toHaveCount(0);
  await other.close();
});
