import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { previewEvent, type EventPreviewInput } from "@/lib/collections/event-preview";
import { validateCollectionFile } from "@/lib/collections/validate";

const parsed = validateCollectionFile(JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8")));
if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
const document = parsed.document;

const entities = [
  { id: "hun-sen", name: "Hun Sen", aliases: ["Samdech Hun Sen"] },
  { id: "phnom-penh", name: "Phnom Penh", aliases: [] },
  { id: "asean", name: "ASEAN", aliases: ["Association of Southeast Asian Nations"] },
];
const typed: EventPreviewInput = {
  title: "  A summit  ",
  summary: "Leaders met.",
  kind: "meeting",
  dateIso: "2022-11-12",
  precision: "day",
  actors: "",
  places: "",
};

describe("the edit-event preview", () => {
  it("shows an unchanged form exactly as the timeline shows the saved event, for every event of the example collection", () => {
    const name = new Map(document.entities.map((e) => [e.id, e.name]));
    // The form's starting values, written as the collection page writes them.
    const names = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? id).join("; ");
    expect(document.events.length).toBeGreaterThan(0);
    for (const event of document.events) {
      const preview = previewEvent(document, {
        title: event.title,
        summary: event.summary,
        kind: event.kind,
        dateIso: event.date.iso,
        precision: event.date.precision,
        actors: names(event.actors),
        places: names(event.places),
      });
      expect(preview, event.slug).toEqual({
        title: event.title,
        summary: event.summary,
        background: event.kind === "background",
        date: { iso: event.date.iso, precision: event.date.precision },
        dateProblem: null,
        actors: event.actors.map((id) => name.get(id)),
        places: event.places.map((id) => name.get(id)),
        unknown: [],
      });
    }
  });

  it("gives the collection's names for names typed by alias, in any case or accent, once each, and lists the unknown ones", () => {
    const preview = previewEvent(
      { entities },
      { ...typed, actors: "samdech hun sen; Hun Sen ;; asean; Nobody", places: "PHNÔM PENH; Atlantis" },
    );
    expect(preview.actors).toEqual(["Hun Sen", "ASEAN"]);
    expect(preview.places).toEqual(["Phnom Penh"]);
    expect(preview.unknown).toEqual(["Nobody", "Atlantis"]);
  });

  it("says why a date the save would refuse is not shown, with the save's own message", () => {
    const date = (dateIso: string, precision: string) => previewEvent({ entities }, { ...typed, dateIso, precision });
    expect(date(" 2022-11 ", "month")).toMatchObject({ date: { iso: "2022-11", precision: "month" }, dateProblem: null });
    expect(date("2022-11", "day")).toMatchObject({ date: null, dateProblem: "A date known to the day is written YYYY-MM-DD." });
    expect(date("2023-02-29", "day")).toMatchObject({ date: null, dateProblem: "That date does not exist." });
    expect(date("12/11/2022", "day")).toMatchObject({ date: null, dateProblem: "Enter the date as YYYY, YYYY-MM or YYYY-MM-DD." });
    expect(date("", "day")).toMatchObject({ date: null, dateProblem: "Enter the date." });
    expect(date("2022", "week")).toMatchObject({ date: null, dateProblem: "Choose how precisely the date is known." });
  });

  it("trims the title and summary and marks a standing fact as background", () => {
    expect(previewEvent({ entities }, typed)).toMatchObject({ title: "A summit", background: false });
    expect(previewEvent({ entities }, { ...typed, kind: "background" }).background).toBe(true);
  });
});
