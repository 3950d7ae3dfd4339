/**
 * Every server action and route handler of the app, as fast-check arbitraries of requests. A new
 * action or route handler without an entry here fails the suite (see `assertEveryTargetCovered`),
 * so the fuzzer keeps up with the app.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { ActionInfo } from "./http";
import { encodeSegment, field, hostileText, idPool, junkBody, queryString, segment, type Fixtures } from "./payloads";

export type SessionName = "anonymous" | "student" | "teacher" | "disposable";

export interface FuzzRequest {
  target: string;
  session: SessionName;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A server action called with a form, as React does. */
  action?: { info: ActionInfo; fields: Record<string, string> };
}

const anyone = fc.constantFrom<SessionName>("anonymous", "student", "teacher");

/** Each action's form fields and what a plausible value looks like. */
function actionFields(f: Fixtures): Record<string, Record<string, fc.Arbitrary<string>>> {
  const id = idPool(f);
  const name = fc.string({ minLength: 1, maxLength: 30 });
  const email = fc.emailAddress();
  return {
    // Account, settings, flags and collections (issues 11, 15, 16): hostile values in every field.
    changeNameAction: { name },
    changeEmailAction: { email, currentPassword: name },
    changePasswordAction: { currentPassword: name, newPassword: name, confirmPassword: name },
    deleteAccountAction: { currentPassword: name, confirm: name },
    saveStudySettingsAction: {
      desiredRetention: fc.oneof(fc.constant("0.9"), name),
      newPerDay: fc.integer({ min: -5, max: 5000 }).map(String),
      reviewCap: fc.integer({ min: -5, max: 5000 }).map(String),
      dayStartHour: fc.integer({ min: -3, max: 30 }).map(String),
      timeZone: fc.oneof(fc.constant("Asia/Phnom_Penh"), name),
    },
    reportQuestionAction: { questionId: id, reason: fc.constantFrom("wrong", "ambiguous", "unclear", "nonsense"), comment: name },
    flagQuestionAction: { questionId: id, reason: fc.constantFrom("wrong", "ambiguous", "unclear", "nonsense"), comment: name },
    clearFlagAction: { questionId: id },
    deleteClassAction: { classId: id, confirmName: name },
    handOverClassAction: { classId: id, email },
    fitClassAction: { classId: id },
    createCollectionAction: { slug: name, title: name },
    uploadCollectionAction: { slug: name, title: name, file: name },
    setVisibilityAction: { slug: name, visibility: fc.constantFrom("public", "private", "nonsense") },
    shareCollectionAction: { slug: name, email },
    unshareCollectionAction: { slug: name, teacherId: id },
    buildSetFromCollectionAction: { slug: name, name, count: fc.integer({ min: -5, max: 500 }).map(String) },
    editEventAction: {
      slug: name,
      eventSlug: name,
      title: name,
      summary: name,
      dateIso: name,
      precision: name,
      actors: name,
      discussed: name,
      numbers: name,
      sourceId: name,
    },
    deleteEventAction: { slug: name, eventSlug: name },
    editFactAction: { slug: name, eventSlug: name, factId: name, question: name, statement: name, answerKind: name, answer: name },
    deleteFactAction: { slug: name, eventSlug: name, factId: name },
    createEventAction: {
      slug: name,
      title: name,
      summary: name,
      dateIso: name,
      actors: name,
      sourceId: name,
      question: name,
      answer: name,
    },
    previewNewEventAction: { slug: name, title: name, dateIso: name, statement: name, answerKind: name, answer: name },
    addFactAction: { slug: name, eventSlug: name, question: name, statement: name, answerKind: name, answer: name, unit: name },
    previewFactAction: { slug: name, eventSlug: name, factId: name, question: name, answerKind: name, answer: name, distractors: name },
    saveLinkAction: { slug: name, eventSlug: name, to: name, kind: name, how: name, years: name },
    removeLinkAction: { slug: name, eventSlug: name, to: name, kind: name },
    extractArticleAction: { slug: name, title: name, publisher: name, date: name, text: name },
    acceptCandidateAction: { slug: name, candidate: name, title: name, date: name, version: name },
    saveSourceAction: { slug: name, id: name, title: name, publisher: name, publishedOn: name, url: name, author: name },
    saveEntityAction: { slug: name, id: name, name, kind: name, aliases: name, country: name, memberOf: name, description: name },
    deleteSourceAction: { slug: name, id: name },
    deleteEntityAction: { slug: name, id: name },
    signInAction: {
      email,
      password: fc.string({ maxLength: 30 }),
      callbackUrl: fc.constantFrom("/study", "/teach", "//evil.example", "/\u0000"),
    },
    signUpAction: {
      name,
      email,
      password: fc.string({ minLength: 8, maxLength: 30 }),
      role: fc.constantFrom("student", "teacher", "admin"),
    },
    joinClassAction: { code: fc.oneof(fc.constant(f.joinCode), fc.stringMatching(/^[A-Z2-9]{6}$/)) },
    createClassAction: { name },
    createSetAction: { name, topic: fc.constantFrom(f.topic, "no-such-topic"), count: fc.integer({ min: -5, max: 500 }).map(String) },
    deleteAssignmentAction: { assignmentId: id, classId: id },
    editDueDateAction: {
      classId: id,
      assignmentId: id,
      dueAt: fc.constantFrom("2035-01-01T10:00", "2001-01-01T10:00", "2035-02-30T10:00"),
      utcOffset: fc.constantFrom("0", "420", "x"),
    },
    studentQuizOptionsAction: {
      classId: id,
      assignmentId: id,
      studentId: id,
      extraMinutes: fc.constantFrom("", "0", "15", "-5", "9999", "x"),
      reopen: fc.constantFrom("on", ""),
    },
    assignSetAction: {
      classId: id,
      setId: id,
      dueAt: fc.constantFrom("2030-01-01T10:00", "2099-13-45T99:99", "2020-01-01T10:00", "2028-02-30T10:00"),
      utcOffset: fc.integer({ min: -2000, max: 2000 }).map(String),
      isQuiz: fc.constantFrom("on", "true", "false", ""),
      shuffle: fc.constantFrom("on", ""),
      feedback: fc.constantFrom("each", "end", "never"),
      timeLimitMinutes: fc.constantFrom("", "10", "0", "601", "x"),
      maxAttempts: fc.constantFrom("", "1", "3", "21"),
    },
    renameClassAction: { classId: id, name },
    removeStudentAction: { classId: id, studentId: id },
    regenerateCodeAction: { classId: id },
    renameSetAction: { setId: id, name },
    editSetItemsAction: {
      setId: id,
      op: fc.constantFrom("add", "remove", "up", "down", "explode"),
      questionId: fc.oneof(fc.constantFrom(...f.questionIds), fc.string({ maxLength: 20 })),
    },
    deleteSetAction: { setId: id },
    duplicateSetAction: { setId: id },
    signOutAction: {},
    signOutEverywhereAction: {},
  };
}

/** A page that has the action in its bundle, with real ids in its dynamic segments. */
function pagePathFor(action: ActionInfo, f: Fixtures): string {
  const page = action.pages.find((p) => !p.includes("_not-found")) ?? "app/page";
  const route = page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace("[code]", f.joinCode)
    .replace("/teach/sets/[id]", `/teach/sets/${f.teacherSetId}`)
    .replace("/study/assignments/[id]", `/study/assignments/${f.assignmentId}`)
    .replace("[aid]", f.assignmentId)
    .replace("[id]", f.teacherClassId);
  return route || "/";
}

function actionRequests(actions: ActionInfo[], f: Fixtures): fc.Arbitrary<FuzzRequest> {
  const specs = actionFields(f);
  const wellFormed = actions.map((info) => {
    const spec = specs[info.exportedName] ?? {};
    const fields = fc.record(Object.fromEntries(Object.entries(spec).map(([k, arb]) => [k, field(arb)])));
    const extra = fc.dictionary(fc.string({ maxLength: 10 }), hostileText, { maxKeys: 2 });
    // Signing out ends a session: those get a throwaway one, never the fuzzer's own.
    const session = info.exportedName.startsWith("signOut") ? fc.constantFrom<SessionName>("anonymous", "disposable") : anyone;
    return fc.record({ session, fields, extra }).map(({ session: who, fields: values, extra: more }): FuzzRequest => ({
      target: `action ${info.exportedName}`,
      session: who,
      method: "POST",
      path: pagePathFor(info, f),
      action: {
        info,
        fields: Object.fromEntries(Object.entries({ ...more, ...values }).filter((e): e is [string, string] => e[1] !== undefined)),
      },
    }));
  });
  // The same endpoints with bodies that are not a form at all, or an unknown action id.
  const malformed = fc
    .record({
      info: fc.constantFrom(...actions),
      session: fc.constantFrom<SessionName>("anonymous", "student", "teacher"),
      contentType: fc.constantFrom(
        "text/plain;charset=UTF-8",
        "multipart/form-data; boundary=zzz",
        "application/json",
        "application/x-www-form-urlencoded",
        "",
      ),
      body: junkBody,
      unknownId: fc.boolean(),
    })
    .map(({ info, session, contentType, body, unknownId }): FuzzRequest => ({
      target: "action (malformed body or unknown id)",
      session,
      method: "POST",
      path: pagePathFor(info, f),
      headers: { "next-action": unknownId ? "7f" + "0".repeat(40) : info.id, ...(contentType ? { "content-type": contentType } : {}) },
      body,
    }));
  return fc.oneof({ weight: 4, arbitrary: fc.oneof(...wellFormed) }, { weight: 1, arbitrary: malformed });
}

const REVIEW_RATINGS = ["again", "hard", "good", "easy"];

function reviewRequests(f: Fixtures): fc.Arbitrary<FuzzRequest> {
  const review = fc.record(
    {
      id: fc.oneof(fc.uuid(), hostileText),
      questionId: fc.oneof(fc.constantFrom(...f.questionIds), hostileText),
      mode: fc.oneof(fc.constantFrom("quiz", "flashcard"), hostileText),
      rating: fc.oneof(fc.constantFrom(...REVIEW_RATINGS), hostileText, fc.integer()),
      response: fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText, fc.array(hostileText, { maxLength: 4 })),
      responseMs: fc.oneof(fc.integer({ min: -10, max: 100_000_000 }), fc.double(), hostileText),
      reviewedAt: fc.oneof(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
        hostileText,
      ),
    },
    { requiredKeys: [] },
  );
  // Valid flashcard reviews, sometimes with one field swapped for a hostile value: these reach
  // the database, where the hostile ones above mostly stop at the schema.
  const plausible = fc
    .record({
      id: fc.uuid({ version: 4 }),
      questionId: fc.constantFrom(...f.questionIds),
      rating: fc.constantFrom(...REVIEW_RATINGS),
      responseMs: fc.integer({ min: 0, max: 60_000 }),
      swap: fc.option(fc.tuple(fc.constantFrom("questionId", "rating", "reviewedAt", "response"), hostileText), { nil: undefined }),
    })
    .map(({ swap, ...r }) => ({ ...r, mode: "flashcard", reviewedAt: new Date().toISOString(), ...(swap ? { [swap[0]]: swap[1] } : {}) }));
  const body = fc.oneof(
    { weight: 2, arbitrary: fc.array(plausible, { minLength: 1, maxLength: 3 }).map((reviews) => JSON.stringify({ reviews })) },
    { weight: 3, arbitrary: fc.array(review, { maxLength: 5 }).map((reviews) => JSON.stringify({ reviews })) },
    { weight: 1, arbitrary: junkBody },
  );
  return fc.record({ session: anyone, body, json: fc.boolean() }).map(({ session, body: text, json }) => ({
    target: "POST /api/reviews",
    session,
    method: "POST",
    path: "/api/reviews",
    headers: { "content-type": json ? "application/json" : "text/plain" },
    body: text,
  }));
}

/** Route handlers other than reviews, and every page, with hostile segments and queries. */
function getRequests(f: Fixtures): fc.Arbitrary<FuzzRequest> {
  const seg = segment(f);
  const paths: fc.Arbitrary<[string, string]>[] = [
    queryString(["topic", "event", "assignment", "mode"]).map((q) => ["GET /api/study/queue", `/api/study/queue${q}`]),
    fc.constant(["GET /api/me", "/api/me"]),
    fc.constant(["GET /api/health", "/api/health"]),
    queryString(["topic", "offline"]).map((q) => ["GET /api/study/offline-pack", `/api/study/offline-pack${q}`]),
    queryString(["v"]).map((q) => ["GET /sw.js", `/sw.js${q}`]),
    fc
      .tuple(seg, seg, fc.constantFrom("items.csv", "students.csv"))
      .map(([c, a, file]) => [`GET csv`, `/teach/classes/${c}/assignments/${a}/${file}`]),
    fc.constantFrom<[string, string]>(
      ["GET /api/auth/*", "/api/auth/session"],
      ["GET /api/auth/*", "/api/auth/csrf"],
      ["GET /api/auth/*", "/api/auth/providers"],
    ),
    seg.map((s) => ["GET /api/auth/*", `/api/auth/${s}`]),
    fc.constantFrom("/", "/sign-up", "/study", "/study/progress", "/teach", "/timeline").map((p) => ["GET page", p]),
    queryString(["callbackUrl", "signedOut"]).map((q) => ["GET page", `/sign-in${q}`]),
    queryString(["topic", "event", "assignment"]).map((q) => ["GET page", `/study/practice${q}`]),
    queryString(["collection", "topic", "type", "event", "difficulty", "from", "to", "page"]).map((q) => [
      "GET page",
      `/teach/questions${q}`,
    ]),
    queryString(["collection", "topic", "event"]).map((q) => ["GET page", `/timeline${q}`]),
    seg.map((s) => ["GET page", `/teach/collections/${s}/sources`]),
    seg.map((s) => ["GET page", `/teach/collections/${s}/entities`]),
    seg.map((s) => ["GET page", `/teach/collections/${s}/events/new`]),
    seg.map((s) => ["GET page", `/study/assignments/${s}`]),
    seg.map((s) => ["GET page", `/teach/classes/${s}`]),
    fc.tuple(seg, seg).map(([c, a]) => ["GET page", `/teach/classes/${c}/assignments/${a}`]),
    seg.map((s) => ["GET page", `/teach/sets/${s}`]),
    seg.map((s) => ["GET page", `/teach/questions/${s}`]),
    seg.map((s) => ["GET page", `/join/${s}`]),
    seg.map((s) => ["GET page", `/${s}`]),
  ];
  return fc
    .record({ session: anyone, target: fc.oneof(...paths) })
    .map(({ session, target: [target, p] }) => ({ target, session, method: "GET", path: p }));
}

/** Auth.js's own POST endpoints, and the wrong methods on everything. */
function otherRequests(f: Fixtures): fc.Arbitrary<FuzzRequest> {
  const credentials = fc
    .record({ email: field(fc.emailAddress()), password: field(fc.string()), csrfToken: field(fc.string()) })
    .map((form) => new URLSearchParams(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined)).toString());
  return fc.oneof(
    fc.record({ session: anyone, body: fc.oneof(credentials, junkBody) }).map(({ session, body }) => ({
      target: "POST /api/auth/*",
      session,
      method: "POST",
      path: "/api/auth/callback/credentials",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    })),
    fc.record({ session: fc.constantFrom<SessionName>("anonymous", "disposable"), body: junkBody }).map(({ session, body }) => ({
      target: "POST /api/auth/*",
      session,
      method: "POST",
      path: "/api/auth/signout",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    })),
    fc
      .record({
        session: anyone,
        method: fc.constantFrom("PUT", "DELETE", "PATCH", "POST"),
        path: fc.constantFrom(
          "/api/me",
          "/api/study/queue",
          "/api/study/offline-pack",
          "/sw.js",
          "/api/health",
          "/api/reviews",
          `/teach/classes/${f.teacherClassId}/assignments/${f.assignmentId}/items.csv`,
        ),
        body: junkBody,
      })
      .map(({ session, method, path: p, body }) => ({
        target: "wrong method",
        session,
        method,
        path: p,
        body: method === "DELETE" ? undefined : body,
      })),
  );
}

/** The scored-quiz API: reading, starting, answering and submitting, with hostile ids and bodies. */
function quizRequests(f: Fixtures): fc.Arbitrary<FuzzRequest> {
  const seg = segment(f);
  const answer = fc.oneof(
    fc
      .record({
        questionId: fc.oneof(fc.constantFrom(...f.questionIds), hostileText),
        response: fc.oneof(fc.integer(), fc.boolean(), hostileText, fc.array(hostileText, { maxLength: 5 })),
        responseMs: fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.constant(-1)),
      })
      .map((b) => JSON.stringify(b)),
    junkBody,
  );
  return fc.oneof(
    fc
      .record({ session: anyone, s: seg })
      .map(({ session, s }) => ({ target: "GET /api/quiz/:id", session, method: "GET", path: `/api/quiz/${s}` })),
    fc
      .record({ session: anyone, s: seg, op: fc.constantFrom("start", "submit", "answer"), body: answer })
      .map(({ session, s, op, body }) => ({
        target: `POST /api/quiz/:id/${op}`,
        session,
        method: "POST",
        path: `/api/quiz/${s}/${op}`,
        headers: { "content-type": "application/json" },
        body,
      })),
  );
}

export function requestArbitrary(actions: ActionInfo[], f: Fixtures): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 5, arbitrary: actionRequests(actions, f) },
    { weight: 2, arbitrary: reviewRequests(f) },
    { weight: 1, arbitrary: quizRequests(f) },
    { weight: 4, arbitrary: getRequests(f) },
    { weight: 1, arbitrary: otherRequests(f) },
  );
}

/** The route handlers in app/ (route.ts files) this suite knows how to reach. */
const KNOWN_ROUTE_HANDLERS = [
  "api/me/export",
  "teach/collections/[slug]/export.csv",
  "teach/collections/[slug]/export.json",
  "api/auth/[...nextauth]",
  "api/health",
  "api/me",
  "api/quiz/[id]",
  "api/quiz/[id]/answer",
  "api/quiz/[id]/start",
  "api/quiz/[id]/submit",
  "api/reviews",
  "api/study/offline-pack",
  "api/study/queue",
  "sw.js",
  "teach/classes/[id]/assignments/[aid]/items.csv",
  "teach/classes/[id]/assignments/[aid]/students.csv",
];

function listRouteHandlers(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return listRouteHandlers(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === "route.ts" ? [prefix.replace(/\/$/, "").replace(/\([^)]+\)\//g, "")] : [];
  });
}

/** Throws when the app has an action or a route handler that this file does not fuzz. */
export function assertEveryTargetCovered(actions: ActionInfo[], appDir: string, f: Fixtures): void {
  const specs = actionFields(f);
  const missingActions = actions.filter((a) => !(a.exportedName in specs)).map((a) => a.exportedName);
  const missingRoutes = listRouteHandlers(appDir).filter((r) => !KNOWN_ROUTE_HANDLERS.includes(r));
  if (missingActions.length || missingRoutes.length) {
    throw new Error(
      `tests/fuzz/targets.ts does not cover: ${[...missingActions, ...missingRoutes.map((r) => `app/${r}/route.ts`)].join(", ")}. Add them.`,
    );
  }
}

export { encodeSegment };
