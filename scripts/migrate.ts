// `npm run db:migrate`: apply pending migrations to the configured database (start-up does this too).
import { openCliDatabase } from "./lib/open-cli-db";

const handle = await openCliDatabase();
console.log(`[kizuna] migrations applied: ${handle.engine} at ${handle.location}`);
await handle.close();
