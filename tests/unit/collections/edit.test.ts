import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEvent, editEvent, parseQuantities, quantitiesText, removeLink, saveLink, type EventFields } from "@/lib/collections/events";
import { addFact, checkDate, deleteFact, editFact, parseAnswer, type FactFields } from "@/lib/collections/facts";
import { addArticleEvent } from "@/lib/collections/from-article";
import { buildCollectionBank, questionsByFact } from "@/lib/collections/questions";
import { validateCollectionFile } from "@/lib/collections/validate";
import { DomainError } from "@/lib/errors";
import { factQuestionId } from "@/lib/questions/ids";

const parsed = validateCollectionFile(JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8")));
if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
const document = parsed.document;
const bankOf = (d: typeof document) => buildCollectionBank("moon", d, { lint: false });
const ids = (d: typeof document) => bankOf(d).questions.map((q) => q.id);
const factQuestions = (d: typeof document, key: string) => questionsByFact(d, bankOf(d)).get(key)?.questions ?? [];

function refusal(run: () => unknown): { field?: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message, ...(error.field ? { field: error.field } : {}) };
    throw error;
  }
  throw new Error("expected a refusal");
}

const landingEvent: EventFields = {
  title: "Apollo 12 lands on the Moon",
  summary: "A second crew landed, this time in a different lunar plain, and walked on the surface twice.",
  kind: "visit",
  dateIso: "1969-11-19",
  precision: "day",
  tag: "history",
  actors: ["pete-conrad", "alan-bean"],
  places: ["ocean-of-storms"],
  discussed: [],
  numbers: [],
  sourceId: "nasa-apollo-12-mission",
};

const crewFact: FactFields = {
  question: "Who flew the command module around the Moon on the third crewed landing?",
  statement: "{answer} flew the command module on the third crewed landing.",
  answer: { kind: "entity", value: "Michael Collins" },
  importance: "supporting",
  explanation: "",
};

describe("editing a collection", () => {
  it("rewording a fact or an event keeps every question id", () => {
    const reworded = editFact(document, {
      eventSlug: "apollo-11-landing",
      factId: "first-step",
      question: "Which astronaut stepped onto the lunar surface first?",
      statement: "{answer} stepped onto the lunar surface first.",
      answer: { kind: "entity", value: "neil-armstrong" },
      importance: "core",
      explanation: "",
    });
    const retitled = editEvent(reworded, { ...landingEvent, eventSlug: "apollo-12-landing", name: "the Apollo 12 landing" });
    expect(validateCollectionFile(retitled).ok).toBe(true);
    expect(ids(retitled)).toEqual(ids(document));
    expect(bankOf(retitled).questions.some((q) => q.prompt === "Which astronaut stepped onto the lunar surface first?")).toBe(true);
  });

  it("changing a fact's answer kind keeps the fact's id, and each question type it still produces keeps its id", () => {
    const key = "apollo-11-landing/first-step";
    const before = factQuestions(document, key);
    const changed = editFact(document, {
      eventSlug: "apollo-11-landing",
      factId: "first-step",
      question: "What did the first astronaut on the Moon step down from?",
      statement: "The first astronaut on the Moon stepped down from {answer}.",
      answer: { kind: "text", value: "the lunar module ladder", distractors: ["a rover seat", "a rope", "the command module hatch"] },
      importance: "core",
      explanation: "",
    });
    const checked = validateCollectionFile(changed);
    if (!checked.ok) throw new Error(checked.problems.join("\n"));
    const fact = changed.events.find((e) => e.slug === "apollo-11-landing")?.facts.find((f) => f.id === "first-step");
    expect(fact?.answer).toEqual({ kind: "text", text: "the lunar module ladder", aliases: [], distractors: expect.any(Array) });
    expect(fact?.ask).toBe("what");
    const after = factQuestions(changed, key);
    expect(after.length).toBeGreaterThan(0);
    // Ids derive from type, event, fact and variant: a type asked before and after keeps its id.
    const shared = after.filter((q) => before.some((b) => b.type === q.type));
    expect(shared.length).toBeGreaterThan(0);
    for (const q of shared) expect(before.find((b) => b.type === q.type && b.id === q.id)).toBeDefined();
    expect(after.find((q) => q.type === "multiple_choice")?.id).toBe(
      `moon.${factQuestionId("multiple_choice", "apollo-11-landing", "first-step")}`,
    );
    // Every other question of the collection keeps its id.
    const others = (d: typeof document) => ids(d).filter((id) => !before.some((q) => q.id === id) && !after.some((q) => q.id === id));
    expect(others(changed)).toEqual(others(document));
  });

  it("an entry as the answer takes other right answers and entries never offered as wrong; another kind drops them", () => {
    const edit = {
      eventSlug: "apollo-11-landing",
      factId: "first-step",
      question: "Which astronaut stepped onto the lunar surface first?",
      statement: "{answer} stepped onto the lunar surface first.",
      answer: { kind: "entity" as const, value: "Neil Armstrong" },
      importance: "core" as const,
      explanation: "",
    };
    const withOthers = editFact(document, { ...edit, alsoRight: ["buzz-aldrin", "neil-armstrong"], notDistractors: ["michael-collins"] });
    const fact = withOthers.events.find((e) => e.slug === "apollo-11-landing")?.facts.find((f) => f.id === "first-step");
    expect(fact?.alsoCorrect).toEqual([{ kind: "entity", entity: "buzz-aldrin" }]);
    expect(fact?.notDistractors).toEqual(["michael-collins"]);
    expect(validateCollectionFile(withOthers).ok).toBe(true);
    // Buzz Aldrin is right too: the multiple-choice question never offers him as a wrong choice.
    const rightToo = editFact(document, { ...edit, alsoRight: ["buzz-aldrin"] });
    const choice = factQuestions(rightToo, "apollo-11-landing/first-step").find((q) => q.type === "multiple_choice");
    if (choice?.type !== "multiple_choice") throw new Error("expected a multiple-choice question");
    expect(choice.choices).toContain("Neil Armstrong");
    expect(choice.choices).not.toContain("Buzz Aldrin");
    const asDate = editFact(withOthers, { ...edit, answer: { kind: "date", value: "1969-07-21" }, alsoRight: ["buzz-aldrin"] });
    const dated = asDate.events.find((e) => e.slug === "apollo-11-landing")?.facts.find((f) => f.id === "first-step");
    expect(dated).toMatchObject({ alsoCorrect: [], notDistractors: [], ask: "when" });
  });

  it("deleting a fact removes exactly that fact's questions", () => {
    const before = bankOf(document);
    const gone = new Set(factQuestions(document, "apollo-11-landing/landing-date").map((q) => q.id));
    expect(gone.size).toBeGreaterThan(0);
    const after = ids(deleteFact(document, { eventSlug: "apollo-11-landing", factId: "landing-date" }));
    for (const id of gone) expect(after).not.toContain(id);
    // Only the timeline/matching group questions may change besides: every other fact question stays.
    const factIds = before.questions.filter((q) => "factId" in q && q.factId && !gone.has(q.id)).map((q) => q.id);
    for (const id of factIds) expect(after).toContain(id);
  });

  it("refuses an answer that is not of its kind, beside the answer field, and the last fact's deletion", () => {
    const entities = document.entities;
    expect(refusal(() => parseAnswer({ kind: "date", value: "July" }, entities))).toMatchObject({ field: "answer" });
    expect(refusal(() => parseAnswer({ kind: "date", value: "1969-02-30" }, entities))).toEqual({
      field: "answer",
      message: "That date does not exist.",
    });
    expect(refusal(() => parseAnswer({ kind: "entity", value: "Yuri Gagarin" }, entities))).toMatchObject({ field: "answer" });
    expect(refusal(() => parseAnswer({ kind: "number", value: "many", unit: "crew" }, entities))).toMatchObject({ field: "answer" });
    expect(refusal(() => parseAnswer({ kind: "number", value: "3" }, entities))).toMatchObject({ field: "unit" });
    expect(refusal(() => parseAnswer({ kind: "text", value: "a ladder", distractors: ["a rope"] }, entities))).toMatchObject({
      field: "distractors",
    });
    expect(parseAnswer({ kind: "number", value: "1,500", unit: "kg", style: "cardinal" }, entities)).toEqual({
      kind: "number",
      value: 1500,
      unit: "kg",
      style: "cardinal",
    });
    expect(parseAnswer({ kind: "entity", value: "buzz aldrin" }, entities)).toEqual({ kind: "entity", entity: "buzz-aldrin" });
    expect(parseAnswer({ kind: "date", value: "1969-07" }, entities)).toEqual({
      kind: "date",
      date: { iso: "1969-07", precision: "month" },
    });
    expect(() => deleteFact(document, { eventSlug: "apollo-11-launch", factId: "command-module-pilot" })).toThrow(/at least one fact/);
  });

  it("a date must have the parts its precision implies and exist", () => {
    expect(() => checkDate("1969-07-20", "day", "dateIso")).not.toThrow();
    expect(() => checkDate("1969", "year", "dateIso")).not.toThrow();
    expect(refusal(() => checkDate("1969-07", "day", "dateIso"))).toEqual({
      field: "dateIso",
      message: "A date known to the day is written YYYY-MM-DD.",
    });
    expect(refusal(() => checkDate("1969-13", "month", "dateIso"))).toEqual({ field: "dateIso", message: "That date does not exist." });
    expect(refusal(() => checkDate("20 July 1969", "day", "dateIso"))).toMatchObject({ field: "dateIso" });
  });
});

describe("a new event from the form", () => {
  it("gets a slug from its year and title, unique in the collection, and a first fact with an id from its question", () => {
    const first = createEvent(document, { ...landingEvent, title: "Apollo 12 lands" }, crewFact);
    const second = createEvent(first.document, { ...landingEvent, title: "Apollo 12 lands" }, crewFact);
    expect(first.eventSlug).toBe("1969-apollo-12-lands");
    expect(second.eventSlug).toBe("1969-apollo-12-lands-2");
    const checked = validateCollectionFile(second.document);
    if (!checked.ok) throw new Error(checked.problems.join("\n"));
    const event = checked.document.events.find((e) => e.slug === first.eventSlug);
    expect(event).toMatchObject({
      sources: ["nasa-apollo-12-mission"],
      actors: ["pete-conrad", "alan-bean"],
      places: ["ocean-of-storms"],
      tags: ["history"],
      date: { iso: "1969-11-19", precision: "day", basis: "event" },
    });
    expect(event?.facts).toEqual([
      expect.objectContaining({
        id: "who-flew-the-command-module-around-the",
        ask: "who",
        answer: { kind: "entity", entity: "michael-collins" },
      }),
    ]);
    // Every fact question already there keeps its id; the new event adds its own.
    const after = new Set(ids(first.document));
    for (const q of bankOf(document).questions) if ("factId" in q && q.factId) expect(after.has(q.id)).toBe(true);
    expect(factQuestions(first.document, `${first.eventSlug}/${event?.facts[0]?.id}`).length).toBeGreaterThan(0);
  });

  it("refuses a date that does not fit its precision, and a source the collection lacks, beside their fields", () => {
    expect(refusal(() => createEvent(document, { ...landingEvent, dateIso: "1969-11", precision: "day" }, crewFact))).toMatchObject({
      field: "dateIso",
    });
    expect(refusal(() => createEvent(document, { ...landingEvent, sourceId: "flight-journal" }, crewFact))).toEqual({
      field: "sourceId",
      message: "Choose one of the collection's sources.",
    });
    expect(
      refusal(() => createEvent(document, landingEvent, { ...crewFact, answer: { kind: "entity", value: "Dick Gordon" } })),
    ).toMatchObject({ field: "answer" });
  });

  it("an entry named both where it happened and what it was about counts as where", () => {
    const { document: next, eventSlug } = createEvent(
      document,
      { ...landingEvent, places: ["ocean-of-storms"], discussed: ["ocean-of-storms", "sea-of-serenity"] },
      crewFact,
    );
    const event = next.events.find((e) => e.slug === eventSlug);
    expect(event?.places).toEqual(["ocean-of-storms"]);
    expect(event?.discussed).toEqual(["sea-of-serenity"]);
  });
});

describe("adding a fact", () => {
  it("makes an id from the question, unique in the event, and leaves every other question as it was", () => {
    const fields: FactFields = {
      question: "How many people walked on the Moon during the first landing?",
      statement: "During the first landing, {answer} walked on the Moon.",
      answer: { kind: "number", value: "2", unit: "astronauts" },
      importance: "detail",
      explanation: "Collins stayed in orbit.",
    };
    const once = addFact(document, "apollo-11-landing", fields);
    const twice = addFact(once.document, "apollo-11-landing", fields);
    expect(once.factId).toBe("how-many-people-walked-on-the-moon");
    expect(twice.factId).toBe("how-many-people-walked-on-the-moon-2");
    const checked = validateCollectionFile(once.document);
    if (!checked.ok) throw new Error(checked.problems.join("\n"));
    const fact = checked.document.events.find((e) => e.slug === "apollo-11-landing")?.facts.at(-1);
    expect(fact).toMatchObject({ ask: "how-many", answer: { kind: "number", value: 2, unit: "astronauts", style: "cardinal" } });
    const previous = new Set(ids(document));
    const kept = bankOf(document)
      .questions.filter((q) => "factId" in q && q.factId)
      .map((q) => q.id);
    const after = new Set(ids(once.document));
    for (const id of kept) expect(after.has(id)).toBe(true);
    expect([...after].some((id) => !previous.has(id))).toBe(true);
    expect(() => addFact(document, "no-such-event", fields)).toThrow(/no longer in the collection/);
  });
});

describe("an event's numbers and connections", () => {
  it("reads one number per line, and writes them back the same way", () => {
    const numbers = parseQuantities("141 countries: votes in favour\n\n  2,500 troops : sent\n3: crew members");
    expect(numbers).toEqual([
      { value: 141, unit: "countries", label: "votes in favour" },
      { value: 2500, unit: "troops", label: "sent" },
      { value: 3, unit: "", label: "crew members" },
    ]);
    expect(parseQuantities(quantitiesText(numbers))).toEqual(numbers);
    expect(refusal(() => parseQuantities("lots of people"))).toMatchObject({ field: "numbers" });
  });

  it("connects two events and removes the connection; an anniversary needs its count", () => {
    const link = {
      to: "apollo-12-landing",
      kind: "followed-up" as const,
      how: "The second landing repeated the first one with a more precise touchdown.",
      importance: "supporting" as const,
    };
    const linked = saveLink(document, "apollo-11-landing", link);
    expect(validateCollectionFile(linked).ok).toBe(true);
    expect(linked.events.find((e) => e.slug === "apollo-11-landing")?.links).toEqual([link]);
    expect(removeLink(linked, "apollo-11-landing", link).events.find((e) => e.slug === "apollo-11-landing")?.links).toEqual([]);
    expect(refusal(() => saveLink(document, "apollo-11-landing", { ...link, to: "apollo-11-landing" }))).toMatchObject({ field: "to" });
    expect(
      refusal(() => saveLink(document, "apollo-12-landing", { ...link, to: "apollo-11-landing", kind: "anniversary-of" })),
    ).toMatchObject({
      field: "years",
    });
  });
});

describe("an accepted article candidate", () => {
  it("becomes a valid event citing the article, reusing known entities", () => {
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
    expect(eventSlug).toBe("1970-moon-rocks-go-on-display");
    expect(event?.sources).toEqual(["moon-rocks-go-on-show"]);
    expect(event?.actors).toEqual(["neil-armstrong", "jane-doe", "nasa"]);
    expect(event?.places).toEqual(["houston"]);
    expect(event?.facts.map((f) => f.id)).toEqual(["when", "who", "where"]);
    expect(result.document.entities.filter((e) => e.name === "Neil Armstrong")).toHaveLength(1);
    expect(bankOf(result.document).questions.some((q) => q.eventIds.includes(eventSlug))).toBe(true);
  });
});
