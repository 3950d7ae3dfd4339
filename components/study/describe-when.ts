/** "in 10 minutes", "in 3 hours", "tomorrow", "on 12 March" — relative to the device clock. */
export function describeWhen(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "now";
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  const sameDay = at.toDateString() === now.toDateString();
  if (sameDay) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  if (at.toDateString() === tomorrow.toDateString())
    return `tomorrow at ${at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
  return `on ${at.toLocaleDateString([], { day: "numeric", month: "long" })}`;
}
