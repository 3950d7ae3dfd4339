import { describe, expect, it } from "vitest";
import type { Answer, Dataset, Fact } from "@/lib/events/schema";
import { indexDataset, renderAnswer } from "@/lib/questions";
import { pickDistractors } from "@/lib/questions/distractors";
import { numberStep } from "@/lib/questions/distractors/number";
import { dateParts } from "@/lib/questions/fuzzy-date";
import { rngFor } from "@/lib/questions/random";
import { fixture } from "./fixture";

const index = indexDataset(fixture);

function fact(answer: Answer, extra: Partial<Fact> = {}): Fact {
  return {
    id: "f",
    ask: "what",
    question: "A question that names nothing in particular?",
    statement: "Something happened with {answer}.",
    answer,
    alsoCorrect: [],
    notDistractors: [],
    ...extra,
  };
}

function pick(f: Fact, count = 3, seed = 1, dataset: Dataset = fixture) {
  const ctx = {
    index: dataset === fixture ? index : indexDataset(dataset),
    fact: f,
    context: `${f.question}\n${f.statement}`,
    rng: rngFor(seed, "test"),
  };
  return pickDistractors(ctx, count);
}

const labels = (answers: Answer[]) => answers.map((a) => renderAnswer(a, index));

describe("entity distractors", () => {
  it("picks people of the same group first", () => {
    const chosen = labels(pick(fact({ kind: "entity", entity: "hun-sen" })));
    expect(chosen).toHaveLength(3);
    for (const name of chosen) expect(["Hun Manet", "Fumio Kishida", "Shinzo Abe", "Narendra Modi"]).toContain(name);
    // Same group and same country comes first.
    expect(chosen[0]).toBe("Hun Manet");
  });

  it("picks capitals for a capital and countries for a country", () => {
    expect(labels(pick(fact({ kind: "entity", entity: "tokyo" })))).toEqual(expect.arrayContaining([]));
    for (const name of labels(pick(fact({ kind: "entity", entity: "tokyo" })))) {
      expect(["Phnom Penh", "Naypyitaw", "New Delhi"]).toContain(name);
    }
    for (const a of pick(fact({ kind: "entity", entity: "japan" }))) {
      expect(a.kind === "entity" && index.entity(a.entity).kind).toBe("country");
    }
  });

  it("never uses alsoCorrect answers, notDistractors or anyone named in the prompt", () => {
    const f = fact(
      { kind: "entity", entity: "vietnam" },
      {
        alsoCorrect: [{ kind: "entity", entity: "laos" }],
        notDistractors: ["thailand", "singapore"],
        question: "Unlike Indonesia, which country abstained?",
      },
    );
    for (let seed = 0; seed < 30; seed++) {
      const chosen = labels(pick(f, 3, seed));
      expect(chosen).not.toContain("Vietnam");
      expect(chosen).not.toContain("Laos");
      expect(chosen).not.toContain("Thailand");
      expect(chosen).not.toContain("Singapore");
      expect(chosen).not.toContain("Indonesia");
    }
  });

  it("skips people named by their surname in the prompt", () => {
    const f = fact({ kind: "entity", entity: "hun-sen" }, { question: "Whom did Kishida meet at the funeral?" });
    for (let seed = 0; seed < 20; seed++) expect(labels(pick(f, 3, seed))).not.toContain("Fumio Kishida");
  });

  it("falls back to people of the same country before anyone else", () => {
    // Prak Sokhonn's group (foreign ministers) has only Hayashi, who is named in the prompt.
    const f = fact({ kind: "entity", entity: "prak-sokhonn" }, { question: "Which Cambodian minister called Hayashi?" });
    for (let seed = 0; seed < 20; seed++) {
      for (const name of labels(pick(f, 3, seed))) {
        expect(["Hun Sen", "Hun Manet", "Thong Mengdavid", "Kin Phea"]).toContain(name);
      }
    }
  });

  it("only offers places of the same group for a place", () => {
    // Two seas: the East China Sea is the only same-group distractor; no port or island group.
    expect(labels(pick(fact({ kind: "entity", entity: "south-china-sea" })))).toEqual(["East China Sea"]);
    expect(pick(fact({ kind: "entity", entity: "ream-naval-base" }))).toEqual([]);
  });

  it("returns fewer when the dataset has too few of the kind", () => {
    expect(pick(fact({ kind: "entity", entity: "js-uraga" }, { alsoCorrect: [{ kind: "entity", entity: "js-hirado" }] }))).toEqual([]);
  });
});

describe("date distractors", () => {
  it("keep the precision and never repeat or overlap the true date", () => {
    for (const [iso, precision] of [
      ["2021-11-18", "day"],
      ["2022-03", "month"],
      ["1991", "year"],
    ] as const) {
      for (let seed = 0; seed < 20; seed++) {
        const chosen = pick(fact({ kind: "date", date: { iso, precision } }), 3, seed);
        expect(chosen).toHaveLength(3);
        for (const d of chosen) {
          expect(d.kind).toBe("date");
          if (d.kind !== "date") continue;
          expect(d.date.precision).toBe(precision);
          expect(d.date.iso).not.toBe(iso);
          expect(d.date.iso.split("-")).toHaveLength(iso.split("-").length);
        }
      }
    }
  });

  it("stay near the true date", () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const d of pick(fact({ kind: "date", date: { iso: "2021-11-18", precision: "day" } }), 3, seed)) {
        if (d.kind === "date") expect(Math.abs(dateParts(d.date).year - 2021)).toBeLessThanOrEqual(3);
      }
      for (const d of pick(fact({ kind: "date", date: { iso: "1991", precision: "year" } }), 3, seed)) {
        if (d.kind === "date") expect(Math.abs(dateParts(d.date).year - 1991)).toBeLessThanOrEqual(10);
      }
    }
  });

  it("keep the year when the prompt names it", () => {
    const f = fact(
      { kind: "date", date: { iso: "2022-03-14", precision: "day" } },
      { question: "On what day in 2022 did the ships dock?" },
    );
    for (let seed = 0; seed < 20; seed++) {
      for (const d of pick(f, 3, seed)) if (d.kind === "date") expect(d.date.iso.startsWith("2022-")).toBe(true);
    }
  });

  it("never offer an alsoCorrect date, even at another precision", () => {
    const f = fact(
      { kind: "date", date: { iso: "2022-03", precision: "month" } },
      { alsoCorrect: [{ kind: "date", date: { iso: "2022-04", precision: "month" } }] },
    );
    for (let seed = 0; seed < 20; seed++) {
      for (const d of pick(f, 3, seed)) if (d.kind === "date") expect(d.date.iso).not.toBe("2022-04");
    }
  });
});

describe("number distractors", () => {
  it("move by a step that keeps the rounding", () => {
    expect(numberStep(141, "cardinal")).toBe(10);
    expect(numberStep(3000, "cardinal")).toBe(1000);
    expect(numberStep(7, "cardinal")).toBe(1);
    expect(numberStep(10, "cardinal")).toBe(1);
    expect(numberStep(100, "cardinal")).toBe(50);
    expect(numberStep(20, "cardinal")).toBe(5);
    expect(numberStep(2.8, "usd")).toBeCloseTo(0.1);
    expect(numberStep(70, "ordinal")).toBe(10);
    expect(numberStep(45, "ordinal")).toBe(5);
    expect(numberStep(77, "ordinal")).toBe(1);
  });

  it("are plausible values of the same unit and style, never the answer", () => {
    for (let seed = 0; seed < 20; seed++) {
      const votes = pick(fact({ kind: "number", value: 141, unit: "countries", style: "cardinal" }), 3, seed);
      expect(votes).toHaveLength(3);
      for (const n of votes) {
        if (n.kind !== "number") throw new Error("not a number");
        expect(n.value).not.toBe(141);
        expect(n.unit).toBe("countries");
        expect(n.value).toBeGreaterThanOrEqual(100);
        expect(n.value).toBeLessThanOrEqual(200);
      }
      for (const n of pick(fact({ kind: "number", value: 70, unit: "anniversary", style: "ordinal" }), 3, seed)) {
        if (n.kind === "number") expect(n.value % 10).toBe(0);
      }
      for (const n of pick(fact({ kind: "number", value: 2.8e9, unit: "US dollars", style: "usd" }), 3, seed)) {
        if (n.kind === "number") expect(renderAnswer(n, index)).toMatch(/^US\$\d(\.\d)? billion$/);
      }
    }
  });

  it("never go below two for counted things", () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const n of pick(fact({ kind: "number", value: 3, unit: "ships", style: "cardinal" }), 3, seed)) {
        if (n.kind === "number") expect(n.value).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe("text distractors", () => {
  it("come from the fact itself, minus anything equivalent to the answer", () => {
    const f = fact({
      kind: "text",
      text: "electoral reform",
      aliases: ["election reform"],
      distractors: ["Electoral reform!", "judicial reform", "land reform", "the election reform"],
    });
    expect(labels(pick(f, 3)).sort()).toEqual(["judicial reform", "land reform"]);
  });
});
