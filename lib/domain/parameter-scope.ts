/**
 * Who a fitted FSRS parameter set is for, from the least to the most specific: the whole install,
 * one class, one student. The scheduler uses the most specific adopted set that applies.
 */
export const PARAMETER_SCOPES = ["global", "class", "student"] as const;
export type ParameterScope = (typeof PARAMETER_SCOPES)[number];
