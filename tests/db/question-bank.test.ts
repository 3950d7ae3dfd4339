import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getQuestion, listTimeline, listTopics, searchQuestionBank } from "@/db/queries/content";
import { selectRows } from "@/db/rows";
import { syncQuestionBank } from "@/db/seed/question-bank";
import { generateQuestionBank } from "@/lib/questions";
import { fixture, fixtureWith } from "../unit/questions/fixture";
import { describeEachEngine } from "../support/test-databases";

async function counts(ctx: { db: () => Parameters<typeof selectRows>[0] }) {
  const [row] = await selectRows<{ events: number; questions: number; active: number; links: number; sources: number }>(
    ctx.db(),
    sql`select (select count(*)::int from events) as events,
               (select count(*)::int from questions) as questions,
               (select count(*)::int from questions where retired_at is null) as active,
               (select count(*)::int from question_events) as links,
               (select count(*)::int from sources) as sources`,
  );
  return row;
}

describeEachEngine("question bank storage", (ctx) => {
  const bank = generateQuestionBank(fixture);

  it("loads the dataset and bank, then skips an unchanged version", async () => {
    const first = await syncQuestionBank(ctx.db(), fixture, bank);
    expect(first).toMatchObject({ skipped: false, events: fixture.events.length, questions: bank.length, retired: 0 });
    const second = await syncQuestionBank(ctx.db(), fixture, bank);
    expect(second.skipped).toBe(true);
    expect(await counts(ctx)).toEqual({
      events: fixture.events.length,
      questions: bank.length,
      active: bank.length,
      links: bank.reduce((n, q) => n + q.eventIds.length, 0),
      sources: fixture.sources.length,
    });
  });

  it("stores each question whole, as generated", async () => {
    const sample = bank[3];
    expect(sample).toBeDefined();
    if (!sample) return;
    expect(await getQuestion(ctx.db(), sample.id, { teacherId: "00000000-0000-0000-0000-000000000000" })).toEqual(sample);
  });

  it("re-seeding a smaller dataset retires questions instead of orphaning or duplicating them", async () => {
    const keep = fixture.events.slice(0, Math.ceil(fixture.events.length / 2)).map((e) => e.slug);
    const smaller = fixtureWith(keep);
    const smallerBank = generateQuestionBank(smaller);
    const report = await syncQuestionBank(ctx.db(), smaller, smallerBank);
    const retiredExpected = bank.filter((q) => !smallerBank.some((s) => s.id === q.id)).length;
    expect(report.retired).toBe(retiredExpected);
    const after = await counts(ctx);
    expect(after?.events).toBe(keep.length);
    expect(after?.active).toBe(smallerBank.length);
    // Retired rows stay so history can point at them; nothing is duplicated.
    expect(after?.questions).toBe(new Set([...bank, ...smallerBank].map((q) => q.id)).size);

    // And back again: the retired questions return under their old ids.
    const restored = await syncQuestionBank(ctx.db(), fixture, bank);
    expect(restored.skipped).toBe(false);
    expect((await counts(ctx))?.active).toBe(bank.length);
  });

  it("lists the timeline in date order with sources and questions, filterable by topic", async () => {
    const timeline = await listTimeline(ctx.db());
    expect(timeline).toHaveLength(fixture.events.length);
    const dates = timeline.map((e) => e.dateIso.padEnd(10, "-"));
    expect([...dates].sort()).toEqual(dates);
    for (const event of timeline) {
      expect(event.sources.length).toBeGreaterThan(0);
      expect(event.questions.length).toBeGreaterThan(0);
    }
    const [topic] = await listTopics(ctx.db());
    expect(topic).toBeDefined();
    if (!topic) return;
    const filtered = await listTimeline(ctx.db(), { topic: topic.topic });
    expect(filtered).toHaveLength(topic.events);
    expect(filtered.every((e) => e.tags.includes(topic.topic))).toBe(true);
  });

  it("filters the bank by type, topic, event and difficulty with exact totals", async () => {
    const all = await searchQuestionBank(ctx.db(), { filter: {}, limit: 10, offset: 0 });
    expect(all.total).toBe(bank.length);
    expect(all.questions).toHaveLength(Math.min(10, bank.length));
    const typed = await searchQuestionBank(ctx.db(), { filter: { type: "typed" }, limit: 500, offset: 0 });
    expect(typed.total).toBe(bank.filter((q) => q.type === "typed").length);
    expect(typed.questions.every((q) => q.type === "typed")).toBe(true);
    const event = fixture.events[0]?.slug ?? "";
    const forEvent = await searchQuestionBank(ctx.db(), { filter: { event, difficulty: 2 }, limit: 500, offset: 0 });
    expect(forEvent.total).toBe(bank.filter((q) => q.eventIds.includes(event) && q.difficulty === 2).length);
    const tag = bank[0]?.tags[0] ?? "";
    const byTopic = await searchQuestionBank(ctx.db(), { filter: { topic: tag }, limit: 500, offset: 0 });
    expect(byTopic.total).toBe(bank.filter((q) => q.tags.includes(tag)).length);
  });
});
