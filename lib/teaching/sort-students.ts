/** Sorting the dashboard's students table (a class is tens of rows: sorting here is fine). */
export const STUDENT_SORTS = ["name", "completion", "accuracy", "lastActive", "recall"] as const;
export type StudentSort = (typeof STUDENT_SORTS)[number];

interface Sortable {
  name: string;
  completion: number;
  accuracy: number | null;
  lastActiveAt: Date | null;
  predictedRecall: number;
}

/** Sort a copy; missing values (no accuracy yet, never active) always go last. */
export function sortStudents<T extends Sortable>(rows: readonly T[], by: StudentSort, dir: "asc" | "desc"): T[] {
  const key = (r: T): number | string | null =>
    by === "name"
      ? r.name.toLowerCase()
      : by === "completion"
        ? r.completion
        : by === "accuracy"
          ? r.accuracy
          : by === "lastActive"
            ? (r.lastActiveAt?.getTime() ?? null)
            : r.predictedRecall;
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign || a.name.localeCompare(b.name);
  });
}
