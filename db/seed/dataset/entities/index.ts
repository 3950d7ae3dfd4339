/** Every entity of the dataset: people, places, organisations, agreements, ships and programmes. */
import type { DatasetInput } from "@/lib/events/schema";
import { agreements, organisations, programmes, ships } from "./organisations";
import { people } from "./people";
import { places } from "./places";

export const entities: DatasetInput["entities"] = [...people, ...places, ...organisations, ...agreements, ...ships, ...programmes];
