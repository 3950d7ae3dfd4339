/** Every event of the dataset, oldest first by file (order within the dataset does not matter to ids). */
import type { EventInput } from "@/lib/events/schema";
import { events2007to2013 } from "./2007-2013";
import { events2013Visit } from "./2013-visit";
import { events2021 } from "./2021";
import { events2021Analysis } from "./2021-analysis";
import { events2022March } from "./2022-march";
import { events2022MarchVisit } from "./2022-march-visit";
import { events2022November } from "./2022-november";
import { events2022September } from "./2022-september";
import { events2023 } from "./2023";
import { events2023Context } from "./2023-context";
import { backgroundEvents } from "./background";

export const events: EventInput[] = [
  ...backgroundEvents,
  ...events2007to2013,
  ...events2013Visit,
  ...events2021,
  ...events2021Analysis,
  ...events2022March,
  ...events2022MarchVisit,
  ...events2022September,
  ...events2022November,
  ...events2023,
  ...events2023Context,
];
