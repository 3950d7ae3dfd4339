/**
 * `npx tsx scripts/show-session.ts [email] [iso-now]` — print the study session a student would get
 * (the queue the practice page serves): each card's knowledge item, face (question type) and prompt,
 * in order. For the closing note of issue 9 (one student's session before and after the engine change).
 * Reads the configured database (DATABASE_URL or PGLITE_DIR); writes nothing.
 */
import { eq } from "drizzle-orm";
import { loadStudyQueue } from "../db/queries/study-queue";
import { users } from "../db/schema";
import { openCliDatabase } from "./lib/open-cli-db";

const email = process.argv[2] ?? "student01@demo.kizuna";
const now = process.argv[3] ? new Date(process.argv[3]) : new Date();
const handle = await openCliDatabase();
try {
  const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  const queue = await loadStudyQueue(handle.db, { userId: user.id, now, utcOffsetMinutes: 0, scope: {} });
  console.log(`${email} at ${now.toISOString()}: ${queue.items.length} cards (due ${queue.dueCount}, new ${queue.newCount})`);
  queue.items.forEach((item, i) => {
    const q = item.question as typeof item.question & { factId?: string; itemId?: string };
    const fact = q.itemId ?? (q.factId ? `${q.eventIds[0]}/${q.factId}` : `(${q.type} ${q.id})`);
    console.log(`${String(i + 1).padStart(2)}. ${item.kind.padEnd(4)} ${q.type.padEnd(15)} ${fact.padEnd(48)} ${q.prompt.slice(0, 70)}`);
  });
} finally {
  await handle.close();
}
