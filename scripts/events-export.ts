// `npm run --silent events:export -- --collection SLUG [--csv]`: print a collection on stdout as
// JSON (the import format; export → import round-trips exactly) or as the events CSV, from the
// configured database (DATABASE_URL or PGLITE_DIR; migrated and seeded if needed). The built-in
// dataset is the collection "japan-cambodia".
import { parseArgs } from "node:util";
import { exportCollection } from "../db/queries/collections";
import { seedDatabase } from "../db/seed";
import { eventsToCsv } from "../lib/collections/csv";
import { BUILTIN_COLLECTION } from "../lib/domain";
import { openCliDatabase } from "./lib/open-cli-db";

const USAGE = "usage: npm run --silent events:export -- --collection SLUG [--csv]";
let args: { collection?: string; csv?: boolean };
try {
  args = parseArgs({ options: { collection: { type: "string" }, csv: { type: "boolean" } } }).values;
} catch (error) {
  console.error(`[kizuna] ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(1);
}
if (!args.collection) {
  console.error(`[kizuna] ${USAGE}`);
  process.exit(1);
}

const handle = await openCliDatabase();
let exitCode = 0;
try {
  // The built-in collection is filled at start-up; a database never started gets it now.
  if (args.collection === BUILTIN_COLLECTION) await seedDatabase(handle.db, { demoUsers: false });
  const exported = await exportCollection(handle.db, { slug: args.collection });
  if (!exported) {
    console.error(`[kizuna] no collection "${args.collection}" in ${handle.engine} at ${handle.location}`);
    exitCode = 1;
  } else {
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
    process.stdout.write(args.csv ? eventsToCsv(exported.events) : `${JSON.stringify(exported, null, 2)}\n`);
  }
} finally {
  await handle.close();
}
process.exit(exitCode);
