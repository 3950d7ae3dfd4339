// `npm run seed`: idempotent start-up seeding (demo accounts) on the configured database.
import { seedDatabase } from "../db/seed";
import { openCliDatabase } from "./lib/open-cli-db";

const handle = await openCliDatabase();
try {
  const report = await seedDatabase(handle.db, { demoUsers: process.env.SEED_DEMO !== "false" });
  const { content } = report;
  console.log(
    `[kizuna] seeded ${handle.engine} at ${handle.location}: ${content.events} events, ${content.questions} questions ` +
      `(${content.skipped ? "unchanged" : "loaded"}), ${report.demoUsersCreated} demo accounts created`,
  );
} finally {
  await handle.close();
}
