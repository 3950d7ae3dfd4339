/** How an answer (or a distractor of the same kind) reads in choices, statements and feedback. */
import type { Answer } from "@/lib/events/schema";
import type { DatasetIndex } from "../dataset-index";
import { renderDate } from "./date";
import { renderNumber, renderProseNumber, renderProseQuantity, renderQuantity } from "./number";

/** The answer as a choice reads: an entity's name, a date at its precision, a number with its unit (below ten in words), the text. */
export function renderAnswer(answer: Answer, index: DatasetIndex): string {
  switch (answer.kind) {
    case "entity":
      return index.entity(answer.entity).name;
    case "date":
      return renderDate(answer.date);
    case "number":
      return renderProseQuantity(answer.value, answer.unit, answer.style);
    case "text":
      return answer.text;
  }
}

/**
 * Every way the answer could be written that would give it away if a prompt contained it:
 * name and aliases, the rendered date and its iso form, the number with and without its unit.
 */
export function answerSurfaceForms(answer: Answer, index: DatasetIndex): string[] {
  switch (answer.kind) {
    case "entity": {
      const e = index.entity(answer.entity);
      return [e.name, ...e.aliases];
    }
    case "date":
      return [renderDate(answer.date), answer.date.iso];
    case "number":
      return [
        ...new Set([
          renderProseQuantity(answer.value, answer.unit, answer.style),
          renderQuantity(answer.value, answer.unit, answer.style),
          renderProseNumber(answer.value, answer.style),
          renderNumber(answer.value, answer.style),
        ]),
      ];
    case "text":
      return [answer.text, ...answer.aliases];
  }
}
