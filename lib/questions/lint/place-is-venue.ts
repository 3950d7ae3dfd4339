/**
 * Rule: a places ↔ events matching pair puts a place only with what happened there. The place must
 * be one of the event's venues (`places`), not something it was only about (`discussed`), and a
 * statement, call or speech is never paired with a sea, region or island group: such places are
 * what was talked about, not where anyone talked.
 */
import type { Finding, LintContext, LintRule } from "./types";

const TALK_KINDS = new Set(["statement", "call", "speech"]);
const NEVER_A_VENUE_FOR_TALK = new Set(["sea", "region", "islands"]);

function checkPairs(ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  for (const q of ctx.bank) {
    if (q.type !== "matching" || q.matchKind !== "place-event") continue;
    for (const pair of q.pairs) {
      const place = ctx.index.entity(pair.left);
      const event = ctx.index.event(pair.right);
      const fail = (why: string) => findings.push({ question: q, message: `${place.name} ↔ "${event.title}": ${why}` });
      if (!event.places.includes(place.id)) fail("the place is not one of the event's venues");
      else if (event.discussed.includes(place.id)) fail("the place was only discussed");
      else if (TALK_KINDS.has(event.kind) && NEVER_A_VENUE_FOR_TALK.has(place.group ?? ""))
        fail(`a ${event.kind} is about a ${place.group}, not held in one`);
    }
  }
  return findings;
}

export const placeIsVenue: LintRule = {
  id: "place-is-venue",
  description: "Places are matched only with what happened there (the venue), never with what was merely discussed.",
  check: checkPairs,
};
