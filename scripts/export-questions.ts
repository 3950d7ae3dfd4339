// `npm run --silent questions:export`: the whole question bank (dataset + generator, seed 1) as a
// JSON array on stdout, and nothing else there (diagnostics go to stderr).
import { loadDataset } from "../db/seed/dataset";
import { generateQuestionBank, type Question } from "../lib/questions";

const SEED = 1;

function choicesOf(q: Question): string[] | null {
  if (q.type === "multiple_choice") return q.choices;
  if (q.type === "true_false") return ["True", "False"];
  return null;
}

// Keep stdout clean even if loading logs something.
const log = console.log;
console.log = console.error;
const dataset = await loadDataset();
const bank = generateQuestionBank(dataset, { seed: SEED });
console.log = log;

const exported = bank.map((q) => {
  const { id, type, prompt, answer, explanation, sources, eventIds, tags, difficulty, ...details } = q;
  const [first] = sources;
  return {
    id,
    type,
    prompt,
    answer,
    choices: choicesOf(q),
    explanation,
    source: first ? { title: first.title, publisher: first.publisher, publishedOn: first.publishedOn } : null,
    sources,
    eventIds,
    tags,
    difficulty,
    // Type-specific fields: accepted answers, ordering items, matching pairs…
    ...details,
  };
});

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error; // `| head` closing the pipe early is fine
});
process.stdout.write(`${JSON.stringify(exported, null, 2)}\n`);
