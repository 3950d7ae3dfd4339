/**
 * Consecutive days with at least one review, counting back from today. A streak is still alive
 * if the last review was yesterday (today is not over yet).
 * @param reviewDays distinct local days ("YYYY-MM-DD"), any order
 * @param today the student's local day ("YYYY-MM-DD")
 */
export function computeStreak(reviewDays: string[], today: string): number {
  const days = new Set(reviewDays);
  const cursor = new Date(`${today}T00:00:00Z`);
  if (!days.has(today)) cursor.setUTCDate(cursor.getUTCDate() - 1);
  let streak = 0;
  while (days.has(cursor.toISOString().slice(0, 10))) {
    streak++;
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return streak;
}

/** The local calendar day of `now` for a UTC offset in minutes. */
export function localDayOf(now: Date, offsetMinutes: number): string {
  return new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
