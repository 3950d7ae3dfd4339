// `npm run bench:extract`: time the article extraction (lib/extraction) on a 20 KB article and
// print precision and recall on the test articles (tests/unit/extraction/articles.ts). A figure
// to read, not a timed test: the requirement is ≤ 1 s for 20 KB.
import { extractCandidates } from "../lib/extraction/article";
import { HELD_OUT_ARTICLES, score, TEST_ARTICLES } from "../tests/unit/extraction/articles";

const NAMES = ["Anna Berg", "Somsak Vongsa", "Elena Park", "Hiroshi Mori", "Carlos Mendes", "Ana Souza", "Jorge Rios", "Sara Lind"];
const PLACES = ["Oslo", "Vientiane", "Kyoto", "Jakarta", "Hanoi", "Lima", "Dakar", "Quito"];
const ORGS = ["World Bank", "Ministry of Health", "Riverside City Council", "Asian Development Bank", "National Museum of Modern Art"];
const WHEN = ["on Sunday", "last year", "in August", "on 3 May 2019", "next month", "in 2015", "on Tuesday", "last week"];
const MONTHS = ["January", "March", "June", "October"];

/** A deterministic article of about `bytes` bytes: dated and undated sentences of several shapes. */
function makeArticle(bytes: number): string {
  const sentences: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const pick = <T>(xs: readonly T[], k = 1) => xs[(i * k) % xs.length] as T;
    const s = [
      `Minister ${pick(NAMES)} met officials of the ${pick(ORGS, 3)} in ${pick(PLACES, 5)} ${pick(WHEN, 7)}.`,
      `The ${pick(ORGS)} said ${100 + i} families had received $${(i % 9) + 1} million in aid.`,
      `Talks resumed in ${pick(MONTHS)} ${2000 + (i % 23)}, when ${pick(NAMES, 3)} visited ${pick(PLACES)}.`,
      "Observers said the agreement could change how the region trades, though many details remain unclear.",
    ][i % 4] as string;
    sentences.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return sentences.join(" ");
}

const text = makeArticle(20 * 1024);
const input = { title: "Benchmark article", publisher: "Bench", publishedOn: "2024-05-13", text };
const runs: number[] = [];
let candidates = 0;
for (let i = 0; i < 6; i++) {
  const started = performance.now();
  candidates = extractCandidates(input).length;
  runs.push(performance.now() - started);
}
const [cold = 0, ...warm] = runs;
warm.sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)] ?? 0;
console.log(`article: ${Buffer.byteLength(text)} bytes, ${candidates} candidate events`);
console.log(
  `extraction: first run ${cold.toFixed(0)} ms (includes loading), median of ${warm.length} more ${median.toFixed(0)} ms (limit 1000 ms)`,
);

for (const [name, articles] of [
  ["development articles", TEST_ARTICLES],
  ["held-out articles", HELD_OUT_ARTICLES],
  ["all test articles", [...TEST_ARTICLES, ...HELD_OUT_ARTICLES]],
] as const) {
  const s = score(articles);
  console.log(
    `${name}: ${s.candidates} candidates, ${s.gold} events; precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)} (right date and actors)`,
  );
}
