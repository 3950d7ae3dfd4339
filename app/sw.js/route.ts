// GET /sw.js – the service worker built by `serwist build` into this build's folder (public: no user data)
import fs from "node:fs/promises";
import path from "node:path";

export const dynamic = "force-dynamic";

const HEADERS = {
  "content-type": "application/javascript; charset=utf-8",
  // The browser checks for a new worker on each visit; never keep an old one.
  "cache-control": "no-cache, no-store, must-revalidate",
  "service-worker-allowed": "/",
};

export async function GET(): Promise<Response> {
  // The same folder next.config.js builds into.
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "sw.js");
  try {
    return new Response(await fs.readFile(file, "utf8"), { headers: HEADERS });
  } catch {
    return new Response("// This build has no service worker: run `npm run build`.\n", { status: 404, headers: HEADERS });
  }
}
