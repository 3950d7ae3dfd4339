import { z } from "zod";
import { QUESTION_TYPES } from "@/lib/domain";
import { importanceSchema } from "@/lib/events/schema";

/** Question-bank filters from the URL. Unknown values are dropped rather than erroring: a stale bookmark still opens. */
export const bankFilterSchema = z.object({
  /** A collection's slug; whether the teacher may read it is checked by the query. */
  collection: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(60)
    .optional()
    .catch(undefined),
  topic: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  type: z.enum(QUESTION_TYPES).optional().catch(undefined),
  event: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  difficulty: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  importance: importanceSchema.optional().catch(undefined),
  /** Event years, inclusive: questions about events in this range. */
  from: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
  to: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
});
export type BankFilterParams = z.infer<typeof bankFilterSchema>;

export function parseBankFilter(params: Record<string, string | string[] | undefined>): BankFilterParams {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return bankFilterSchema.parse(single);
}
