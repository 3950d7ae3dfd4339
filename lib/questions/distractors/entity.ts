/**
 * Entity distractors: another entity of the same kind (a person for a person, a country for a
 * country), preferring the same similarity group and country ("head-of-government" of Cambodia
 * for Hun Sen), then the same group, then the same kind.
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
  const pool = ctx.index.entities.filter((e) => e.kind === target.kind && !excluded.has(e.id));
  const sameGroup = (e: Entity) => target.group !== undefined && e.group === target.group;
  const sameCountry = (e: Entity) => target.country !== undefined && e.country === target.country;
  const tiers = [
    pool.filter((e) => sameGroup(e) && sameCountry(e)),
    pool.filter((e) => sameGroup(e)),
    pool.filter((e) => e.group === undefined || target.group === undefined),
    pool,
  ].map((tier) => shuffle(tier, ctx.rng));
  return concatTiers(tiers, (e) => e.id).map((e) => ({ kind: "entity", entity: e.id }));
}
