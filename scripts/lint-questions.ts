// `npm run questions:lint`: check every generated question against the item-writing rules
// (lib/questions/lint/) and print each violation with question id, rule and text; exit 1 on any.
//   --suppressed  list the questions the bank deliberately leaves out, each with its reason
//   --json        print the violations as a JSON array instead
import { loadDataset } from "../db/seed/dataset";
import { buildQuestionBank, DEFAULT_SEED } from "../lib/questions";
import { LINT_RULES, lintBank } from "../lib/questions/lint";

const args = new Set(process.argv.slice(2));
const dataset = loadDataset();
const report = buildQuestionBank(dataset, { seed: DEFAULT_SEED });

if (args.has("--suppressed")) {
  console.log("Suppressed by the dataset (a fact's `suppress`):\n");
  for (const s of report.suppressed)
    console.log(`${s.id}  ${s.type}  ${s.eventSlug}/${s.factId}\n    ${s.prompt}\n    reason: ${s.reason}`);
  console.log("\nNot generated (the generator's own rules):\n");
  for (const s of [...report.skipped, ...report.skippedConnections]) {
    console.log(`${s.type}  ${s.eventSlug}/${s.factId ?? "(link)"}\n    reason: ${s.reason}`);
  }
  const notGenerated = report.skipped.length + report.skippedConnections.length;
  console.log(`\n${report.suppressed.length} suppressed and ${notGenerated} not generated, each with its reason.`);
  process.exit(0);
}

const violations = lintBank(dataset, report.questions);
if (args.has("--json")) {
  process.stdout.write(`${JSON.stringify(violations, null, 2)}\n`);
} else {
  for (const v of violations) console.log(`${v.id}  ${v.rule}  [${v.type}] ${v.text}\n    → ${v.message}`);
  console.log("");
  for (const rule of LINT_RULES) {
    const n = violations.filter((v) => v.rule === rule.id).length;
    console.log(`${n === 0 ? "ok  " : "FAIL"} ${rule.id}: ${n} violation(s) — ${rule.description}`);
  }
  const questions = new Set(violations.map((v) => v.id)).size;
  console.log(`\n${report.questions.length} questions checked: ${violations.length} violation(s) in ${questions} item(s).`);
}
process.exit(violations.length === 0 ? 0 : 1);
