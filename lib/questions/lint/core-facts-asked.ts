/**
 * Rule: every core fact of the dataset is still asked — at least one question in the bank has
 * that fact's answer as its correct answer — so rewriting or suppressing weak items never loses a
 * key fact.
 */
import { factImportance } from "@/lib/events/schema";
import type { Finding, LintRule } from "./types";

export const coreFactsAsked: LintRule = {
  id: "core-facts-asked",
  description: "Every core fact still has a question whose correct answer is that fact.",
  check: (ctx) => {
    const asked = new Set(ctx.bank.flatMap((q) => ("factId" in q && q.factId !== undefined ? [`${q.eventIds[0] ?? ""}/${q.factId}`] : [])));
    const findings: Finding[] = [];
    for (const event of ctx.dataset.events) {
      for (const fact of event.facts) {
        if (factImportance(fact) !== "core" || asked.has(`${event.slug}/${fact.id}`)) continue;
        findings.push({ about: { id: `${event.slug}/${fact.id}`, text: fact.question }, message: "a core fact no question asks" });
      }
    }
    return findings;
  },
};
