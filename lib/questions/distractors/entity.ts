/**
 * Entity distractors: another entity of the same kind (a person for a person, a country for a
 * country), preferring the same similarity group and country ("head-of-government" of Cambodia
 * for Hun Sen), then the same group, then the same country, then the same kind. Places (kind
 * "place": buildings, seas, bases, regions…) are too unlike each other to mix, so a place that
 * has a group only ever gets places of that group.
 */
import type { Answer, Entity } from "@/lib/events/schema";
import { shuffle } from "../random";
import { concatTiers, type DistractorContext } from "./context";

/** Candidate entity answers, best first (each tier shuffled by the question's generator). */
export function entityCandidates(ctx: DistractorContext, answer: Extract<Answer, { kind: "entity" }>): Answer[] {
  const target = ctx.index.entity(answer.entity);
  const excluded = new Set([
    target.id,
    ...ctx.fact.notDistractors,
    ...ctx.fact.alsoCorrect.flatMap((a) => (a.kind === "entity" ? [a.entity] : [])),
  ]);
  const sameGroup = (e: Entity) => target.group !== undefined && e.group === target.group;
  const sameCountry = (e: Entity) => target.country !== undefined && e.country === target.country;
  const strictGroup = target.kind === "place" && target.group !== undefined;
  const pool = ctx.index.entities.filter((e) => e.kind === target.kind && !excluded.has(e.id) && (!strictGroup || sameGroup(e)));
  const tiers = [pool.filter((e) => sameGroup(e) && sameCountry(e)), pool.filter(sameGroup), pool.filter(sameCountry), pool].map((tier) =>
    shuffle(tier, ctx.rng),
  );
  return concatTiers(tiers, (e) => e.id).map((e) => ({ kind: "entity", entity: e.id }));
}
