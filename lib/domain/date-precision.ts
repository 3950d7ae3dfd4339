/** How precisely an event's date is known, as the dataset gives it and `events.date_precision` stores it. */

/** Every precision, finest first. */
export const DATE_PRECISIONS = ["day", "month", "year"] as const;

/** A date's precision. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
