import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deleteFact, editEvent, editFact } from "@/lib/collections/edit";
import { addArticleEvent } from "@/lib/collections/from-article";
import { buildCollectionBank, questionsByFact } from "@/lib/collections/questions";
import { validateCollectionFile } from "@/lib/collections/validate";
import { DomainError } from "@/lib/errors";

const parsed = validateCollectionFile(JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8")));
if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
const document = parsed.document;
const ids = (d: typeof document) => buildCollectionBank("moon", d, { lint: false }).questions.map((q) => q.id);

describe("editing a collection", () => {
  it("rewording a fact or an event keeps every question id", () => {
    const reworded = editFact(document, {
      eventSlug: "apollo-11-landing",
      factId: "first-step",
      question: "Which astronaut stepped onto the lunar surface first?",
      statement: "{answer} stepped onto the lunar surface first.",
      answer: "neil-armstrong",
      importance: "core",
      explanation: "",
    });
    const retitled = editEvent(reworded, {
      eventSlug: "apollo-12-landing",
      title: "Apollo 12 lands on the Moon",
      summary: "A second crew landed, this time in a different lunar plain, and walked on the surface twice.",
      kind: "visit",
      dateIso: "1969-11-19",
      precision: "day",
      tag: "history",
    });
    expect(validateCollectionFile(retitled).ok).toBe(true);
    expect(ids(retitled)).toEqual(ids(document));
    const bank = buildCollectionBank("moon", retitled, { lint: false });
    expect(bank.questions.some((q) => q.prompt === "Which astronaut stepped onto the lunar surface first?")).toBe(true);
  });

  it("deleting a fact removes exactly that fact's questions", () => {
    const before = buildCollectionBank("moon", document, { lint: false });
    const gone = new Set(
      questionsByFact(document, before)
        .get("apollo-11-landing/landing-date")
        ?.questions.map((q) => q.id),
    );
    expect(gone.size).toBeGreaterThan(0);
    const after = ids(deleteFact(document, { eventSlug: "apollo-11-landing", factId: "landing-date" }));
    for (const id of gone) expect(after).not.toContain(id);
    // Only the timeline/matching group questions may change besides: every other fact question stays.
    const factIds = before.questions.filter((q) => "factId" in q && q.factId && !gone.has(q.id)).map((q) => q.id);
    for (const id of factIds) expect(after).toContain(id);
  });

  it("refuses an answer of the wrong kind and the last fact's deletion with a reason", () => {
    expect(() =>
      editFact(document, {
        eventSlug: "apollo-11-landing",
        factId: "landing-date",
        question: "When?",
        statement: "{answer}",
        answer: "July",
        importance: "core",
        explanation: "",
      }),
    ).toThrow(DomainError);
    expect(() => deleteFact(document, { eventSlug: "apollo-11-launch", factId: "command-module-pilot" })).toThrow(/at least one fact/);
  });

  it("an accepted article candidate becomes a valid event citing the article, reusing known entities", () => {
    const { document: next, eventSlug } = addArticleEvent(
      document,
      { title: "Moon rocks go on show", publisher: "Test Gazette", publishedOn: "1970-03-02" },
      {
        title: "Moon rocks go on display",
        summary: "Samples brought back by the first landing crews were shown to the public for the first time.",
        kind: "statement",
        date: { iso: "1970-02", precision: "month" },
        people: ["Neil Armstrong", "Jane Doe"],
        organisations: ["NASA"],
        places: ["Houston"],
        tag: "history",
        importance: "core",
      },
    );
    const result = validateCollectionFile(next);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    const event = result.document.events.find((e) => e.slug === eventSlug);
    expect(event?.sources).toEqual(["moon-rocks-go-on-show"]);
    expect(event?.actors).toEqual(["neil-armstrong", "jane-doe", "nasa"]);
    expect(event?.places).toEqual(["houston"]);
    expect(event?.facts.map((f) => f.id)).toEqual(["when", "who", "where"]);
    expect(result.document.entities.filter((e) => e.name === "Neil Armstrong")).toHaveLength(1);
    expect(buildCollectionBank("moon", result.document, { lint: false }).questions.some((q) => q.eventIds.includes(eventSlug))).toBe(true);
  });
});
