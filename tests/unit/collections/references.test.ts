import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCollectionBank } from "@/lib/collections/questions";
import { deleteEntity, deleteSource, fieldProblems, resolveEntityIds, saveEntity, saveSource } from "@/lib/collections/references";
import { editEvent } from "@/lib/collections/events";
import { validateCollectionFile } from "@/lib/collections/validate";
import { DomainError } from "@/lib/errors";

const parsed = validateCollectionFile(JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8")));
if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
const document = parsed.document;
const ids = (d: typeof document) => buildCollectionBank("moon", d, { lint: false }).questions.map((q) => q.id);
const person = { kind: "person" as const, aliases: [], memberOf: [], nouns: [], traits: [] };

describe("sources and entities of a collection", () => {
  it("a new source or entity gets a free id from its name; editing keeps the id and every question id", () => {
    const added = saveSource(document, { title: "Apollo 11 mission overview", publisher: "Me", publishedOn: "2024-01-02" });
    expect(added.id).toBe("apollo-11-mission-overview");
    const again = saveSource(added.document, { title: "Apollo 11 mission overview", publisher: "Me", publishedOn: "2024-01-02" });
    expect(again.id).toBe("apollo-11-mission-overview-2");

    const renamed = saveEntity(
      document,
      { ...person, name: "Neil A. Armstrong", aliases: ["Armstrong"], role: "Commander" },
      "neil-armstrong",
    );
    expect(renamed.id).toBe("neil-armstrong");
    expect(renamed.document.entities.find((e) => e.id === "neil-armstrong")).toMatchObject({
      name: "Neil A. Armstrong",
      role: "Commander",
    });
    const checked = validateCollectionFile(renamed.document);
    expect(checked.ok).toBe(true);
    expect(ids(renamed.document)).toEqual(ids(document));

    const retitled = saveSource(
      document,
      { title: "Apollo 11, the mission", publisher: "NASA", publishedOn: "2019-07-16" },
      "nasa-apollo-11-mission",
    );
    expect(retitled.document.sources.map((s) => s.id)).toEqual(document.sources.map((s) => s.id));
    expect(ids(retitled.document)).toEqual(ids(document));
  });

  it("refuses to delete a source or an entity still in use, naming the events; deletes an unused one", () => {
    expect(() => deleteSource(document, "nasa-apollo-12-mission")).toThrow(
      "“Apollo 12 mission overview” cannot be deleted: it is still used by “A second crew lands on the Moon” (sources). Change or delete those first.",
    );
    let message = "";
    try {
      deleteEntity(document, "neil-armstrong");
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^“Neil Armstrong” cannot be deleted: it is still used by “[^”]+” \(actors\); “[^”]+” \(actors, answer of fact “first-step”\)/,
    );
    const unused = saveEntity(document, { ...person, name: "Gene Kranz" });
    expect(deleteEntity(unused.document, unused.id)).toEqual(document);
    const source = saveSource(document, { title: "A spare source", publisher: "Me", publishedOn: "2024-01-02" });
    expect(deleteSource(source.document, source.id)).toEqual(document);
  });

  it("an entity used as another's country cannot be deleted either; a long list is cut short", () => {
    expect(() => deleteEntity(document, "united-states")).toThrow(
      /still used by “Neil Armstrong” \(country\); .* and 2 more\. Change or delete those first\.$/,
    );
  });

  it("whole-document problems land beside the form's fields", () => {
    const clash = saveEntity(document, { ...person, name: "Buzz Aldrin" });
    const result = validateCollectionFile(clash.document);
    expect(result.ok).toBe(false);
    const index = clash.document.entities.findIndex((e) => e.id === clash.id);
    const { fields, rest } = fieldProblems(result.ok ? [] : result.problems, `entities[${index}]`);
    expect(fields.name).toMatch(/also names entity "buzz-aldrin"/);
    expect(rest).toEqual([]);
  });

  it("names typed in a form resolve by id, name or alias, accents and case aside", () => {
    expect(resolveEntityIds(document, ["nasa", "neil armstrong", "Nobody"])).toEqual({
      ids: ["nasa", "neil-armstrong"],
      unknown: ["Nobody"],
    });
  });
});

describe("an event's people and places, edited by name", () => {
  it("takes the resolved ids; a place named as a venue leaves the discussed list", () => {
    const event = document.events.find((e) => e.slug === "apollo-11-landing");
    if (!event) throw new Error("example changed");
    const { ids: actors } = resolveEntityIds(document, ["Neil Armstrong", "buzz aldrin", "NASA"]);
    const withDiscussed = { ...document, events: document.events.map((e) => (e === event ? { ...e, discussed: ["sea-of-serenity"] } : e)) };
    const edited = editEvent(withDiscussed, {
      eventSlug: event.slug,
      title: event.title,
      ...(event.name ? { name: event.name } : {}),
      summary: event.summary,
      kind: event.kind,
      dateIso: event.date.iso,
      precision: event.date.precision,
      tag: event.tags[0] ?? "history",
      actors,
      places: ["sea-of-tranquility", "sea-of-serenity"],
      discussed: ["sea-of-serenity"],
      numbers: [],
      sourceId: event.sources[0] ?? "",
    });
    const after = edited.events.find((e) => e.slug === event.slug);
    expect(after?.actors).toEqual(["neil-armstrong", "buzz-aldrin", "nasa"]);
    expect(after?.places).toEqual(["sea-of-tranquility", "sea-of-serenity"]);
    expect(after?.discussed).toEqual([]);
    expect(validateCollectionFile(edited).ok).toBe(true);
  });
});
