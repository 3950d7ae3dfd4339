/** Guard against prompts that give their answer away. */
import type { Fact } from "@/lib/events/schema";
import type { DatasetIndex } from "./dataset-index";
import { phraseFinder } from "./matching/normalize";
import { answerSurfaceForms } from "./render/answer";

/**
 * The answer form (of the fact's answer or an `alsoCorrect` one) that `text` names, if any:
 * a prompt that contains its own answer is not asked.
 */
export function revealedAnswer(text: string, fact: Fact, index: DatasetIndex): string | undefined {
  const names = phraseFinder(text);
  for (const answer of [fact.answer, ...fact.alsoCorrect]) {
    const form = answerSurfaceForms(answer, index).find(names);
    if (form !== undefined) return form;
  }
  return undefined;
}
