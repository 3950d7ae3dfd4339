/**
 * `npm run test:fuzz`: hostile requests against the production build, over HTTP, across every
 * server action and route handler (tests/fuzz/targets.ts), as a signed-out visitor, a student and
 * a teacher. Passes when no answer is a 5xx (or no answer at all), the server logged no uncaught
 * exception and no password hash, and the database is consistent afterwards (./consistency.ts).
 *
 *   FUZZ_RUNS   requests to send (default 1000; 10000 or more by hand)
 *   FUZZ_SEED   fast-check seed, to replay a run (printed at the start)
 *   FUZZ_PORT   port for `next start` (default: a free one)
 *   TEST_DATABASE_URL  run the server on a fresh database there instead of PGlite
 *
 * Prints counts by status and by target; the last line is `N passed, N failed` (one check per
 * request, plus the database and log checks).
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { findInconsistencies, type Bystander } from "./consistency";
import { actionRedirect, ANONYMOUS, FuzzClient, type ActionInfo, type Session } from "./http";
import type { Fixtures } from "./payloads";
import { choosePort, startServer } from "../support/next-server";
import { assertEveryTargetCovered, requestArbitrary, type FuzzRequest, type SessionName } from "./targets";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-e2e";
const CONCURRENCY = 6;
const DEMO_PASSWORD = "kizuna-demo";

function readActions(): ActionInfo[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    exportedName: a.exportedName,
    filename: a.filename,
    pages: Object.keys(a.workers),
  }));
}

function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`fuzz set-up: could not find ${what}`);
  return value;
}

async function setUp(client: FuzzClient, actions: ActionInfo[]) {
  const action = (name: string) =>
    need(
      actions.find((a) => a.exportedName === name),
      `the action ${name}`,
    );
  const teacher = await client.signIn("teacher", "teacher@demo.kizuna", DEMO_PASSWORD);
  const student = await client.signIn("student", "sophea@demo.kizuna", DEMO_PASSWORD);
  const teachHtml = await (await client.request("/teach", { session: teacher })).text();
  const topic = need(/<option value="([a-z0-9-]+)"/.exec(teachHtml)?.[1], "a topic on /teach");

  const makeClassAndSet = async (session: Session, className: string, setName: string) => {
    const klass = await client.callAction(action("createClassAction"), "/teach", { name: className }, session);
    const classId = need(/\/teach\/classes\/([0-9a-f-]{36})/.exec(actionRedirect(klass.response) ?? "")?.[1], `${className}'s id`);
    const set = await client.callAction(action("createSetAction"), "/teach", { name: setName, topic, count: "5" }, session);
    const setId = need(/\/teach\/sets\/([0-9a-f-]{36})/.exec(actionRedirect(set.response) ?? "")?.[1], `${setName}'s id`);
    const classHtml = await (await client.request(`/teach/classes/${classId}`, { session })).text();
    const joinCode = need(/data-testid="join-code"[^>]*>([A-Z0-9]{6})</.exec(classHtml)?.[1], "a join code");
    return { classId, setId, joinCode };
  };

  // The bystander: a teacher whose session the fuzzer never uses, but whose ids it sends.
  const signedUp = await client.callAction(
    action("signUpAction"),
    "/sign-up",
    { name: "Bystander", email: `bystander-${SEED}@fuzz.kizuna`, password: "bystander-password", role: "teacher" },
    ANONYMOUS,
  );
  const bystanderSession = signedUp.session;
  const bystanderMine = await makeClassAndSet(bystanderSession, "Bystander class", "Bystander set");
  const bystanderMe = (await (await client.request("/api/me", { session: bystanderSession })).json()) as { user: { id: string } };

  const mine = await makeClassAndSet(teacher, "Fuzz class", "Fuzz set");
  await client.callAction(
    action("assignSetAction"),
    `/teach/classes/${mine.classId}`,
    { classId: mine.classId, setId: mine.setId, dueAt: "2035-01-01T10:00", utcOffset: "0", isQuiz: "on" },
    teacher,
  );
  const classHtml = await (await client.request(`/teach/classes/${mine.classId}`, { session: teacher })).text();
  const assignmentId = need(
    new RegExp(`/teach/classes/${mine.classId}/assignments/([0-9a-f-]{36})`).exec(classHtml)?.[1],
    "the assignment id",
  );
  await client.callAction(action("joinClassAction"), "/study", { code: mine.joinCode }, student);
  const setHtml = await (await client.request(`/teach/sets/${mine.setId}`, { session: teacher })).text();
  const questionIds = [...setHtml.matchAll(/name="questionId" value="([^"]+)"/g)].map((m) => m[1] ?? "");
  const me = (await (await client.request("/api/me", { session: student })).json()) as { user: { id: string } };

  const fixtures: Fixtures = {
    teacherClassId: mine.classId,
    teacherSetId: mine.setId,
    assignmentId,
    studentId: me.user.id,
    bystanderClassId: bystanderMine.classId,
    bystanderSetId: bystanderMine.setId,
    joinCode: mine.joinCode,
    topic,
    questionIds: questionIds.length ? questionIds : ["none"],
  };
  const bystander: Bystander = {
    userId: bystanderMe.user.id,
    classId: bystanderMine.classId,
    className: "Bystander class",
    joinCode: bystanderMine.joinCode,
    setId: bystanderMine.setId,
    setName: "Bystander set",
  };
  return { sessions: { anonymous: ANONYMOUS, teacher, student }, fixtures, bystander };
}

interface Outcome {
  request: FuzzRequest;
  status: number | "no answer";
  ms: number;
  detail?: string;
}

async function send(
  client: FuzzClient,
  request: FuzzRequest,
  sessions: Record<Exclude<SessionName, "disposable">, Session>,
): Promise<Outcome> {
  const started = Date.now();
  try {
    // A throwaway session for sign-outs, so the fuzzer's own sessions stay signed in.
    const session =
      request.session === "disposable" ? await client.signIn("disposable", "kenji@demo.kizuna", DEMO_PASSWORD) : sessions[request.session];
    const response = request.action
      ? (await client.callAction(request.action.info, request.path, request.action.fields, session)).response
      : await client.request(request.path, {
          method: request.method,
          headers: { origin: client.base, ...request.headers },
          body: request.body,
          session,
        });
    const text = await response.text();
    return { request, status: response.status, ms: Date.now() - started, detail: response.status >= 500 ? text.slice(0, 300) : undefined };
  } catch (error) {
    return { request, status: "no answer", ms: Date.now() - started, detail: String(error).slice(0, 300) };
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const actions = readActions();
  console.log(`fuzz: ${RUNS} requests, seed ${SEED}, ${actions.length} server actions, build ${DIST_DIR}`);
  const server = await startServer({ port: await choosePort(process.env.FUZZ_PORT), distDir: DIST_DIR });
  const client = new FuzzClient(server.base);
  let passed = 0;
  let failed = 0;
  const outcomes: Outcome[] = [];
  try {
    const { sessions, fixtures, bystander } = await setUp(client, actions);
    assertEveryTargetCovered(actions, path.join(process.cwd(), "app"), fixtures);
    const requests = fc.sample(requestArbitrary(actions, fixtures), { numRuns: RUNS, seed: SEED });
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++];
          if (request) outcomes.push(await send(client, request, sessions));
        }
      }),
    );
    await server.stop();

    const byStatus = new Map<string, number>();
    const byTarget = new Map<string, Map<string, number>>();
    for (const o of outcomes) {
      const status = String(o.status);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      const row = byTarget.get(o.request.target) ?? new Map<string, number>();
      row.set(status, (row.get(status) ?? 0) + 1);
      byTarget.set(o.request.target, row);
    }
    console.log("\ncounts by status:");
    for (const [status, n] of [...byStatus].sort()) console.log(`  ${status.padEnd(9)} ${n}`);
    console.log("\ncounts by target:");
    for (const [target, row] of [...byTarget].sort()) {
      console.log(
        `  ${target.padEnd(40)} ${[...row]
          .sort()
          .map(([s, n]) => `${s}×${n}`)
          .join("  ")}`,
      );
    }
    console.log("\ncounts by identity:");
    for (const who of ["anonymous", "student", "teacher", "disposable"]) {
      const mineOnly = outcomes.filter((o) => o.request.session === who);
      const row = new Map<string, number>();
      for (const o of mineOnly) row.set(String(o.status), (row.get(String(o.status)) ?? 0) + 1);
      console.log(
        `  ${who.padEnd(11)} ${[...row]
          .sort()
          .map(([st, n]) => `${st}×${n}`)
          .join("  ")}`,
      );
    }
    const slow = outcomes.reduce((max, o) => Math.max(max, o.ms), 0);
    console.log(`\nslowest answer: ${slow} ms`);

    const bad = outcomes.filter((o) => o.status === "no answer" || o.status >= 500);
    passed += outcomes.length - bad.length;
    failed += bad.length;
    for (const o of bad.slice(0, 10)) {
      const { request } = o;
      const body = request.action ? JSON.stringify(request.action.fields) : JSON.stringify(request.body ?? "");
      console.log(
        `\nFAIL ${o.status} ${request.method} ${request.path} as ${request.session} [${request.target}]\n  body: ${body.slice(0, 300)}\n  answer: ${o.detail}`,
      );
    }

    const log = server.output();
    const logProblems = [
      [/uncaughtException|unhandledRejection/i, "an uncaught exception in the server log"],
      [/\$2[aby]\$\d\d\$/, "a bcrypt hash in the server log"],
      [/params: /, "SQL parameters in the server log"],
    ] as const;
    for (const [pattern, what] of logProblems) {
      if (pattern.test(log)) {
        failed++;
        console.log(
          `\nFAIL ${what}: ${log
            .split("\n")
            .find((line) => pattern.test(line))
            ?.slice(0, 300)}`,
        );
      } else passed++;
    }

    const handle = await server.openDatabase();
    try {
      const problems = await findInconsistencies(handle.db, bystander);
      if (problems.length) {
        failed++;
        console.log(`\nFAIL the database is inconsistent:\n  ${problems.join("\n  ")}`);
      } else {
        passed++;
        console.log("database consistent; the bystander's class and set are untouched");
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    failed++;
    console.log(`\nFAIL ${String(error instanceof Error ? error.stack : error)}\n--- server output ---\n${server.output().slice(-3000)}`);
  } finally {
    await server.stop();
    await server.dropDatabase();
  }
  console.log(`\nfuzz finished in ${Math.round((Date.now() - started) / 1000)} s (seed ${SEED})`);
  console.log(`${passed} passed, ${failed} failed`);
  // For scripts/test.ts's one verdict.
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync(path.join("test-results", "fuzz-results.json"), JSON.stringify({ passed, failed, runs: RUNS, seed: SEED }));
  process.exit(failed === 0 ? 0 : 1);
}

void main();
