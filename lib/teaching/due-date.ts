import { DomainError } from "@/lib/errors";

/**
 * A new assignment must be due after `now`: one due in the past would be overdue the moment
 * students see it. Throws a {@link DomainError} on the `dueAt` field otherwise.
 */
export function assertDueInFuture(dueAt: Date, now: Date): void {
  if (dueAt.getTime() <= now.getTime()) throw new DomainError("Choose a due date in the future.", "dueAt");
}
