import { describe, expect, it } from "vitest";
import { extractCandidates, highlightPieces, splitSentences } from "@/lib/extraction/article";
import { HELD_OUT_ARTICLES, score, TEST_ARTICLES } from "./articles";

const article = (publishedOn: string, text: string) => ({ title: "A test article", publisher: "Test Press", publishedOn, text });

describe("dates resolved against the publication date", () => {
  it("a bare weekday is the one before publication, or after it when the sentence looks ahead", () => {
    const [past] = extractCandidates(article("2023-03-22", "The two ministers met on Sunday in the capital."));
    expect(past?.date).toEqual({ iso: "2023-03-19", precision: "day" });
    expect(past?.dateNote).toMatch(/Sunday before the publication date \(2023-03-22\)/);
    const [ahead] = extractCandidates(article("2023-03-22", "The two ministers will meet on Sunday in the capital."));
    expect(ahead?.date).toEqual({ iso: "2023-03-26", precision: "day" });
  });

  it('"last year", "next month" and "in August" take the precision they state', () => {
    const text = "Last year the company hired 200 engineers. Prices rose sharply in August. The new line opens next month.";
    expect(extractCandidates(article("2024-04-10", text)).map((c) => c.date)).toEqual([
      { iso: "2023", precision: "year" },
      { iso: "2023-08", precision: "month" }, // August after an April article: the previous one
      { iso: "2024-05", precision: "month" },
    ]);
  });

  it("full dates and bare years are read as written", () => {
    const text = "The treaty was signed on 3 May 2019 in Geneva. The old port closed in 1987.";
    expect(extractCandidates(article("2024-01-01", text)).map((c) => c.date)).toEqual([
      { iso: "2019-05-03", precision: "day" },
      { iso: "1987", precision: "year" },
    ]);
  });

  it("a sentence without a date gives no candidate", () => {
    expect(extractCandidates(article("2024-01-01", "The weather was mild. Everyone agreed."))).toEqual([]);
  });
});

describe("people, places, organisations and numbers", () => {
  const [c] = extractCandidates(
    article(
      "2022-06-10",
      "Prime Minister Anna Berg visited Oslo on Tuesday with 300 delegates and signed a $20 million loan with the World Bank.",
    ),
  );

  it("finds each kind, without titles or trailing punctuation", () => {
    expect(c?.people).toEqual(["Anna Berg"]);
    expect(c?.places).toEqual(["Oslo"]);
    expect(c?.organisations).toEqual(["World Bank"]);
    expect(c?.numbers).toEqual([
      { text: "300", value: 300, unit: "delegates" },
      { text: "$20 million", value: 20_000_000, unit: "US dollars" },
    ]);
  });

  it("highlights the source sentence: pieces rebuild it exactly and mark what was found", () => {
    if (!c) throw new Error("no candidate");
    const pieces = highlightPieces(c.sentence, c.highlights);
    expect(pieces.map((p) => p.text).join("")).toBe(c.sentence);
    expect(pieces.filter((p) => p.kind).map((p) => [p.kind, p.text])).toEqual([
      ["person", "Anna Berg"],
      ["place", "Oslo"],
      ["date", "on Tuesday"],
      ["number", "300"],
      ["number", "$20 million"],
      ["organisation", "World Bank"],
    ]);
  });

  it("keeps offsets into the article and splits sentences around abbreviations", () => {
    const text = "Mr. Lee arrived on Monday. Dr. Kim left in 2020.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Mr. Lee arrived on Monday.", "Dr. Kim left in 2020."]);
    const candidates = extractCandidates(article("2024-02-07", text));
    for (const cand of candidates) expect(text.slice(cand.offset, cand.offset + cand.sentence.length)).toBe(cand.sentence);
  });

  it("is deterministic", () => {
    const a = TEST_ARTICLES[1]?.article;
    if (!a) throw new Error("no article");
    expect(extractCandidates(a)).toEqual(extractCandidates(a));
  });
});

describe("precision and recall on the test articles (right date and actors)", () => {
  it("finds every event of the articles it was developed on", () => {
    expect(score(TEST_ARTICLES)).toEqual({ candidates: 11, gold: 11, matched: 11, precision: 1, recall: 1 });
  });

  it("held-out articles: precision 6/8, recall 6/9 (a surname alone, a second date in one sentence, a stray organisation)", () => {
    const held = score(HELD_OUT_ARTICLES);
    expect(held).toMatchObject({ candidates: 8, gold: 9, matched: 6 });
    expect(held.precision).toBeCloseTo(0.75, 5);
    expect(held.recall).toBeCloseTo(6 / 9, 5);
    const all = score([...TEST_ARTICLES, ...HELD_OUT_ARTICLES]);
    expect(all.precision).toBeGreaterThanOrEqual(0.85);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
  });
});
