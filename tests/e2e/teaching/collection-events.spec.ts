import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "../support/phone";
import { shoot } from "../support/screenshots";
import { newUser, signUp } from "../support/users";

test("a teacher writes an event in a form, previews its questions, saves it and adds a second fact; another teacher cannot open the form", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  const project = info.project.name;
  const slug = `river-${Date.now().toString(36)}`;
  await signUp(page, newUser("teacher"));
  await page.goto("/teach/collections");
  await page.getByText("Create a collection").click();
  await page.getByLabel("Title").fill("River town");
  await page.getByLabel("Short name (for links)").fill(slug);
  await page.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "River town" })).toBeVisible();
  const collectionUrl = page.url();

  // With no source yet, the form says so and links to the sources page.
  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New event" })).toBeVisible();
  await page.getByRole("link", { name: "Add a source first" }).click();
  const newSource = page.getByRole("region", { name: "Add a source" });
  await newSource.getByLabel("Title").fill("River office bulletin");
  await newSource.getByLabel("Publisher").fill("River office");
  await newSource.getByLabel("Publication date").fill("2024-06-02");
  await newSource.getByRole("button", { name: "Add source" }).click();
  await expect(newSource.getByRole("status")).toHaveText("Added “River office bulletin”.");

  await page.goto(`${collectionUrl}/entities`);
  const newEntity = page.getByRole("region", { name: "Add an entry" });
  for (const [name, kind] of [
    ["Mealea Pov", "person"],
    ["Rith Sam", "person"],
    ["Kratie", "city"],
  ] as const) {
    await newEntity.getByLabel("Name", { exact: true }).fill(name);
    await newEntity.getByLabel("Kind", { exact: true }).selectOption(kind);
    await newEntity.getByRole("button", { name: "Add" }).click();
    await expect(newEntity.getByRole("status")).toHaveText(`Added “${name}”.`);
  }

  // The new-event form: a name the collection lacks and a date that does not fit its precision are refused beside their fields.
  await page.goto(`${collectionUrl}/events/new`);
  await page.getByLabel("Title").fill("A river ferry opens");
  await page
    .getByLabel("Summary in your own words")
    .fill("The town opened a ferry across the river so that pupils reach school in the dry season.");
  await page.getByLabel("Kind of event").selectOption("visit");
  await page.getByLabel("Date", { exact: true }).fill("2024-05");
  await page.getByLabel("Who took part").fill("Mealea Pov; Nobody Known");
  await page.getByLabel("Where it happened").fill("Kratie");
  await page.getByLabel("Topic").selectOption("economy");
  await expect(page.getByLabel("The source it cites")).toHaveValue(/river-office-bulletin/);
  await page.getByLabel("Question", { exact: true }).fill("Who opened the river ferry in Kratie?");
  await page.getByLabel("The same fact as a sentence").fill("{answer} opened the river ferry in Kratie.");
  await page.getByLabel("The answer is").selectOption("entity");
  await page.getByLabel("Answer", { exact: true }).selectOption({ label: "Mealea Pov" });
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.locator("#new-event-actors-error")).toHaveText(
    "No entry of this collection is called “Nobody Known”. Add it under People, places and organisations first.",
  );
  await page.getByLabel("Who took part").fill("Mealea Pov");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.locator("#new-event-dateIso-error")).toHaveText("A date known to the day is written YYYY-MM-DD.");
  await page.getByLabel("Date", { exact: true }).fill("2024-05-30");

  // Preview: the questions the fact would make, before anything is saved.
  await page.getByRole("button", { name: "Preview questions" }).click();
  const panel = page.getByRole("region", { name: "Preview of the questions" });
  await expect(panel.getByRole("heading", { name: "Questions it would produce" })).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: "Who opened the river ferry in Kratie?" }).first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("A river ferry opens");
  if (project !== "desktop") await expectNoHorizontalScroll(page, "new event form");
  await shoot(page, "new-event-preview", project);
  await page.goto(collectionUrl);
  await expect(page.getByText("No events yet.")).toBeVisible();

  await page.goto(`${collectionUrl}/events/new`);
  await page.getByLabel("Title").fill("A river ferry opens");
  await page
    .getByLabel("Summary in your own words")
    .fill("The town opened a ferry across the river so that pupils reach school in the dry season.");
  await page.getByLabel("Date", { exact: true }).fill("2024-05-30");
  await page.getByLabel("Who took part").fill("Mealea Pov");
  await page.getByLabel("Where it happened").fill("Kratie");
  await page.getByLabel("Question", { exact: true }).fill("Who opened the river ferry in Kratie?");
  await page.getByLabel("The same fact as a sentence").fill("{answer} opened the river ferry in Kratie.");
  await page.getByLabel("Answer", { exact: true }).selectOption({ label: "Mealea Pov" });
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/collections/${slug}\\?added=2024-a-river-ferry-opens#event-2024-a-river-ferry-opens$`));
  await expect(page.getByRole("status").filter({ hasText: "Added “A river ferry opens”." })).toBeVisible();
  const event = page.locator("#event-2024-a-river-ferry-opens");
  await expect(event.getByRole("heading", { level: 3, name: "A river ferry opens" })).toBeVisible();

  // A second fact, a number: previewed, then added; its questions show on the collection page.
  await event.getByText("Add a fact").click();
  const addFact = event.locator("details", { has: page.getByText("Add a fact") });
  await addFact.getByLabel("Question", { exact: true }).fill("How many crossings a day does the new river ferry make?");
  await addFact.getByLabel("The same fact as a sentence").fill("The new river ferry makes {answer} a day.");
  await addFact.getByLabel("The answer is").selectOption("number");
  await addFact.getByLabel("Answer (a number)").fill("12");
  await addFact.getByRole("button", { name: "Add fact" }).click();
  await expect(addFact.locator("[id$='-unit-error']")).toHaveText("Say what the number counts, like countries or years.");
  await addFact.getByLabel("What it counts").fill("crossings");
  // A question a student could not place is previewed with its quality warning; reworded, the warning goes.
  await addFact.getByLabel("Question", { exact: true }).fill("How many crossings does it make there each day?");
  await addFact.getByLabel("The same fact as a sentence").fill("It makes {answer} there each day.");
  await addFact.getByRole("button", { name: "Preview questions" }).click();
  const addPreview = addFact.getByRole("region", { name: "Preview of the questions" });
  await expect(addPreview.getByText(/Prompt stands alone/).first()).toBeVisible();
  await shoot(page, "add-fact-warning", project);
  await addFact.getByLabel("Question", { exact: true }).fill("How many crossings a day does the new river ferry make?");
  await addFact.getByLabel("The same fact as a sentence").fill("The new river ferry makes {answer} a day.");
  await addFact.getByRole("button", { name: "Preview questions" }).click();
  await expect(addPreview.getByText("No quality warning.")).toBeVisible();
  await expect(
    addFact
      .getByRole("region", { name: "Preview of the questions" })
      .getByText("How many crossings a day does the new river ferry make?")
      .first(),
  ).toBeVisible();
  await shoot(page, "add-fact-preview", project);
  await addFact.getByRole("button", { name: "Add fact" }).click();
  await expect(addFact.getByRole("status")).toContainText("Fact added");
  await expect(event.locator(".collection-fact")).toHaveCount(2);
  const numberFact = event.locator(".collection-fact").filter({ hasText: "How many crossings a day" });
  const produced = numberFact.locator("details").first();
  await produced.locator("summary").click();
  await expect(
    produced.getByRole("listitem").filter({ hasText: "How many crossings a day does the new river ferry make?" }).first(),
  ).toBeVisible();
  if (project !== "desktop") await expectNoHorizontalScroll(page, "collection page with a new event");
  await shoot(page, "collection-with-event", project);

  // Editing the number fact into a text answer keeps it (same id), with its new answer shown.
  await numberFact.getByText("Edit this fact").click();
  await numberFact.getByLabel("The answer is").selectOption("text");
  await numberFact.getByLabel("Answer (a few words)").fill("twelve");
  await numberFact.getByLabel("Wrong answers").fill("six; twenty; forty");
  await numberFact.getByRole("button", { name: "Preview questions" }).click();
  await expect(numberFact.getByRole("region", { name: "Preview of the questions" }).getByText("unchanged id").first()).toBeVisible();
  await numberFact.getByRole("button", { name: "Save fact" }).click();
  await expect(numberFact.getByRole("status")).toContainText("Fact saved; its questions keep their ids");
  await expect(numberFact.locator("p").first()).toContainText("— twelve");

  // The quiz set editor's search offers this collection beside the built-in bank.
  await page.getByText("Build a quiz set from this collection").click();
  await page.getByLabel("Set name").fill("Ferry drill");
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Build set" }).click();
  await expect(page.getByRole("heading", { name: "Questions in this set (1)" })).toBeVisible();
  const search = page.getByRole("region", { name: "Add questions from the bank" });
  await search.getByLabel("Collection").selectOption({ label: "River town" });
  await search.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`collection=${slug}`));
  await expect(search.getByText("In the set")).toHaveCount(1);
  await search
    .getByRole("button", { name: /^Add to set/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Questions in this set (2)" })).toBeVisible();

  // Another teacher: the new-event page is "not found".
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await signUp(stranger, newUser("teacher", "stranger"));
  await stranger.goto(`${collectionUrl}/events/new`);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await other.close();
});
