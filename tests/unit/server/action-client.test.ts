/**
 * The server-action wrapper, called directly as a client's POST would call it. The session
 * lookup and the logger are the wrapper's injected dependencies; no database is involved.
 */
import { notFound, redirect } from "next/navigation";
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE, DomainError } from "@/lib/errors";
import type { SessionUser } from "@/server/auth/guards";
import {
  createActionClient,
  MALFORMED_CALL_MESSAGE,
  UNEXPECTED_ERROR_MESSAGE,
  WRONG_ROLE_MESSAGE,
} from "@/server/actions/create-action-client";

const teacher: SessionUser = { id: "t-1", email: "t@example.com", name: "T", role: "teacher" };
const student: SessionUser = { id: "s-1", email: "s@example.com", name: "S", role: "student" };

let session: SessionUser | null;
let sessionLookups: number;
let logged: { level: "warn" | "error"; details: Record<string, unknown>; message: string }[];
let calls: unknown[];

const defineAction = createActionClient({
  currentUser: async () => {
    sessionLookups++;
    return session;
  },
  logger: {
    warn: (details, message) => logged.push({ level: "warn", details: details as Record<string, unknown>, message }),
    error: (details, message) => logged.push({ level: "error", details: details as Record<string, unknown>, message }),
  },
});

beforeEach(() => {
  session = teacher;
  sessionLookups = 0;
  logged = [];
  calls = [];
});

const renameInput = z.object({
  classId: z.uuid({ error: "That link is not valid." }),
  name: z.string({ error: "Enter a class name." }).trim().min(1, "Enter a class name."),
  count: z.coerce.number().int().default(1),
});
const rename = defineAction({ name: "rename", access: "teacher", input: renameInput }, async ({ input, user }) => {
  calls.push({ input, user: user.id });
  if (input.name === "taken") throw new DomainError("You already have a class with this name.", "name");
  if (input.name === "no-field") throw new DomainError("This set is assigned to a class.");
  if (input.name === "other-field") throw new DomainError("A set needs at least one question.", "questionIds");
  if (input.name === "boom") throw new Error("connection reset");
  if (input.name === "gone") notFound();
  if (input.name === "elsewhere") redirect("/teach");
  return { message: "Renamed." };
});

const CLASS_ID = "0b5e3c4e-8f4a-4c1e-9a57-2f1f7f0e6d11";
const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
/** Calls the action with any arguments at all, as a hand-made POST could. */
const callRaw = (action: unknown, ...args: unknown[]) => (action as (...a: unknown[]) => Promise<unknown>)(...args);
const digestOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => String((error as { digest?: unknown }).digest),
  );

describe("argument shape", () => {
  it.each([
    ["no argument", []],
    ["a string", ["rename me"]],
    ["a plain object", [{ classId: CLASS_ID, name: "x" }]],
    ["null", [null]],
    ["a state and a non-form", [{}, { name: "x" }]],
    ["three arguments", [{}, form({ classId: CLASS_ID, name: "x" }), "extra"]],
  ])("answers %s with a message, never a throw, and runs nothing", async (_label, args) => {
    await expect(callRaw(rename, ...args)).resolves.toEqual({ message: MALFORMED_CALL_MESSAGE });
    expect(calls).toEqual([]);
  });

  it("accepts the form alone (a plain <form action> or a call from code) and after a previous state (useActionState)", async () => {
    expect(await rename(form({ classId: CLASS_ID, name: "A" }))).toEqual({ message: "Renamed." });
    expect(await rename({ message: "old" }, form({ classId: CLASS_ID, name: "B", count: "3" }))).toEqual({ message: "Renamed." });
    expect(calls).toEqual([
      { input: { classId: CLASS_ID, name: "A", count: 1 }, user: "t-1" },
      { input: { classId: CLASS_ID, name: "B", count: 3 }, user: "t-1" },
    ]);
  });
});

describe("validation", () => {
  it("gives one message per wrong, missing or wrongly typed field, echoes the values, and runs nothing", async () => {
    const result = await rename(form({ classId: "not-a-uuid", name: new Blob(["file"]), count: "1.5" }));
    expect(result).toEqual({
      message: "Please fix the highlighted fields.",
      fieldErrors: { classId: "That link is not valid.", name: "Enter a class name.", count: expect.any(String) },
      values: { classId: "not-a-uuid", count: "1.5" },
    });
    expect(await rename(form({ classId: CLASS_ID }))).toEqual({
      message: "Please fix the highlighted field.",
      fieldErrors: { name: "Enter a class name." },
      values: { classId: CLASS_ID },
    });
    expect(calls).toEqual([]);
  });

  it("never echoes a password", async () => {
    const signIn = defineAction(
      {
        name: "signIn",
        access: "anonymous",
        input: z.object({ email: z.email("Enter your email."), password: z.string().min(8, "Too short.") }),
      },
      async () => ({ message: "ok" }),
    );
    expect(await signIn(form({ email: "nope", password: "short" }))).toEqual({
      message: "Please fix the highlighted fields.",
      fieldErrors: { email: "Enter your email.", password: "Too short." },
      values: { email: "nope" },
    });
  });
});

describe("session and role", () => {
  it("sends a signed-out caller to sign-in, back to returnTo, before reading anything", async () => {
    session = null;
    const join = defineAction({ name: "join", access: "user", returnTo: "/study", input: z.object({ code: z.string() }) }, async () => {
      calls.push("join");
    });
    expect(await digestOf(join(form({ code: "K7P2QX" })))).toContain("/sign-in?callbackUrl=%2Fstudy");
    expect(await digestOf(callRaw(rename))).toContain("/sign-in");
    expect(calls).toEqual([]);
  });

  it("refuses a student calling a teacher action, logs it, and runs nothing", async () => {
    session = student;
    expect(await rename(form({ classId: CLASS_ID, name: "Mine now" }))).toEqual({ message: WRONG_ROLE_MESSAGE });
    expect(calls).toEqual([]);
    expect(logged).toEqual([{ level: "warn", details: { action: "rename", userId: "s-1", role: "student" }, message: expect.any(String) }]);
  });

  it("lets any signed-in role call a user action, with the user in hand", async () => {
    session = student;
    const whoAmI = defineAction({ name: "whoAmI", access: "user", input: z.object({}) }, async ({ user }) => ({ message: user.role }));
    expect(await whoAmI(new FormData())).toEqual({ message: "student" });
  });

  it("never looks up a session for an anonymous action", async () => {
    session = null;
    const ping = defineAction({ name: "ping", access: "anonymous", input: z.object({}) }, async () => ({ message: "pong" }));
    expect(await ping(new FormData())).toEqual({ message: "pong" });
    expect(sessionLookups).toBe(0);
  });
});

describe("errors from the handler", () => {
  const valid = (name: string) => form({ classId: CLASS_ID, name });

  it("shows a domain error beside its field when the form has it, else as the message", async () => {
    expect(await rename(valid("taken"))).toEqual({
      message: "Please fix the highlighted field.",
      fieldErrors: { name: "You already have a class with this name." },
      values: { classId: CLASS_ID, name: "taken" },
    });
    expect(await rename(valid("no-field"))).toEqual({
      message: "This set is assigned to a class.",
      values: { classId: CLASS_ID, name: "no-field" },
    });
    expect(await rename(valid("other-field"))).toEqual({
      message: "A set needs at least one question.",
      values: { classId: CLASS_ID, name: "other-field" },
    });
    expect(logged).toEqual([]);
  });

  it("logs an unexpected error with the action's name and answers a generic message instead of throwing", async () => {
    expect(await rename(valid("boom"))).toEqual({ message: UNEXPECTED_ERROR_MESSAGE, values: { classId: CLASS_ID, name: "boom" } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: "error", details: { action: "rename", userId: "t-1" } });
    expect((logged[0]?.details.err as Error).message).toBe("connection reset");
  });

  it("answers a database that cannot be reached with a try-again message and a warning, not an error", async () => {
    const unreachable = defineAction({ name: "unreachable", access: "teacher", input: z.object({}) }, async () => {
      throw Object.assign(new Error("write CONNECT_TIMEOUT 127.0.0.1:5432"), { code: "CONNECT_TIMEOUT" });
    });
    expect(await unreachable(new FormData())).toEqual({ message: DATABASE_UNAVAILABLE_MESSAGE, values: {} });
    expect(logged).toEqual([{ level: "warn", details: expect.objectContaining({ action: "unreachable" }), message: expect.any(String) }]);
  });

  it("lets Next's notFound() and redirect() through untouched", async () => {
    expect(await digestOf(rename(valid("gone")))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await digestOf(rename(valid("elsewhere")))).toContain(";/teach;");
    expect(logged).toEqual([]);
  });

  it("also logs (and survives) a failing session lookup", async () => {
    const broken = createActionClient({
      currentUser: () => Promise.reject(new Error("bad cookie")),
      logger: {
        warn: () => undefined,
        error: (details, message) => logged.push({ level: "error", details: details as Record<string, unknown>, message }),
      },
    });
    const action = broken({ name: "anything", access: "user", input: z.object({}) }, async () => ({ message: "ran" }));
    expect(await action(new FormData())).toEqual({ message: UNEXPECTED_ERROR_MESSAGE, values: {} });
    expect(logged).toHaveLength(1);
  });
});
