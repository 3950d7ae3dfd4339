import { describe, expect, it } from "vitest";
import { dataset, loadDataset } from "@/db/seed/dataset";
import { datasetSchema } from "@/lib/events/schema";
import { validateDataset } from "@/lib/events/validate";

/** Events before 1991 (or after 2023) must be explicit history. */
const FIRST_YEAR = 1991;
const LAST_YEAR = 2023;

describe("the event dataset", () => {
  const data = loadDataset();
  const facts = data.events.flatMap((e) => e.facts);

  it("validates: schema and every cross-reference", () => {
    expect(() => validateDataset(dataset)).not.toThrow();
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it("is loaded once and cached", () => {
    expect(loadDataset()).toBe(data);
  });

  it("has the expected size", () => {
    expect(data.sources.length).toBeGreaterThanOrEqual(5);
    expect(data.events.length).toBeGreaterThanOrEqual(70);
    expect(facts.length).toBeGreaterThanOrEqual(150);
  });

  it("cites every source from some event, and each source's seed file once", () => {
    const cited = new Set(data.events.flatMap((e) => e.sources));
    for (const source of data.sources) expect(cited, `source ${source.id} is never cited`).toContain(source.id);
    const files = data.sources.map((s) => s.seedFile);
    expect(new Set(files).size).toBe(files.length);
  });

  it("explains every publication date it had to infer", () => {
    for (const source of data.sources) {
      expect(source.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const inferred = data.sources.filter((s) => s.publishedOnNote !== undefined);
    expect(inferred.length).toBeGreaterThan(0);
    for (const source of inferred) expect(source.publishedOnNote?.length ?? 0).toBeGreaterThan(40);
  });

  it(`dates every event within ${FIRST_YEAR}–${LAST_YEAR}, except explicit history`, () => {
    for (const event of data.events) {
      const year = Number(event.date.iso.slice(0, 4));
      if (year >= FIRST_YEAR && year <= LAST_YEAR) continue;
      expect(event.tags, `${event.slug} (${event.date.iso}) is outside ${FIRST_YEAR}–${LAST_YEAR} but not tagged history`).toContain(
        "history",
      );
      expect(year, `${event.slug} is in the future`).toBeLessThanOrEqual(LAST_YEAR);
    }
  });

  it("dates no event after the article it comes from", () => {
    const published = new Map(data.sources.map((s) => [s.id, s.publishedOn]));
    for (const event of data.events) {
      const latest =
        event.sources
          .map((id) => published.get(id) ?? "")
          .sort()
          .at(-1) ?? "";
      const comparable = latest.slice(0, event.date.iso.length);
      if (event.date.iso <= comparable) continue;
      // Only what an article announces as coming (the November 2022 summits, 2023's anniversary…) may be later.
      expect(event.date.note ?? "", `${event.slug} (${event.date.iso}) is after its latest source (${latest})`).toContain(
        "announced in advance",
      );
    }
  });

  it("notes how every relative or derived date was resolved", () => {
    const noteless = data.events.filter((e) => e.date.note === undefined && e.date.precision !== "year");
    expect(noteless.map((e) => e.slug)).toEqual([]);
  });

  it("asks every answer kind, with enough of each", () => {
    const byKind = (kind: string) => facts.filter((f) => f.answer.kind === kind).length;
    expect(byKind("entity")).toBeGreaterThanOrEqual(60);
    expect(byKind("date")).toBeGreaterThanOrEqual(20);
    expect(byKind("number")).toBeGreaterThanOrEqual(20);
    expect(byKind("text")).toBeGreaterThanOrEqual(30);
  });

  it("gives every person a role and a group, and every entity a description", () => {
    for (const entity of data.entities) {
      expect(entity.description, `${entity.id} has no description`).toBeTruthy();
      if (entity.kind !== "person") continue;
      expect(entity.role, `${entity.id} has no role`).toBeTruthy();
      expect(entity.group, `${entity.id} has no group`).toBeTruthy();
      expect(entity.country, `${entity.id} has no country`).toBeTruthy();
    }
  });

  it("makes every person, agreement, ship and programme askable (the answer to some fact)", () => {
    const answered = new Set(facts.flatMap((f) => [f.answer, ...f.alsoCorrect]).flatMap((a) => (a.kind === "entity" ? [a.entity] : [])));
    const mustBeAsked = data.entities.filter((e) => ["person", "agreement", "ship", "programme"].includes(e.kind));
    expect(mustBeAsked.filter((e) => !answered.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it("uses every entity somewhere (actor, place or answer)", () => {
    const used = new Set([
      ...data.events.flatMap((e) => [...e.actors, ...e.places]),
      ...facts.flatMap((f) => [f.answer, ...f.alsoCorrect]).flatMap((a) => (a.kind === "entity" ? [a.entity] : [])),
    ]);
    // Cities the articles name only as stand-ins for governments ("Beijing", "Moscow") serve as distractors.
    const distractorOnly = new Set(["beijing", "moscow"]);
    expect(data.entities.filter((e) => !used.has(e.id) && !distractorOnly.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it("keeps event titles unique and free of years (they are matched with years)", () => {
    const titles = data.events.map((e) => e.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    for (const event of data.events) expect(event.title, event.slug).not.toMatch(/\b(?:19|20)\d{2}\b/);
  });

  it("writes statements that put a date after 'in' or 'on' to suit its precision", () => {
    for (const event of data.events) {
      for (const fact of event.facts) {
        if (fact.answer.kind !== "date") continue;
        const before = fact.statement.slice(0, fact.statement.indexOf("{answer}")).trimEnd();
        const preposition = before.split(/\s+/).at(-1);
        if (preposition !== "in" && preposition !== "on") continue;
        const expected = fact.answer.date.precision === "day" ? "on" : "in";
        expect(preposition, `${event.slug}/${fact.id}: "${fact.statement}"`).toBe(expected);
      }
    }
  });
});
