import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { createAssignment } from "@/db/queries/assignments";
import { createClass, joinClassByCode } from "@/db/queries/classes";
import { canViewCollection, listCollectionTimeline, listViewableCollections, type Viewer } from "@/db/queries/collection-views";
import {
  listCollectionQuestions,
  saveBuiltinCollection,
  saveCollection,
  setCollectionVisibility,
  shareCollection,
} from "@/db/queries/collections";
import { searchQuestionBank } from "@/db/queries/content";
import { createSet } from "@/db/queries/quiz-sets";
import { createUser } from "@/db/queries/users";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { validateCollectionFile } from "@/lib/collections/validate";
import { BUILTIN_COLLECTION, type UserRole } from "@/lib/domain";
import { generateQuestionBank } from "@/lib/questions";
import { fixture } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

const NOW = new Date("2026-03-01T09:00:00Z");
const parsed = validateCollectionFile(JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8")));
if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
const document = parsed.document;

describeEachEngine("picking a collection on the timeline and in the question bank", (ctx) => {
  const users: Record<"owner" | "reader" | "stranger" | "student" | "pupil", Viewer> = {} as never;
  let assignedId = "";

  beforeAll(async () => {
    const bank = generateQuestionBank(fixture);
    await saveBuiltinCollection(ctx.db(), { dataset: fixture, questionCount: bank.length });
    await syncQuestionBank(ctx.db(), fixture, bank);
    const make = async (role: UserRole): Promise<Viewer & { email: string }> => {
      const email = `${role}-${crypto.randomUUID()}@t.kizuna`;
      return { id: (await createUser(ctx.db(), { email, name: role, role, passwordHash: "x" })).id, role, email };
    };
    const reader = await make("teacher");
    Object.assign(users, {
      owner: await make("teacher"),
      reader,
      stranger: await make("teacher"),
      student: await make("student"),
      pupil: await make("student"),
    });
    await saveCollection(ctx.db(), { slug: "moon", ownerId: users.owner.id, title: "The first Moon landings", document });
    await shareCollection(ctx.db(), { slug: "moon", ownerId: users.owner.id, email: reader.email });

    // The pupil's class is assigned one question about the Apollo 12 landing.
    const klass = await createClass(ctx.db(), {
      teacherId: users.owner.id,
      name: "Space",
      joinCode: () => "VIEWCODE",
      expiresAt: new Date("2030-01-01"),
    });
    await joinClassByCode(ctx.db(), { studentId: users.pupil.id, code: klass.joinCode, now: NOW });
    const questions = await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: users.owner.id });
    const chosen = questions.find((q) => q.eventIds.length === 1 && q.eventIds[0] === "apollo-12-landing");
    if (!chosen) throw new Error("example changed");
    assignedId = chosen.id;
    const setId = await createSet(ctx.db(), { teacherId: users.owner.id, name: "One", questionIds: [assignedId] });
    await createAssignment(ctx.db(), { teacherId: users.owner.id, classId: klass.id, setId, dueAt: new Date("2026-03-10"), isQuiz: false });
  });

  const slugs = async (viewer: Viewer) => (await listViewableCollections(ctx.db(), { viewer })).map((c) => c.slug);

  it("a teacher picks among their own, shared and public collections; another teacher's private one is not offered nor shown", async () => {
    expect(await slugs(users.owner)).toEqual([BUILTIN_COLLECTION, "moon"]);
    expect(await slugs(users.reader)).toEqual([BUILTIN_COLLECTION, "moon"]);
    expect(await slugs(users.stranger)).toEqual([BUILTIN_COLLECTION]);

    expect(await canViewCollection(ctx.db(), { slug: "moon", viewer: users.stranger })).toBe(false);
    expect(await listCollectionTimeline(ctx.db(), { slug: "moon", viewer: users.stranger })).toBeNull();
    const stolen = await searchQuestionBank(ctx.db(), {
      filter: { collection: "moon" },
      limit: 50,
      offset: 0,
      reader: { teacherId: users.stranger.id },
    });
    expect(stolen.total).toBe(0);
    expect((await searchQuestionBank(ctx.db(), { filter: { collection: "moon" }, limit: 50, offset: 0 })).total).toBe(0);

    const timeline = await listCollectionTimeline(ctx.db(), { slug: "moon", viewer: users.reader });
    expect(timeline?.events.map((e) => e.slug)).toEqual(["apollo-11-launch", "apollo-11-landing", "apollo-12-landing"]);
    expect(timeline?.events[1]?.actors.map((a) => a.name)).toEqual(["Neil Armstrong", "Buzz Aldrin"]);
    expect(timeline?.events[1]?.sources[0]?.publisher).toBe("NASA");
    expect(timeline?.events.every((e) => e.questions.length > 0)).toBe(true);
  });

  it("the bank lists a readable collection's questions, filtered by its own events and years", async () => {
    const reader = { teacherId: users.reader.id };
    const all = await searchQuestionBank(ctx.db(), { filter: { collection: "moon" }, limit: 500, offset: 0, reader });
    const owned = await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: users.owner.id });
    expect(all.total).toBe(owned.length);
    expect(all.questions.every((q) => q.id.startsWith("moon."))).toBe(true);
    const builtin = await searchQuestionBank(ctx.db(), { filter: {}, limit: 500, offset: 0, reader });
    expect(builtin.questions.some((q) => q.id.startsWith("moon."))).toBe(false);

    const oneEvent = await searchQuestionBank(ctx.db(), {
      filter: { collection: "moon", event: "apollo-12-landing" },
      limit: 500,
      offset: 0,
      reader,
    });
    expect(oneEvent.total).toBeGreaterThan(0);
    expect(oneEvent.questions.every((q) => q.eventIds.includes("apollo-12-landing"))).toBe(true);
    const in1969 = await searchQuestionBank(ctx.db(), {
      filter: { collection: "moon", from: 1969, to: 1969 },
      limit: 500,
      offset: 0,
      reader,
    });
    expect(in1969.total).toBe(all.total);
    const later = await searchQuestionBank(ctx.db(), { filter: { collection: "moon", from: 1970 }, limit: 500, offset: 0, reader });
    expect(later.total).toBe(0);
  });

  it("a student sees a private collection only through an assignment, and then only what was assigned", async () => {
    expect(await slugs(users.student)).toEqual([BUILTIN_COLLECTION]);
    expect(await listCollectionTimeline(ctx.db(), { slug: "moon", viewer: users.student })).toBeNull();

    expect(await slugs(users.pupil)).toEqual([BUILTIN_COLLECTION, "moon"]);
    const timeline = await listCollectionTimeline(ctx.db(), { slug: "moon", viewer: users.pupil });
    expect(timeline?.events.map((e) => e.slug)).toEqual(["apollo-12-landing"]);
    expect(timeline?.events[0]?.questions.map((q) => q.id)).toEqual([assignedId]);
  });

  it("a public teacher's collection is offered to every teacher, still not to a student without an assignment", async () => {
    await setCollectionVisibility(ctx.db(), { slug: "moon", ownerId: users.owner.id, visibility: "public" });
    expect(await slugs(users.stranger)).toEqual([BUILTIN_COLLECTION, "moon"]);
    expect(await slugs(users.student)).toEqual([BUILTIN_COLLECTION]);
    await setCollectionVisibility(ctx.db(), { slug: "moon", ownerId: users.owner.id, visibility: "private" });
    expect(await slugs(users.stranger)).toEqual([BUILTIN_COLLECTION]);
  });
});
