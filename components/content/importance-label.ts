import type { Importance } from "@/lib/questions/types";

/** How each importance is named to teachers, in the bank's filter and on each question. */
export const IMPORTANCE_LABELS: Record<Importance, string> = {
  core: "Core",
  supporting: "Supporting",
  detail: "Detail",
};
