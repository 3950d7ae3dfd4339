import { describe, expect, it } from "vitest";
import { loadDataset } from "@/db/seed/dataset";
import type { EventRecord } from "@/lib/events/schema";
import { buildQuestionBank, generateQuestionBank, indexDataset, type Question } from "@/lib/questions";
import { causeCandidates, intervalBetween } from "@/lib/questions/generators/connection";

const dataset = loadDataset();
const index = indexDataset(dataset);
const bank = generateQuestionBank(dataset);
const connections = bank.filter((q): q is Question & { link: NonNullable<Question["link"]> } => q.link !== undefined);
const event = (slug: string) => index.event(slug);

describe("connection questions on the real dataset", () => {
  it("asks at least 20, of every form, from the dataset's links", () => {
    expect(connections.length).toBeGreaterThanOrEqual(20);
    const links = dataset.events.flatMap((e) => e.links.map((l) => `${e.slug}>${l.to}`));
    for (const q of connections) expect(links).toContain(`${q.link.from}>${q.link.to}`);
    const prompts = connections.map((q) => q.prompt);
    expect(prompts.some((p) => p.startsWith("Which earlier event led to"))).toBe(true);
    expect(prompts.some((p) => /^Which earlier event did .* follow on from\?$/.test(p))).toBe(true);
    expect(prompts.some((p) => / passed between /.test(p))).toBe(true);
    expect(prompts.some((p) => /anniversary of .* In what year did that happen\?$/.test(p))).toBe(true);
    expect(prompts.some((p) => /Which anniversary of it fell in \d{4}\?$/.test(p))).toBe(true);
  });

  it("dates each event once: a name that gives the month takes the day in place", () => {
    const monthThenSameDay = /\b([A-Z][a-z]+ \d{4})\b[^()]*\(\d{1,2} \1\)/;
    for (const q of connections) expect(q.explanation, q.id).not.toMatch(monthThenSameDay);
    const meeting = connections.find((q) => q.link.to === "kishida-hun-sen-tokyo-meeting" && q.type === "multiple_choice");
    expect(meeting?.explanation).toContain("the Kishida–Hun Sen meeting in Tokyo on 28 September 2022");
  });

  it("explains each with both events' dates and both events' sources", () => {
    for (const q of connections) {
      for (const slug of [q.link.from, q.link.to]) {
        const e = event(slug);
        expect(q.explanation, q.id).toContain(e.date.iso.slice(0, 4));
        for (const id of e.sources) {
          expect(
            q.sources.map((s) => s.id),
            q.id,
          ).toContain(id);
          expect(q.explanation, q.id).toContain(index.source(id).publisher);
        }
      }
    }
  });

  it("does the anniversary arithmetic right", () => {
    const origins = connections.filter((q) => q.type === "typed" && q.link.kind === "anniversary-of");
    expect(origins.length).toBeGreaterThanOrEqual(4);
    for (const q of origins) {
      const link = event(q.link.from).links.find((l) => l.to === q.link.to);
      expect(Number(q.answer)).toBe(Number(event(q.link.from).date.iso.slice(0, 4)) - (link?.years ?? NaN));
      expect(q.answer).toBe(event(q.link.to).date.iso.slice(0, 4));
    }
  });

  it("offers as wrong causes only earlier events nothing links to the later one", () => {
    const causes = connections.filter((q) => q.type === "multiple_choice" && q.link.kind !== "anniversary-of");
    expect(causes.length).toBeGreaterThanOrEqual(10);
    for (const q of causes) {
      if (q.type !== "multiple_choice") continue;
      const later = event(q.link.to);
      expect(q.answer.toLowerCase()).toBe(event(q.link.from).name?.toLowerCase());
      const fair = new Set(causeCandidates(index, later).map((e) => e.name?.toLowerCase()));
      for (const [i, choice] of q.choices.entries())
        if (i !== q.answerIndex) expect(fair.has(choice.toLowerCase()), `${q.id}: ${choice}`).toBe(true);
    }
  });

  it("keeps connection ids when the events are reordered", () => {
    const reversed = generateQuestionBank({ ...dataset, events: [...dataset.events].reverse() });
    const ids = (b: Question[]) =>
      b
        .filter((q) => q.link)
        .map((q) => q.id)
        .sort();
    expect(ids(reversed)).toEqual(ids(bank));
  });

  it("records why a link could not be asked when its other end is missing", () => {
    const part = { ...dataset, events: dataset.events.filter((e) => e.slug !== "sdf-first-un-peacekeeping-cambodia") };
    const report = buildQuestionBank(part);
    expect(report.skippedConnections).toContainEqual({
      type: "multiple_choice",
      eventSlug: "paris-peace-agreements",
      reason: "link to sdf-first-un-peacekeeping-cambodia: that event is not in the dataset",
    });
  });
});

describe("intervalBetween", () => {
  const at = (iso: string): EventRecord => {
    const parts = iso.split("-").length;
    return {
      ...event("paris-peace-agreements"),
      date: { iso, precision: parts === 3 ? "day" : parts === 2 ? "month" : "year", basis: "event" },
    };
  };

  it("counts days when both are known to the day and close", () => {
    expect(intervalBetween(at("2022-09-27"), at("2022-09-28"))).toEqual({ value: 1, unit: "day" });
  });

  it("counts months from three on, and years past two", () => {
    expect(intervalBetween(at("2012-12"), at("2013-11"))).toEqual({ value: 11, unit: "month" });
    expect(intervalBetween(at("2021-04-24"), at("2021-11-18"))).toEqual({ value: 7, unit: "month" });
    expect(intervalBetween(at("2007-06"), at("2013-11-16"))).toEqual({ value: 6, unit: "year" });
    expect(intervalBetween(at("1991"), at("1992"))).toEqual({ value: 1, unit: "year" });
  });

  it("refuses gaps no whole number describes honestly", () => {
    expect(intervalBetween(at("2022-02-24"), at("2022-03"))).toEqual(expect.any(String));
    expect(intervalBetween(at("2021-02-01"), at("2021-04-24"))).toEqual(expect.any(String));
    expect(intervalBetween(at("2022"), at("2022-11"))).toEqual(expect.any(String));
  });
});
