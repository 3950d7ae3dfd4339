/**
 * Rule: the explanation states the answer. A fact question's explanation names one of the fact's
 * true answers (a date or number written out, a name or an accepted phrasing); an ordering
 * question's gives every item's date; a matching question's every pair; a connection question's
 * the answer and both events' dates, citing both events' sources. A true true/false statement is
 * the answer itself, on the card above the explanation: the explanation says "True." and goes on
 * to why, so the statement counts as stating it (repeating it word for word is what it avoids).
 */
import { containsPhrase } from "../matching/normalize";
import { renderAnswer } from "../render/answer";
import type { Question } from "../types";
import { factAnswerForms, factOf } from "./question-facts";
import type { Finding, LintContext, LintRule } from "./types";

function mentionsAny(text: string, forms: readonly string[]): boolean {
  return forms.some((form) => form.trim() !== "" && (containsPhrase(text, form) || text.includes(form)));
}

function checkQuestion(q: Question, ctx: LintContext): string[] {
  const text = q.type === "true_false" && q.truth ? `${q.statement} ${q.explanation}` : q.explanation;
  switch (q.type) {
    case "ordering":
      return Object.entries(q.dates)
        .filter(([, date]) => !text.includes(date))
        .map(([slug, date]) => `does not give the date of ${slug} (${date})`);
    case "matching":
      return q.pairs.flatMap((pair) => {
        const left = q.left.find((l) => l.id === pair.left)?.label ?? "";
        const right = q.right.find((r) => r.id === pair.right)?.label ?? "";
        return text.includes(left) && text.includes(right) ? [] : [`does not state the pair "${left}: ${right}"`];
      });
    default: {
      const found = factOf(q, ctx);
      if (found) {
        const answer = renderAnswer(found.fact.answer, ctx.index);
        return mentionsAny(text, factAnswerForms(found.fact, ctx.index)) ? [] : [`never states the answer "${answer}"`];
      }
      if (q.link === undefined) return [];
      const problems: string[] = [];
      const answer = q.type === "true_false" ? [] : [q.answer];
      if (!mentionsAny(text, answer)) problems.push(`never states the answer "${q.answer}"`);
      for (const slug of [q.link.from, q.link.to]) {
        const event = ctx.index.event(slug);
        if (!text.includes(event.date.iso.slice(0, 4))) problems.push(`does not date ${slug}`);
        for (const id of event.sources) {
          if (!q.sources.some((s) => s.id === id)) problems.push(`does not cite ${slug}'s source ${id}`);
          else if (!text.includes(ctx.index.source(id).publisher))
            problems.push(`does not name ${slug}'s source (${ctx.index.source(id).publisher})`);
        }
      }
      return problems;
    }
  }
}

export const explanationStatesAnswer: LintRule = {
  id: "explanation-states-answer",
  description: "An explanation states the answer (dates and numbers written out); a connection question's cites both events' sources.",
  check: (ctx) => ctx.bank.flatMap((q): Finding[] => checkQuestion(q, ctx).map((message) => ({ question: q, message }))),
};
