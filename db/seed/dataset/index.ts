/**
 * The event dataset: sources (the five seed articles), entities and events, in our own words.
 * `dataset` is the raw input; `loadDataset()` validates it once (schema and cross-references)
 * and returns the parsed dataset the question generator and the seed use.
 */
import type { Dataset, DatasetInput } from "@/lib/events/schema";
import { validateDataset } from "@/lib/events/validate";
import { entities } from "./entities";
import { events } from "./events";
import { sources } from "./sources";

export const dataset: DatasetInput = { sources, entities, events };

let cached: Dataset | undefined;

/**
 * The validated dataset (validated on first call, then cached), every fact required to state its
 * importance. Throws listing every problem.
 */
export function loadDataset(): Dataset {
  cached ??= validateDataset(dataset, { requireImportance: true });
  return cached;
}
