// `npm run events:import -- FILE --collection SLUG --owner EMAIL [--public]`: create or update a
// teacher's collection from a JSON file (the dataset's schema) or an events CSV, on the configured
// database (DATABASE_URL or PGLITE_DIR; migrated if needed). The whole file is validated first:
// every problem is printed with its path or row, and nothing is written if there is one.
// Importing the same file again changes nothing. See docs/collections/README.md.
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { CollectionSlugTakenError, importCollection } from "../db/queries/collections";
import { findUserByEmail } from "../db/queries/users";
import { formatOfFileName, MAX_IMPORT_BYTES } from "../lib/collections/import";
import { collectionSlugSchema } from "../lib/collections/schema";
import { openCliDatabase } from "./lib/open-cli-db";

const USAGE = "usage: npm run events:import -- FILE --collection SLUG --owner EMAIL [--public | --private]";

function fail(message: string): never {
  console.error(`[kizuna] ${message}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { collection: { type: "string" }, owner: { type: "string" }, public: { type: "boolean" }, private: { type: "boolean" } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
const [file] = positionals;
if (!file || positionals.length !== 1 || !values.collection || !values.owner) fail(USAGE);
const slug = collectionSlugSchema.safeParse(values.collection);
if (!slug.success) fail(`--collection: "${values.collection}" — ${slug.error.issues[0]?.message ?? "invalid"}`);
if (values.public && values.private) fail("--public and --private: choose one");

let text: string;
try {
  if (statSync(file).size > MAX_IMPORT_BYTES) fail(`${file}: larger than ${MAX_IMPORT_BYTES} bytes; split it into several collections`);
  text = readFileSync(file, "utf8");
} catch (error) {
  fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const handle = await openCliDatabase();
let exitCode = 0;
try {
  const owner = await findUserByEmail(handle.db, values.owner);
  if (!owner || owner.role !== "teacher") fail(`--owner: no teacher account has the email ${values.owner}`);
  const result = await importCollection(handle.db, {
    slug: slug.data,
    ownerId: owner.id,
    format: formatOfFileName(file),
    text,
    ...(values.public ? { visibility: "public" as const } : values.private ? { visibility: "private" as const } : {}),
  });
  if (!result.ok) {
    console.error(`[kizuna] ${file}: ${result.problems.length} problem(s); nothing was written.`);
    for (const problem of result.problems) console.error(`  - ${problem}`);
    exitCode = 1;
  } else {
    const what = { created: "created", updated: "updated", unchanged: "unchanged (nothing written)" }[result.status];
    console.log(
      `[kizuna] collection ${slug.data} ${what}: ${result.events} events, ${result.questions} questions` +
        (result.retired ? `, ${result.retired} retired` : "") +
        ` (${handle.engine} at ${handle.location})`,
    );
  }
} catch (error) {
  if (error instanceof CollectionSlugTakenError) {
    console.error(`[kizuna] --collection: ${error.message}`);
    exitCode = 1;
  } else throw error;
} finally {
  await handle.close();
}
process.exit(exitCode);
