import { describe, expect, it } from "vitest";
import { buildDailyQueue, startOfStudyDay, type DailyQueueInput, type QueueCard } from "@/lib/scheduling";

const now = new Date("2026-03-01T09:00:00Z");
const hoursFromNow = (h: number) => new Date(now.getTime() + h * 3_600_000);
const card = (itemId: string, dueInHours: number, leech?: boolean): QueueCard => ({
  itemId,
  due: hoursFromNow(dueInHours),
  ...(leech === undefined ? {} : { leech }),
});
const ids = (q: ReturnType<typeof buildDailyQueue>) => q.items.map((i) => i.itemId);
const build = (over: Partial<DailyQueueInput> = {}) => buildDailyQueue({ now, cards: [], newCandidates: [], ...over });

describe("buildDailyQueue", () => {
  it("puts due cards first, most overdue first, then new ones in bank order", () => {
    const q = build({
      cards: [card("c", -1), card("a", -48), card("later", 5), card("b", -5), card("now", 0)],
      newCandidates: ["n1", "n2", "n3"],
    });
    expect(ids(q)).toEqual(["a", "b", "c", "now", "n1", "n2", "n3"]);
    expect(q.items.map((i) => i.kind)).toEqual(["due", "due", "due", "due", "new", "new", "new"]);
    expect(q.dueCount).toBe(4);
    expect(q.newCount).toBe(3);
    expect(q.cappedDueCount).toBe(0);
  });

  it("breaks ties on due date by question id", () => {
    const q = build({ cards: [card("q-b", -2), card("q-c", -2), card("q-a", -2)] });
    expect(ids(q)).toEqual(["q-a", "q-b", "q-c"]);
  });

  it("puts assigned items ahead of the rest within due and within new", () => {
    const q = build({
      cards: [card("old", -30), card("assigned-due", -1), card("mid", -10)],
      newCandidates: ["n1", "n2", "assigned-new", "n3"],
      assignedItemIds: new Set(["assigned-due", "assigned-new"]),
      limits: { newPerDay: 2 },
    });
    expect(ids(q)).toEqual(["assigned-due", "old", "mid", "assigned-new", "n1"]);
    expect(q.items.filter((i) => i.assigned).map((i) => i.itemId)).toEqual(["assigned-due", "assigned-new"]);
  });

  it("accepts assigned ids as an array", () => {
    const q = build({ newCandidates: ["n1", "n2"], assignedItemIds: ["n2"] });
    expect(ids(q)).toEqual(["n2", "n1"]);
  });

  it("introduces at most newPerDay new questions (20 by default), minus those introduced today", () => {
    const candidates = Array.from({ length: 50 }, (_, i) => `n${String(i).padStart(2, "0")}`);
    expect(build({ newCandidates: candidates }).newCount).toBe(20);
    expect(build({ newCandidates: candidates, limits: { newPerDay: 5 } }).items.map((i) => i.itemId)).toEqual([
      "n00",
      "n01",
      "n02",
      "n03",
      "n04",
    ]);
    expect(build({ newCandidates: candidates, limits: { newPerDay: 5 }, newIntroducedToday: 3 }).newCount).toBe(2);
    expect(build({ newCandidates: candidates, limits: { newPerDay: 5 }, newIntroducedToday: 9 }).newCount).toBe(0);
    expect(build({ newCandidates: candidates, limits: { newPerDay: 0 } }).newCount).toBe(0);
  });

  it("never offers as new a question that already has a card, nor one twice", () => {
    const q = build({ cards: [card("seen", 10)], newCandidates: ["seen", "n1", "n1", "n2"] });
    expect(ids(q)).toEqual(["n1", "n2"]);
  });

  it("caps due cards at what is left of the review cap today, keeping the most overdue", () => {
    const cards = [card("a", -4), card("b", -3), card("c", -2), card("d", -1)];
    const capped = build({ cards, limits: { reviewCap: 3 }, reviewsDoneToday: 1, newCandidates: ["n1"] });
    expect(ids(capped)).toEqual(["a", "b", "n1"]);
    expect(capped.dueCount).toBe(2);
    expect(capped.cappedDueCount).toBe(2);
    expect(build({ cards, limits: { reviewCap: 3 }, reviewsDoneToday: 10 }).dueCount).toBe(0);
    expect(build({ cards, limits: { reviewCap: null }, reviewsDoneToday: 10 }).dueCount).toBe(4);
    expect(build({ cards, reviewsDoneToday: 10 }).dueCount).toBe(4);
  });

  it("reports the earliest future due date among cards not in the queue", () => {
    const q = build({ cards: [card("due", -1), card("tomorrow", 24), card("soon", 2), card("next-week", 168)] });
    expect(ids(q)).toEqual(["due"]);
    expect(q.nextDueAt).toEqual(hoursFromNow(2));
    expect(build({ cards: [card("due", -1)] }).nextDueAt).toBeNull();
  });

  it("is empty when nothing is due and nothing is new, and says when the next card is due", () => {
    const q = build({ cards: [card("x", 3), card("y", 30)] });
    expect(q).toEqual({ items: [], dueCount: 0, newCount: 0, cappedDueCount: 0, nextDueAt: hoursFromNow(3) });
    expect(build()).toEqual({ items: [], dueCount: 0, newCount: 0, cappedDueCount: 0, nextDueAt: null });
  });

  it("flags leeches but keeps them in the queue", () => {
    const q = build({ cards: [card("leech", -2, true), card("fine", -1)], newCandidates: ["n"] });
    expect(q.items).toEqual([
      { itemId: "leech", kind: "due", assigned: false, leech: true },
      { itemId: "fine", kind: "due", assigned: false, leech: false },
      { itemId: "n", kind: "new", assigned: false, leech: false },
    ]);
  });

  it("is deterministic whatever order the cards come in, and does not mutate its input", () => {
    const cards = [card("e", -1), card("d", -1), card("c", -7), card("b", -3), card("a", 4), card("f", -3)];
    const frozen = JSON.stringify(cards);
    const input = { cards, newCandidates: ["n2", "n1"], assignedItemIds: ["b", "n1"], limits: { reviewCap: 4, newPerDay: 1 } };
    const first = build(input);
    const second = build({ ...input, cards: [...cards].reverse() });
    expect(second).toEqual(first);
    expect(ids(first)).toEqual(["b", "c", "f", "d", "n1"]);
    expect(JSON.stringify(cards)).toBe(frozen);
  });
});

describe("startOfStudyDay", () => {
  it("starts the day at the student's local midnight", () => {
    // 18:00 in Tokyo (UTC+9): the day began at 15:00 UTC the day before.
    expect(startOfStudyDay(now, 540)).toEqual(new Date("2026-02-28T15:00:00Z"));
    // 01:00 the next day in Tokyo.
    expect(startOfStudyDay(new Date("2026-03-01T16:00:00Z"), 540)).toEqual(new Date("2026-03-01T15:00:00Z"));
    // 04:00 in New York (UTC−5).
    expect(startOfStudyDay(now, -300)).toEqual(new Date("2026-03-01T05:00:00Z"));
    // 22:00 the day before in New York.
    expect(startOfStudyDay(new Date("2026-03-01T03:00:00Z"), -300)).toEqual(new Date("2026-02-28T05:00:00Z"));
    expect(startOfStudyDay(now, 0)).toEqual(new Date("2026-03-01T00:00:00Z"));
    // Half-hour offsets (India, UTC+5:30).
    expect(startOfStudyDay(now, 330)).toEqual(new Date("2026-02-28T18:30:00Z"));
  });

  it("returns a moment at or before now, less than a day before", () => {
    for (const offset of [-720, -300, 0, 330, 540, 840]) {
      const start = startOfStudyDay(now, offset).getTime();
      expect(start).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime() - start).toBeLessThan(24 * 3_600_000);
    }
  });

  it("rejects impossible offsets", () => {
    expect(() => startOfStudyDay(now, 900)).toThrow(RangeError);
    expect(() => startOfStudyDay(now, Number.NaN)).toThrow(RangeError);
  });
});
