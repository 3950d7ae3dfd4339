/**
 * The event and fact forms of a collection, run as their actions run them: the action wrapper
 * (session, zod, DomainError → the field's message) around server/collection-events.ts, on a real
 * database. Bad input comes back beside its field and writes nothing; another teacher gets a 404
 * from every one of them, previews included.
 */
import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { z } from "zod";
import { createCollection, editCollection, exportCollection } from "@/db/queries/collections";
import { createUser } from "@/db/queries/users";
import { questions } from "@/db/schema";
import { saveEntity, saveSource } from "@/lib/collections/references";
import { validateCollectionFile } from "@/lib/collections/validate";
import { factQuestionId } from "@/lib/questions/ids";
import {
  addFactSchema,
  createEventSchema,
  editFactSchema,
  previewFactSchema,
  removeLinkSchema,
  saveLinkSchema,
  editEventSchema,
} from "@/lib/validation/collections";
import type { SessionUser } from "@/server/auth/guards";
import { createActionClient } from "@/server/actions/create-action-client";
import {
  addFactChange,
  createEventChange,
  editEventChange,
  editFactChange,
  previewCollectionChange,
  removeLinkChange,
  runCollectionEdit,
  saveLinkChange,
  type FactPreview,
} from "@/server/collection-events";
import type { CollectionDocument } from "@/lib/collections/schema";
import { describeEachEngine } from "../support/test-databases";

const parsed = validateCollectionFile(JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8")));
if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
const example = parsed.document;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const digestOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => String((error as { digest?: unknown }).digest),
  );

const newEvent = {
  slug: "moon",
  title: "Apollo 11 crew splashes down",
  summary: "The three astronauts came back to Earth and landed in the Pacific Ocean, ending the first landing mission.",
  kind: "visit",
  dateIso: "1969-07-24",
  precision: "day",
  basis: "event",
  dateNote: "",
  name: "",
  tag: "history",
  actors: "Neil Armstrong; Buzz Aldrin; michael collins",
  places: "",
  discussed: "",
  numbers: "8 days: length of the mission",
  sourceId: "apollo-11-mission-overview",
  question: "Who flew the command module while the others walked on the Moon?",
  statement: "{answer} flew the command module while the others walked on the Moon.",
  answerKind: "entity",
  answer: "michael-collins",
  unit: "",
  numberStyle: "cardinal",
  distractors: "",
  aliases: "",
  alsoRight: "",
  notDistractors: "",
  importance: "core",
  explanation: "",
};

describeEachEngine("collection event and fact forms", (ctx) => {
  let owner: SessionUser;
  let stranger: SessionUser;
  let session: SessionUser;
  const defineAction = createActionClient({ currentUser: async () => session, logger: { warn: () => {}, error: () => {} } });
  type Change = (document: CollectionDocument) => ReturnType<typeof createEventChange>;
  // The actions of app/teach/collections/_actions/events.ts, with this file's database instead of the app's.
  const write = <S extends z.ZodObject>(input: S, change: (document: CollectionDocument, input: z.output<S>) => ReturnType<Change>) =>
    defineAction({ name: "test", access: "teacher", input }, async ({ input: parsedInput, user }) => {
      const outcome = await runCollectionEdit(ctx.db(), {
        slug: (parsedInput as { slug: string }).slug,
        ownerId: user.id,
        change: (document) => change(document, parsedInput),
      });
      if (!outcome.ok) return outcome.state;
      return { message: `saved ${outcome.change.eventSlug}/${outcome.change.factId ?? ""}` };
    });
  const preview = <S extends z.ZodObject>(input: S, change: (document: CollectionDocument, input: z.output<S>) => ReturnType<Change>) =>
    defineAction<S, "teacher", FactPreview>({ name: "test", access: "teacher", input }, async ({ input: parsedInput, user }) =>
      previewCollectionChange(ctx.db(), {
        slug: (parsedInput as { slug: string }).slug,
        ownerId: user.id,
        change: (document) => change(document, parsedInput),
      }),
    );
  const createEvent = write(createEventSchema, createEventChange);
  const previewEvent = preview(createEventSchema, createEventChange);
  const addFact = write(addFactSchema, addFactChange);
  const editFact = write(editFactSchema, editFactChange);
  const editEvent = write(editEventSchema, editEventChange);
  const previewFact = preview(previewFactSchema, (document, { factId, ...input }) =>
    factId ? editFactChange(document, { ...input, factId }) : addFactChange(document, input),
  );
  const saveLink = write(saveLinkSchema, saveLinkChange);
  const removeLink = write(removeLinkSchema, removeLinkChange);
  const stored = async () => exportCollection(ctx.db(), { slug: "moon" });

  beforeAll(async () => {
    const teacher = async (): Promise<SessionUser> => {
      const email = `t-${crypto.randomUUID()}@t.kizuna`;
      const { id } = await createUser(ctx.db(), { email, name: "T", role: "teacher", passwordHash: "x" });
      return { id, email, name: "T", role: "teacher" };
    };
    [owner, stranger] = [await teacher(), await teacher()];
    session = owner;
    await createCollection(ctx.db(), { slug: "moon", ownerId: owner.id, title: "Moon landings" });
    for (const s of example.sources)
      await editCollection(ctx.db(), { slug: "moon", ownerId: owner.id, change: (d) => saveSource(d, s).document });
    // Countries first: people name theirs.
    const countriesFirst = [...example.entities].sort((a, b) => Number(b.kind === "country") - Number(a.kind === "country"));
    for (const e of countriesFirst)
      await editCollection(ctx.db(), { slug: "moon", ownerId: owner.id, change: (d) => saveEntity(d, e).document });
  });

  it("refuses bad input beside its field and writes nothing", async () => {
    session = owner;
    const before = await stored();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ actors: "Neil Armstrong; Yuri Gagarin" }, "actors", /“Yuri Gagarin”/],
      [{ dateIso: "1969-07", precision: "day" }, "dateIso", /known to the day is written YYYY-MM-DD/],
      [{ dateIso: "1969-02-30" }, "dateIso", /does not exist/],
      [{ statement: "Michael Collins flew the command module." }, "statement", /\{answer\} exactly once/],
      [{ answer: "Dick Gordon" }, "answer", /Choose one of the collection's people/],
      [{ alsoRight: "Buzz Aldrin; Dick Gordon" }, "alsoRight", /“Dick Gordon”/],
      [{ notDistractors: "Yuri Gagarin" }, "notDistractors", /“Yuri Gagarin”/],
      [{ answerKind: "number", answer: "three", unit: "crew" }, "answer", /Enter a number/],
      [{ answerKind: "text", answer: "the Pacific", distractors: "the Atlantic" }, "distractors", /at least three/],
      [{ sourceId: "flight-journal" }, "sourceId", /Choose one of the collection's sources/],
      [{ numbers: "a long time" }, "numbers", /a colon/],
      [{ title: "Ok" }, "title", /at least 5 characters/],
      [{ summary: "Bad\u0007 summary with a bell character in it." }, "summary", /control character/],
    ];
    for (const [change, field, message] of cases) {
      const result = await createEvent(form({ ...newEvent, ...change }));
      expect(result.fieldErrors, `${field} for ${JSON.stringify(change)}`).toEqual({ [field]: expect.stringMatching(message) });
      const previewed = await previewEvent(form({ ...newEvent, ...change }));
      expect(previewed.fieldErrors).toEqual({ [field]: expect.stringMatching(message) });
      expect(previewed.data).toBeUndefined();
    }
    expect(await stored()).toEqual(before);
  });

  it("a preview shows the new fact's questions and warnings and writes nothing; the save then adds the event", async () => {
    session = owner;
    const before = await stored();
    const previewed = await previewEvent(form(newEvent));
    expect(previewed.fieldErrors).toBeUndefined();
    const questionsShown = previewed.data?.questions ?? [];
    expect(questionsShown.length).toBeGreaterThan(1);
    expect(questionsShown.every((q) => !q.kept)).toBe(true);
    expect(questionsShown.map((q) => q.prompt)).toContain(newEvent.question);
    expect(await stored()).toEqual(before);

    const saved = await createEvent(form(newEvent));
    expect(saved.message).toBe("saved 1969-apollo-11-crew-splashes-down/who-flew-the-command-module-while-the");
    const event = (await stored())?.events.find((e) => e.slug === "1969-apollo-11-crew-splashes-down");
    expect(event).toMatchObject({
      actors: ["neil-armstrong", "buzz-aldrin", "michael-collins"],
      numbers: [{ value: 8, unit: "days", label: "length of the mission" }],
      sources: ["apollo-11-mission-overview"],
    });
    // The stored questions are the ones the preview showed, under the same ids.
    const rows = await ctx
      .db()
      .select({ id: questions.id })
      .from(questions)
      .where(and(eq(questions.collection, "moon"), isNull(questions.retiredAt)));
    const active = new Set(rows.map((r) => r.id));
    for (const q of questionsShown) expect(active.has(q.id)).toBe(true);
  });

  it("a second fact gets its own id; editing it to another answer kind keeps the fact's id and the ids of the types still asked", async () => {
    session = owner;
    const eventSlug = "1969-apollo-11-crew-splashes-down";
    const fact = {
      slug: "moon",
      eventSlug,
      question: "How many days did the first landing mission last?",
      statement: "The first landing mission lasted {answer}.",
      answerKind: "number",
      answer: "8",
      unit: "days",
      numberStyle: "cardinal",
      distractors: "",
      aliases: "",
      importance: "supporting",
      explanation: "From launch on 16 July to splashdown on 24 July.",
    };
    const shown = await previewFact(form(fact));
    expect(shown.data?.questions.length).toBeGreaterThan(0);
    // A prompt a student cannot place: the item-quality rules warn, as on the collection page; nothing is written.
    const vague = await previewFact(
      form({ ...fact, question: "How many days did it last there?", statement: "It lasted {answer} there." }),
    );
    expect(vague.data?.warnings).toContainEqual(expect.stringMatching(/^Prompt stands alone: "a pronoun with nothing before it"/));
    // A question that gives its answer away is refused beside the question, in the preview as on save.
    const giveaway = { ...fact, question: "Did the first landing mission last 8 days, and how many days did it last?" };
    expect((await previewFact(form(giveaway))).fieldErrors).toEqual({ question: expect.stringMatching(/8/) });
    expect(await addFact(form(fact))).toEqual({ message: `saved ${eventSlug}/how-many-days-did-the-first-landing` });
    const factId = "how-many-days-did-the-first-landing";
    const idsOf = async () =>
      (
        await ctx
          .db()
          .select({ id: questions.id, type: questions.type, retiredAt: questions.retiredAt })
          .from(questions)
          .where(sql`${questions.payload}->>'factId' = ${factId} and ${questions.collection} = 'moon'`)
      ).filter((r) => r.retiredAt === null);
    const before = await idsOf();
    expect(before.map((r) => r.id)).toContain(`moon.${factQuestionId("multiple_choice", eventSlug, factId)}`);

    // The same fact as a text answer: previewed first (ids marked kept), then saved.
    const asText = {
      ...fact,
      factId,
      question: "How did the first landing crew come home?",
      statement: "The first landing crew came home by {answer}.",
      answerKind: "text",
      answer: "splashing down in the Pacific",
      distractors: "landing on a runway; parachuting onto land; docking with a station",
    };
    const previewed = await previewFact(form(asText));
    expect(previewed.data?.questions.filter((q) => q.kept).length).toBeGreaterThan(0);
    expect(await editFact(form(asText))).toEqual({ message: `saved ${eventSlug}/${factId}` });
    const after = await idsOf();
    const stayed = after.filter((r) => before.some((b) => b.type === r.type));
    expect(stayed.length).toBeGreaterThan(0);
    for (const r of stayed) expect(before.find((b) => b.type === r.type)?.id).toBe(r.id);
    const saved = (await stored())?.events.find((e) => e.slug === eventSlug)?.facts.find((f) => f.id === factId);
    expect(saved?.answer).toMatchObject({ kind: "text", text: "splashing down in the Pacific" });

    // A wrong kind of answer is refused beside it, nothing written.
    const unchanged = await stored();
    expect((await editFact(form({ ...asText, answerKind: "date", answer: "July 1969" }))).fieldErrors).toEqual({
      answer: "Enter the date as YYYY, YYYY-MM or YYYY-MM-DD.",
    });
    expect((await editFact(form({ ...asText, answerKind: "entity", answer: "Yuri Gagarin" }))).fieldErrors).toEqual({
      answer: expect.stringMatching(/Choose one of the collection's people/),
    });
    expect(await stored()).toEqual(unchanged);
  });

  it("the event form edits what was discussed, its numbers and its source; connections need a named event", async () => {
    session = owner;
    const eventSlug = "1969-apollo-11-crew-splashes-down";
    const edit = {
      ...newEvent,
      eventSlug,
      discussed: "Sea of Tranquility",
      numbers: "8 days: length of the mission\n3 astronauts: crew",
      sourceId: "apollo-12-mission-overview",
      name: "the Apollo 11 splashdown",
    };
    expect((await editEvent(form({ ...edit, discussed: "Atlantis" }))).fieldErrors).toEqual({
      discussed: expect.stringMatching(/“Atlantis”/),
    });
    expect(await editEvent(form(edit))).toEqual({ message: `saved ${eventSlug}/` });
    expect((await stored())?.events.find((e) => e.slug === eventSlug)).toMatchObject({
      discussed: ["sea-of-tranquility"],
      numbers: [
        { value: 8, unit: "days", label: "length of the mission" },
        { value: 3, unit: "astronauts", label: "crew" },
      ],
      sources: ["apollo-12-mission-overview"],
      name: "the Apollo 11 splashdown",
    });
    const landing = {
      ...newEvent,
      title: "Apollo 11 lands on the Moon",
      dateIso: "1969-07-20",
      name: "the Apollo 11 landing",
      question: "Who stepped onto the Moon first?",
      statement: "{answer} stepped onto the Moon first.",
      answer: "Neil Armstrong",
    };
    expect(await createEvent(form(landing))).toEqual({ message: "saved 1969-apollo-11-lands-on-the-moon/who-stepped-onto-the-moon-first" });
    const link = {
      slug: "moon",
      eventSlug: "1969-apollo-11-lands-on-the-moon",
      to: eventSlug,
      kind: "led-to",
      how: "After the landing the crew flew home and splashed down.",
      importance: "supporting",
      years: "",
    };
    expect((await saveLink(form({ ...link, how: "short" }))).fieldErrors).toEqual({ how: expect.stringMatching(/at least 20/) });
    expect(await saveLink(form(link))).toEqual({ message: "saved 1969-apollo-11-lands-on-the-moon/" });
    expect((await stored())?.events.find((e) => e.slug === link.eventSlug)?.links).toEqual([
      { to: eventSlug, kind: "led-to", how: link.how, importance: "supporting" },
    ]);
    expect(await removeLink(form({ slug: "moon", eventSlug: link.eventSlug, to: eventSlug, kind: "led-to" }))).toEqual({
      message: "saved 1969-apollo-11-lands-on-the-moon/",
    });
    expect((await stored())?.events.find((e) => e.slug === link.eventSlug)?.links).toEqual([]);
  });
  it("another teacher gets a 404 from every form and every preview, and nothing changes", async () => {
    const before = await stored();
    session = stranger;
    const eventSlug = "apollo-11-landing";
    const fact = { ...newEvent, eventSlug, factId: "first-step" };
    // Each call is caught as soon as it settles (digestOf), so none is left rejected unhandled.
    const calls = [
      createEvent(form(newEvent)),
      previewEvent(form(newEvent)),
      addFact(form(fact)),
      previewFact(form(fact)),
      editFact(form(fact)),
      editEvent(form({ ...newEvent, eventSlug })),
      saveLink(
        form({
          slug: "moon",
          eventSlug,
          to: "apollo-12-landing",
          kind: "followed-up",
          how: "The second landing followed the first one.",
          importance: "detail",
        }),
      ),
      removeLink(form({ slug: "moon", eventSlug: "apollo-11-launch", to: eventSlug, kind: "led-to" })),
    ];
    expect(await Promise.all(calls.map(digestOf))).toEqual(calls.map(() => "NEXT_HTTP_ERROR_FALLBACK;404"));
    session = owner;
    expect(await stored()).toEqual(before);
  });
});
