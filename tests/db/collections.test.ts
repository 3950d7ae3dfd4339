import { findRefusedReviews } from "@/db/queries/reviewable";
import { loadReviewContext } from "@/db/queries/review-context";
import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createAssignment } from "@/db/queries/assignments";
import { createClass, joinClassByCode } from "@/db/queries/classes";
import {
  CollectionSlugTakenError,
  exportCollection,
  getOwnedCollection,
  getReadableCollection,
  importCollection,
  listCollectionQuestions,
  listReadableCollections,
  saveBuiltinCollection,
  saveCollection,
  shareCollection,
  unshareCollection,
  collectionItemId,
} from "@/db/queries/collections";
import { getQuestion } from "@/db/queries/content";
import { createSet } from "@/db/queries/quiz-sets";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { createUser } from "@/db/queries/users";
import { selectRows } from "@/db/rows";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { eventsToCsv } from "@/lib/collections/csv";
import type { CollectionDocument } from "@/lib/collections/schema";
import { validateCollectionFile } from "@/lib/collections/validate";
import { BUILTIN_COLLECTION, type UserRole } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import { generateQuestionBank } from "@/lib/questions";
import { fixture } from "../unit/questions/fixture";
import { itemIdOf } from "@/lib/questions/items";
import { describeEachEngine } from "../support/test-databases";

const NOW = new Date("2026-03-01T09:00:00Z");
const file: unknown = JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8"));

function parseFile(input: unknown): { title?: string; document: CollectionDocument } {
  const result = validateCollectionFile(input);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result;
}

describeEachEngine("collections", (ctx) => {
  let owner = "";
  let reader = "";
  let stranger = "";
  let student = "";
  const { title, document } = parseFile(file);

  beforeAll(async () => {
    const bank = generateQuestionBank(fixture);
    await saveBuiltinCollection(ctx.db(), { dataset: fixture, questionCount: bank.length });
    await syncQuestionBank(ctx.db(), fixture, bank);
    const user = async (role: UserRole) =>
      (await createUser(ctx.db(), { email: `${role}-${crypto.randomUUID()}@t.kizuna`, name: role, role, passwordHash: "x" })).id;
    [owner, reader, stranger, student] = [await user("teacher"), await user("teacher"), await user("teacher"), await user("student")];
  });

  const activeCount = async (collection: string) =>
    (
      await selectRows<{ n: number }>(
        ctx.db(),
        sql`select count(*)::int as n from questions where collection = ${collection} and retired_at is null`,
      )
    )[0]?.n;

  describe("import and export", () => {
    it("imports a file as a new private collection with its generated questions", async () => {
      const report = await saveCollection(ctx.db(), { slug: "moon", ownerId: owner, title, document });
      expect(report.status).toBe("created");
      expect(report.questions).toBeGreaterThan(10);
      expect(await activeCount("moon")).toBe(report.questions);
      const ids = (await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: owner })).map((q) => q.id);
      expect(ids.every((id) => id.startsWith("moon.q-"))).toBe(true);
    });

    it("re-importing the same file changes nothing", async () => {
      const before = await selectRows<{ updated_at: string; version: string }>(
        ctx.db(),
        sql`select updated_at::text, version from collections where slug = 'moon'`,
      );
      const again = await saveCollection(ctx.db(), { slug: "moon", ownerId: owner, title, document });
      expect(again.status).toBe("unchanged");
      const after = await selectRows<{ updated_at: string; version: string }>(
        ctx.db(),
        sql`select updated_at::text, version from collections where slug = 'moon'`,
      );
      expect(after).toEqual(before);
    });

    it("export → import round-trips exactly", async () => {
      const exported = await exportCollection(ctx.db(), { slug: "moon" });
      expect(exported).not.toBeNull();
      // Through JSON text, as the command line writes and reads it.
      const text = JSON.stringify(exported, null, 2);
      const reparsed = parseFile(JSON.parse(text));
      expect(reparsed.document).toEqual(exported && { sources: exported.sources, entities: exported.entities, events: exported.events });
      expect(reparsed.title).toBe("The first Moon landings");
      const report = await saveCollection(ctx.db(), { slug: "moon", ownerId: owner, ...reparsed });
      expect(report.status).toBe("unchanged");
      // Into a fresh collection and out again: byte for byte the same JSON.
      await saveCollection(ctx.db(), { slug: "moon-copy", ownerId: owner, ...reparsed });
      expect(JSON.stringify(await exportCollection(ctx.db(), { slug: "moon-copy" }), null, 2)).toBe(text);
    });

    it("a file with any problem writes nothing; a CSV import is idempotent and round-trips", async () => {
      const broken = structuredClone(file) as { events: { actors: string[] }[] };
      broken.events[0]!.actors = ["nobody-known"];
      const refused = await importCollection(ctx.db(), {
        slug: "moon-broken",
        ownerId: owner,
        format: "json",
        text: JSON.stringify(broken),
      });
      expect(refused).toMatchObject({ ok: false, problems: [expect.stringMatching(/^events\[0\]\.actors\[0\]: unknown entity/)] });
      expect(await exportCollection(ctx.db(), { slug: "moon-broken" })).toBeNull();

      const csv = eventsToCsv(document.events);
      const first = await importCollection(ctx.db(), { slug: "moon", ownerId: owner, format: "csv", text: csv });
      expect(first).toMatchObject({ ok: true, status: "unchanged" });
      const exported = await exportCollection(ctx.db(), { slug: "moon" });
      expect(eventsToCsv(exported?.events ?? [])).toBe(csv);
      const again = await importCollection(ctx.db(), { slug: "moon", ownerId: owner, format: "json", text: JSON.stringify(exported) });
      expect(again).toMatchObject({ ok: true, status: "unchanged" });
    });

    it("exports the built-in collection in the same format", async () => {
      const exported = await exportCollection(ctx.db(), { slug: BUILTIN_COLLECTION });
      expect(exported?.events.length).toBe(fixture.events.length);
      const reparsed = validateCollectionFile(JSON.parse(JSON.stringify(exported)));
      expect(reparsed.ok).toBe(true);
    });

    it("refuses the built-in slug and another teacher's slug, writing nothing", async () => {
      await expect(saveCollection(ctx.db(), { slug: BUILTIN_COLLECTION, ownerId: owner, document })).rejects.toThrow(
        CollectionSlugTakenError,
      );
      await expect(saveCollection(ctx.db(), { slug: "moon", ownerId: stranger, title: "Mine now", document })).rejects.toThrow(
        CollectionSlugTakenError,
      );
      expect((await exportCollection(ctx.db(), { slug: "moon" }))?.title).toBe("The first Moon landings");
    });
  });

  describe("editing keeps question ids and retires, never deletes", () => {
    it("rewording a fact keeps its questions' ids; deleting an event retires its questions", async () => {
      const before = await listCollectionQuestions(ctx.db(), { slug: "moon-copy", teacherId: owner });
      const edited = structuredClone(document);
      const fact = edited.events[1]?.facts[0];
      if (!fact) throw new Error("fixture changed");
      fact.question = "Which astronaut stepped onto the lunar surface first?";
      const reworded = await saveCollection(ctx.db(), { slug: "moon-copy", ownerId: owner, document: edited });
      expect(reworded.status).toBe("updated");
      const after = await listCollectionQuestions(ctx.db(), { slug: "moon-copy", teacherId: owner });
      expect(new Set(after.map((q) => q.id))).toEqual(new Set(before.map((q) => q.id)));
      expect(after.some((q) => q.prompt === "Which astronaut stepped onto the lunar surface first?")).toBe(true);

      const total = (
        await selectRows<{ n: number }>(ctx.db(), sql`select count(*)::int as n from questions where collection = 'moon-copy'`)
      )[0]?.n;
      edited.events = edited.events.filter((e) => e.slug !== "apollo-12-landing");
      const removed = await saveCollection(ctx.db(), { slug: "moon-copy", ownerId: owner, document: edited });
      expect(removed.retired).toBeGreaterThan(0);
      const rows = await selectRows<{ n: number; active: number }>(
        ctx.db(),
        sql`select count(*)::int as n, count(*) filter (where retired_at is null)::int as active from questions where collection = 'moon-copy'`,
      );
      // Rows stay (history points at them); only the active count drops.
      expect(rows[0]?.n).toBe(total);
      expect(rows[0]?.active).toBe(removed.questions);
    });
  });

  describe("ownership and sharing", () => {
    it("another teacher can neither read nor edit a private collection", async () => {
      expect(await getReadableCollection(ctx.db(), { slug: "moon", teacherId: stranger })).toBeNull();
      expect(await getOwnedCollection(ctx.db(), { slug: "moon", ownerId: stranger })).toBeNull();
      expect(await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: stranger })).toEqual([]);
      const slugs = (await listReadableCollections(ctx.db(), { teacherId: stranger })).map((c) => c.slug);
      expect(slugs).toEqual([BUILTIN_COLLECTION]);
      const [question] = await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: owner });
      if (!question) throw new Error("no questions");
      expect(await getQuestion(ctx.db(), question.id, { teacherId: stranger })).toBeUndefined();
      await expect(createSet(ctx.db(), { teacherId: stranger, name: "Stolen", questionIds: [question.id] })).rejects.toThrow(DomainError);
      expect(await shareCollection(ctx.db(), { slug: "moon", ownerId: stranger, email: "x@y.z" })).toBe(false);
    });

    it("a teacher it is shared with reads it (not edits it) and builds sets from it; unsharing ends that", async () => {
      const readerEmail =
        (await selectRows<{ email: string }>(ctx.db(), sql`select email from users where id = ${reader}`))[0]?.email ?? "";
      expect(await shareCollection(ctx.db(), { slug: "moon", ownerId: owner, email: readerEmail.toUpperCase() })).toBe(true);
      const seen = await getReadableCollection(ctx.db(), { slug: "moon", teacherId: reader });
      expect(seen?.canEdit).toBe(false);
      expect(await getOwnedCollection(ctx.db(), { slug: "moon", ownerId: reader })).toBeNull();
      const questions = await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: reader });
      const setId = await createSet(ctx.db(), { teacherId: reader, name: "Moon", questionIds: questions.slice(0, 3).map((q) => q.id) });
      expect(setId).toMatch(/[0-9a-f-]{36}/);
      // Still hidden from a third teacher.
      expect(await getReadableCollection(ctx.db(), { slug: "moon", teacherId: stranger })).toBeNull();
      expect(await unshareCollection(ctx.db(), { slug: "moon", ownerId: owner, teacherId: reader })).toBe(true);
      expect(await getReadableCollection(ctx.db(), { slug: "moon", teacherId: reader })).toBeNull();
    });

    it("students meet a private collection's questions only through an assignment", async () => {
      const studentIds = async () =>
        (await loadStudyQueue(ctx.db(), { userId: student, now: NOW, utcOffsetMinutes: 0, scope: {}, size: 200 })).items.map(
          (i) => i.question.id,
        );
      expect((await studentIds()).some((id) => id.startsWith("moon."))).toBe(false);
      // A review posted by hand for one is refused too, until it is assigned (below).
      const anyMoon = (await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: owner }))[0]?.id ?? "";
      expect((await findRefusedReviews(ctx.db(), { studentId: student, questionIds: [anyMoon], now: NOW })).get(anyMoon)).toBe(
        "not-in-your-studies",
      );

      const klass = await createClass(ctx.db(), {
        teacherId: owner,
        name: "Space",
        joinCode: () => "MOONCODE",
        expiresAt: new Date("2030-01-01"),
      });
      await joinClassByCode(ctx.db(), { studentId: student, code: klass.joinCode, now: NOW });
      const questions = await listCollectionQuestions(ctx.db(), { slug: "moon", teacherId: owner });
      const chosen = questions.slice(0, 3).map((q) => q.id);
      const setId = await createSet(ctx.db(), { teacherId: owner, name: "Moon basics", questionIds: chosen });
      await createAssignment(ctx.db(), { teacherId: owner, classId: klass.id, setId, dueAt: new Date("2026-03-10"), isQuiz: false });
      // Memory is per knowledge item (issue 9): the chosen questions' facts each come once, asked by a chosen question.
      const ids = (await studentIds()).filter((id) => id.startsWith("moon."));
      const chosenItems = new Set(questions.slice(0, 3).map((q) => collectionItemId("moon", itemIdOf(q))));
      const shownItems = (await loadStudyQueue(ctx.db(), { userId: student, now: NOW, utcOffsetMinutes: 0, scope: {}, size: 200 })).items
        .filter((i) => i.question.id.startsWith("moon."))
        .map((i) => i.itemId);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => chosen.includes(id))).toBe(true);
      expect(new Set(shownItems)).toEqual(chosenItems);
      expect((await findRefusedReviews(ctx.db(), { studentId: student, questionIds: chosen, now: NOW })).size).toBe(0);
      // The review post's single read agrees: the chosen are reachable now, an unchosen one not.
      const unchosen = questions.find((q) => !chosen.includes(q.id) && !chosenItems.has(collectionItemId("moon", itemIdOf(q))))?.id ?? "";
      const context = await loadReviewContext(ctx.db(), { studentId: student, questionIds: [...chosen, unchosen], now: NOW });
      expect([...context.refused]).toEqual([[unchosen, "not-in-your-studies"]]);
    });
  });
});
