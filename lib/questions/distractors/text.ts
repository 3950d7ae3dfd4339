/** Free-text answers bring their own distractors (plausible but false alternatives). */
import type { Answer } from "@/lib/events/schema";
import { shuffle } from "../random";
import type { DistractorContext } from "./context";

/** The fact's own distractors, shuffled, as text answers. */
export function textCandidates(ctx: DistractorContext, answer: Extract<Answer, { kind: "text" }>): Answer[] {
  return shuffle(answer.distractors, ctx.rng).map((text) => ({ kind: "text", text, aliases: [], distractors: [] }));
}
