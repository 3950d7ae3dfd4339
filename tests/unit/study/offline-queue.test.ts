import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/questions/types";
import { default_w } from "ts-fsrs";
import { createScheduler } from "@/lib/scheduling";
import { buildOfflineQueue, type OfflinePack, type OfflinePackCard } from "@/lib/study/offline-queue";

const PACK_AT = new Date("2026-03-02T08:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const question = (id: string) =>
  ({ id, itemId: id, type: "multiple_choice", prompt: `Is ${id} true?`, choices: [id, "no"], answerIndex: 0 }) as unknown as Question;
/** An item whose face (in both modes) is the question of the same id. */
const faces = (id: string) => ({ itemId: id, faces: { quiz: question(id), flashcard: question(id) } });

const newCard = (id: string, assigned = false): OfflinePackCard => ({
  ...faces(id),
  kind: "new",
  due: null,
  leech: false,
  assigned,
  state: null,
});

/** A seen card due at `due`, with the state a first "good" review left (as JSON, like the API sends). */
function dueCard(id: string, due: Date, leech = false): OfflinePackCard {
  const reviewed = createScheduler().review(null, "good", new Date(due.getTime() - DAY));
  return {
    ...faces(id),
    kind: "due",
    due: due.toISOString(),
    leech,
    assigned: false,
    state: JSON.parse(JSON.stringify(reviewed.state)),
  };
}

function pack(cards: OfflinePackCard[], overrides: Partial<OfflinePack> = {}): OfflinePack {
  return {
    userId: "u1",
    generatedAt: PACK_AT.toISOString(),
    utcOffsetMinutes: 0,
    settings: { newPerDay: 20, reviewCap: null, desiredRetention: 0.9 },
    newIntroducedToday: 0,
    reviewsDoneToday: 0,
    cards,
    ...overrides,
  };
}

const news = (n: number) => Array.from({ length: n }, (_, i) => newCard(`n${String(i).padStart(2, "0")}`));
const ids = (queue: { items: { question: Question }[] }) => queue.items.map((i) => i.question.id);
const build = (p: OfflinePack, now: Date, answered: Record<string, string> = {}, size = 20) =>
  buildOfflineQueue(p, { now, answered, utcOffsetMinutes: 0, size });

describe("buildOfflineQueue", () => {
  it("gives a new student today's new cards, in bank order, up to the daily limit", () => {
    const queue = build(pack(news(60)), new Date(PACK_AT.getTime() + HOUR));
    expect(ids(queue)).toEqual(news(20).map((c) => c.itemId));
    expect(queue.newCount).toBe(20);
    expect(queue.items.every((i) => i.kind === "new" && i.intervals.good.length > 0)).toBe(true);
  });

  it("leaves out cards answered on this device and counts them against today's new-card limit", () => {
    const now = new Date(PACK_AT.getTime() + 2 * HOUR);
    const answered = Object.fromEntries(news(5).map((c) => [c.itemId, new Date(PACK_AT.getTime() + HOUR).toISOString()]));
    const queue = build(pack(news(60)), now, answered);
    expect(ids(queue)).toEqual(
      news(20)
        .slice(5)
        .map((c) => c.itemId),
    );
  });

  it("counts what the server already knew was done today", () => {
    const queue = build(pack(news(60), { newIntroducedToday: 18 }), new Date(PACK_AT.getTime() + HOUR));
    expect(queue.newCount).toBe(2);
  });

  it("starts a fresh daily limit on the next day, with the next new cards", () => {
    const yesterday = new Date(PACK_AT.getTime() + HOUR).toISOString();
    const answered = Object.fromEntries(news(20).map((c) => [c.itemId, yesterday]));
    const queue = build(pack(news(60), { newIntroducedToday: 20 }), new Date(PACK_AT.getTime() + DAY), answered);
    expect(ids(queue)).toEqual(
      news(40)
        .slice(20)
        .map((c) => c.itemId),
    );
  });

  it("keeps the student's own day: with a 04:00 start in Tokyo, 02:00 the next morning is still the same study day", () => {
    // The pack was made at 17:00 in Tokyo (08:00 UTC); 02:00 Tokyo the next calendar day is 17:00 UTC.
    const settings = { newPerDay: 20, reviewCap: null, desiredRetention: 0.9, dayStartHour: 4, timeZone: "Asia/Tokyo" };
    const lateNight = new Date(PACK_AT.getTime() + 9 * HOUR);
    expect(build(pack(news(60), { settings, newIntroducedToday: 18 }), lateNight).newCount).toBe(2);
    // At 05:00 Tokyo a new study day has begun: a fresh limit.
    const nextMorning = new Date(PACK_AT.getTime() + 12 * HOUR);
    expect(build(pack(news(60), { settings, newIntroducedToday: 18 }), nextMorning).newCount).toBe(20);
    // With a midnight start, 02:00 in Tokyo is already the next day.
    expect(build(pack(news(60), { settings: { ...settings, dayStartHour: 0 }, newIntroducedToday: 18 }), lateNight).newCount).toBe(20);
    // Without the student's day (an older pack) the device's offset and midnight decide, as before:
    // 05:00 in Tokyo is 20:00 UTC, the same day as the pack for a device on UTC.
    expect(build(pack(news(60), { newIntroducedToday: 18 }), nextMorning).newCount).toBe(2);
  });

  it("labels the grade buttons with the weights the server schedules the student with", () => {
    const at = new Date(PACK_AT.getTime() + HOUR);
    // A new item's "easy" interval is its initial stability w[3]: a fitted set with a larger one shows later returns.
    const fitted = default_w.map((w, i) => (i === 3 ? w * 4 : w));
    const settings = { newPerDay: 20, reviewCap: null, desiredRetention: 0.9, weights: fitted };
    const withDefaults = build(pack([newCard("n1")]), at).items[0]?.intervals;
    const withFitted = build(pack([newCard("n1")], { settings }), at).items[0]?.intervals;
    expect(withFitted?.easy).toBe(createScheduler({ desiredRetention: 0.9, weights: fitted }).previewIntervals(null, at).easy.label);
    expect(withFitted?.easy).not.toBe(withDefaults?.easy);
  });

  it("shows a seen card once it is due by the device's clock, before new cards, and never after it was answered", () => {
    const soon = dueCard("d-soon", new Date(PACK_AT.getTime() + 2 * DAY));
    const cards = [dueCard("d-now", new Date(PACK_AT.getTime() - HOUR)), soon, ...news(3)];
    expect(ids(build(pack(cards), PACK_AT))).toEqual(["d-now", "n00", "n01", "n02"]);
    const later = new Date(PACK_AT.getTime() + 2 * DAY + HOUR);
    expect(ids(build(pack(cards), later, { "d-now": PACK_AT.toISOString() }))).toEqual(["d-soon", "n00", "n01", "n02"]);
  });

  it("keeps to the review cap and the session size", () => {
    const due = Array.from({ length: 10 }, (_, i) => dueCard(`d${i}`, new Date(PACK_AT.getTime() - (i + 1) * HOUR)));
    const capped = build(pack(due, { settings: { newPerDay: 20, reviewCap: 4, desiredRetention: 0.9 }, reviewsDoneToday: 1 }), PACK_AT);
    expect(capped.dueCount).toBe(3);
    expect(build(pack([...due, ...news(30)]), PACK_AT, {}, 12).items).toHaveLength(12);
  });

  it("labels a seen card's grade buttons from its saved memory state", () => {
    const card = dueCard("d1", new Date(PACK_AT.getTime() - HOUR), true);
    const [item] = build(pack([card]), PACK_AT).items;
    expect(item?.leech).toBe(true);
    // "good" on a reviewed card comes back later than "again".
    expect(item?.intervals.again).not.toBe(item?.intervals.good);
  });

  it("studies a card whose saved state is damaged as a card never seen, instead of failing", () => {
    const broken = { ...dueCard("d1", new Date(PACK_AT.getTime() - HOUR)), state: { due: "not a date" } };
    expect(ids(build(pack([broken]), PACK_AT))).toEqual(["d1"]);
  });

  it("puts assigned new cards first", () => {
    const cards = [...news(3), newCard("assigned", true)];
    expect(ids(build(pack(cards), PACK_AT))[0]).toBe("assigned");
  });
});
