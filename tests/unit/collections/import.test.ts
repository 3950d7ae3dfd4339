import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventsToCsv } from "@/lib/collections/csv";
import { MAX_IMPORT_BYTES, prepareImport } from "@/lib/collections/import";
import { validateCollectionFile } from "@/lib/collections/validate";

const exampleText = readFileSync("docs/collections/example-collection.json", "utf8");
const example = JSON.parse(exampleText) as Record<string, unknown> & {
  events: Record<string, unknown>[];
  sources: Record<string, unknown>[];
};

function valid() {
  const result = validateCollectionFile(example);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.document;
}

describe("collection files", () => {
  it("the documented example is valid", () => {
    expect(valid().events).toHaveLength(3);
  });

  it("lists every problem with its path, not just the first", () => {
    const broken = structuredClone(example);
    const [first, second] = broken.events as Record<string, unknown>[];
    if (!first || !second) throw new Error("example changed");
    first.actors = ["nobody-known"];
    second.date = { iso: "1969-07", precision: "day" };
    (broken.sources[0] as Record<string, unknown>).url = "javascript:alert(1)";
    const result = validateCollectionFile(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^events\[0\]\.actors\[0\]: unknown entity "nobody-known"/),
        expect.stringMatching(/^events\[1\]\.date/),
        expect.stringMatching(/^sources\[0\]\.url/),
      ]),
    );
  });

  it("refuses control characters anywhere, naming the path", () => {
    const broken = structuredClone(example);
    (broken.events[0] as Record<string, unknown>).title = "Lift\u0007off";
    const result = validateCollectionFile(broken);
    expect(result).toEqual({ ok: false, problems: ["events[0].title: contains a control character"] });
  });

  it("refuses oversized, empty and malformed files with a reason", () => {
    const big = prepareImport({ format: "json", text: " ".repeat(MAX_IMPORT_BYTES + 1) });
    expect(big.ok === false && big.problems[0]).toMatch(/more than the 2000000 allowed/);
    expect(prepareImport({ format: "json", text: "" })).toEqual({ ok: false, problems: ["(file): empty"] });
    const malformed = prepareImport({ format: "json", text: "{ not json" });
    expect(malformed.ok === false && malformed.problems[0]).toMatch(/^\(file\): not valid JSON/);
    expect(prepareImport({ format: "json", text: "[1,2]" })).toMatchObject({ ok: false });
  });

  it("the events CSV round-trips exactly, merged into the collection's sources and entities", () => {
    const document = valid();
    const csv = eventsToCsv(document.events);
    const imported = prepareImport({ format: "csv", text: csv, existing: { ...document, events: [] } });
    if (!imported.ok) throw new Error(imported.problems.join("\n"));
    expect(imported.document).toEqual(document);
    expect(eventsToCsv(imported.document.events)).toBe(csv);
  });

  it("reports CSV problems by row", () => {
    const document = valid();
    const lines = eventsToCsv(document.events).split("\r\n");
    // Row 3 (the second fact row): an unknown entity as the answer; row 4 changes its event's title.
    lines[2] = lines[2]!.replace(",entity,neil-armstrong,", ",entity,nobody-known,");
    lines[3] = lines[3]!.replace("Two astronauts walk on the Moon", "Another title");
    const result = prepareImport({ format: "csv", text: lines.join("\r\n"), existing: document });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(['row 4 title: differs from row 3 of the same event "apollo-11-landing"']);
    lines[3] = lines[3]!.replace("Another title", "Two astronauts walk on the Moon");
    const second = prepareImport({ format: "csv", text: lines.join("\r\n"), existing: document });
    expect(second.ok === false && second.problems).toEqual([
      "row 3 answer: no person, place or organisation “nobody-known” in the collection; add it on the collection's “People, places and organisations” page (or in its JSON), then upload the CSV again",
    ]);
  });

  it("a spreadsheet may name entities and sources instead of giving their ids", () => {
    const document = valid();
    const byName = new Map(document.entities.map((e) => [e.id, e.name]));
    const events = document.events.map((e) => ({
      ...e,
      actors: e.actors.map((id) => byName.get(id) ?? id),
      places: e.places.map((id) => (byName.get(id) ?? id).toUpperCase()),
      sources: e.sources.map((id) => document.sources.find((s) => s.id === id)?.title ?? id),
      facts: e.facts.map((f) =>
        f.answer.kind === "entity" ? { ...f, answer: { ...f.answer, entity: byName.get(f.answer.entity) ?? "" } } : f,
      ),
    }));
    const csv = eventsToCsv(events as typeof document.events);
    expect(csv).toContain("Neil Armstrong; Buzz Aldrin");
    const imported = prepareImport({ format: "csv", text: csv, existing: { ...document, events: [] } });
    if (!imported.ok) throw new Error(imported.problems.join("\n"));
    expect(imported.document).toEqual(document);
  });

  it("lists each entity and source the collection lacks once, with every row naming it", () => {
    const document = valid();
    const lines = eventsToCsv(document.events).split("\r\n");
    // A new person among two events' actors (every row of each), a new source for the last event.
    const edited = lines.map((line) => {
      if (line.startsWith("apollo-11-launch,") || line.startsWith("apollo-11-landing,"))
        return line.replace("neil-armstrong; buzz-aldrin", "neil-armstrong; Gene Kranz; buzz-aldrin");
      if (line.startsWith("apollo-12-landing,")) return line.replace("nasa-apollo-12-mission", "Mission report");
      return line;
    });
    lines.splice(0, lines.length, ...edited);
    const result = prepareImport({ format: "csv", text: lines.join("\r\n"), existing: document });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^rows 2, 3–5 actors: no person, place or organisation “Gene Kranz” in the collection; add it on/),
      expect.stringMatching(
        /^rows? \d+(–\d+)? sources: no source “Mission report” in the collection; add it on the collection's “Sources” page/,
      ),
    ]);
  });

  it("refuses a CSV with an unknown column or a control character", () => {
    expect(prepareImport({ format: "csv", text: "event_slug,colour\r\nx,red\r\n" })).toMatchObject({
      ok: false,
      problems: expect.arrayContaining(['row 1, column 2: unknown column "colour"']),
    });
    expect(prepareImport({ format: "csv", text: "event_slug\r\nx\u0001\r\n" })).toEqual({
      ok: false,
      problems: ["row 2: contains a control character"],
    });
  });
});
