import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { resumeVeilScript } from "@/app/study/practice/_components/resume-veil-script";
import { RESUME_VEIL_ID } from "@/components/study/resume-veil";
import { SESSION_VERSION, sessionStorageKey } from "@/components/study/session-store";

const userId = "6f1c2f8e-0000-4000-8000-000000000001";
const sessionKey = "quiz?topic=diplomacy";
const card = (questionId: string) => ({ itemId: `item-${questionId}`, question: { id: questionId } });

/** Runs the page's script against a stored value; returns the id of the style it added, if any. */
function run(stored: unknown, firstQuestionId: string | null = "q1"): string | null {
  const added: { id: string; textContent: string }[] = [];
  const storage = new Map<string, string>();
  if (stored !== undefined) storage.set(sessionStorageKey(userId), typeof stored === "string" ? stored : JSON.stringify(stored));
  vm.runInNewContext(resumeVeilScript({ userId, sessionKey, firstQuestionId }), {
    localStorage: { getItem: (key: string) => storage.get(key) ?? null },
    document: {
      createElement: () => ({ id: "", textContent: "" }),
      head: { appendChild: (element: { id: string; textContent: string }) => added.push(element) },
    },
  });
  expect(added.length).toBeLessThanOrEqual(1);
  if (added[0]) expect(added[0].textContent).toBe(".study-head~:has(~script[data-resume-veil]){visibility:hidden}");
  return added[0]?.id ?? null;
}

const session = (over: Record<string, unknown> = {}) => ({
  version: SESSION_VERSION,
  key: sessionKey,
  items: [card("q1"), card("q2")],
  order: [0, 1],
  position: 0,
  ...over,
});

describe("the practice page's resume veil", () => {
  it("veils the server's card when the stored session shows another", () => {
    expect(run(session({ position: 1 }))).toBe(RESUME_VEIL_ID);
    expect(run(session({ items: [card("q9"), card("q2")] }))).toBe(RESUME_VEIL_ID);
  });

  it("veils a finished stored session (its summary replaces the card)", () => {
    expect(run(session({ position: 2 }))).toBe(RESUME_VEIL_ID);
    expect(run(session({ position: 2 }), null)).toBe(RESUME_VEIL_ID);
  });

  it("leaves the card alone when the stored session is on that same first card", () => {
    expect(run(session())).toBeNull();
  });

  it("leaves the card alone when nothing the session would resume is stored", () => {
    expect(run(undefined)).toBeNull();
    expect(run("{not json")).toBeNull();
    expect(run(session({ key: "flashcard" }))).toBeNull();
    expect(run(session({ version: SESSION_VERSION + 1, position: 1 }))).toBeNull();
    expect(run(session({ order: "nope", position: 1 }))).toBeNull();
  });

  it("cannot be closed early by what it embeds", () => {
    const script = resumeVeilScript({ userId, sessionKey: "quiz?event=</script><script>alert(1)", firstQuestionId: null });
    expect(script).not.toContain("</script>");
  });
});
