/**
 * The embedded (PGlite) server's idle resident memory: `next start` on a data folder, signed-in
 * study traffic (pages, the queue, a few reviews), then the median of samples taken while idle.
 * Shared by `npm run bench` (section 5) and `npm run bench:memory`.
 */
import crypto from "node:crypto";
import { prepareEmbeddedDatabase } from "../../db/prepare-embedded";
import { DEMO_PASSWORD } from "../../db/seed/demo-users";
import { request, residentMiB, signIn, startBenchServer } from "./bench-server";

const DEMO_STUDENT = "sophea@demo.kizuna";

export interface IdleMemory {
  /** Median resident memory of the server process while idle, MiB. */
  rss: number;
  /** Every sample, MiB, one a second. */
  samples: number[];
}

export async function embeddedIdleRss(options: { port: number; distDir: string; pgliteDir: string }): Promise<IdleMemory> {
  // As `npm start` does: a first start's database is created and loaded before the server starts.
  await prepareEmbeddedDatabase(options.pgliteDir, { demoUsers: true });
  const server = await startBenchServer(options);
  try {
    const cookie = await signIn(server.base, DEMO_STUDENT, DEMO_PASSWORD);
    for (let round = 0; round < 3; round++) {
      for (const page of ["/study", "/study/practice", "/study/practice?mode=flashcard", "/study/progress", "/timeline"]) {
        await (await request(`${server.base}${page}`, { headers: { cookie } })).text();
      }
      const queue = (await (await request(`${server.base}/api/study/queue`, { headers: { cookie } })).json()) as {
        items?: { question: { id: string } }[];
      };
      const reviews = (queue.items ?? []).slice(0, 5).map((item) => ({
        id: crypto.randomUUID(),
        questionId: item.question.id,
        mode: "flashcard",
        rating: "good",
        responseMs: 3000,
        reviewedAt: new Date().toISOString(),
      }));
      if (reviews.length > 0) {
        await request(`${server.base}/api/reviews`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.base, cookie },
          body: JSON.stringify({ reviews }),
        });
      }
    }
    // Idle: V8's memory reducer runs its collections some 8–12 s after the last request, so the
    // figure is the median of the last 5 of 20 samples, once it has.
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000)); // sampling an idle process, not waiting on a result
      samples.push(residentMiB(server.pid));
    }
    return { rss: median(samples.slice(-5)), samples };
  } finally {
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
