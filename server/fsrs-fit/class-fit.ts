/**
 * A teacher's "fit my class now": checked and counted in the request, run after the response has
 * been sent (Next's `after`), one at a time per class in this process. Reviews are scheduled with
 * the set in use until the fit is stored.
 */
import { after } from "next/server";
import { getDb } from "@/db";
import { log } from "@/server/logger";
import { fitTarget } from "./run-fits";

const running = new Set<string>();

/** Whether a fit of this class is under way in this process. */
export function isClassFitRunning(classId: string): boolean {
  return running.has(classId);
}

/** Schedule a fit of the class after this response (the caller has checked the class is the teacher's). */
export function startClassFit(classId: string): "started" | "already-running" {
  if (running.has(classId)) return "already-running";
  running.add(classId);
  after(async () => {
    try {
      const outcome = await fitTarget(await getDb(), { scope: "class", classId });
      log("fsrs-fit").info({ classId, status: outcome.status, trainingItems: outcome.trainingItems }, "class fit finished");
    } catch (error) {
      log("fsrs-fit").error({ err: error, classId }, "class fit failed");
    } finally {
      running.delete(classId);
    }
  });
  return "started";
}
