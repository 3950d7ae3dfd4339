import type { Metadata } from "next";
import Link from "next/link";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { topicLabel } from "@/components/content/topic-label";
import { DeviceStudySession } from "@/components/offline/device-study-session";
import { sessionKeyOf } from "@/components/study/session-store";
import { StudySession, type StudyMode } from "@/components/study/study-session";
import { getDb } from "@/db";
import { getStudentAssignment } from "@/db/queries/assignments";
import { listEventOptions } from "@/db/queries/content";
import { loadStudyQueue } from "@/db/queries/study-queue";
import { requireUser } from "@/server/auth/guards";
import { parseUtcOffset, scopeQuery, studyScopeSchema } from "@/lib/study/scope";
import { EarlyTapScript } from "./_components/early-tap-script";
import { ResumeVeilScript } from "./_components/resume-veil-script";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const first = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const mode: StudyMode = first("mode") === "flashcard" ? "flashcard" : "quiz";
  const scopeResult = studyScopeSchema.safeParse({ topic: first("topic"), event: first("event"), assignment: first("assignment") });
  const scope = scopeResult.success ? scopeResult.data : {};
  const query = scopeQuery(scope);
  const user = await requireUser(`/study/practice?mode=${mode}${query.replace("?", "&")}`);
  const otherMode = mode === "quiz" ? "flashcard" : "quiz";

  // The copy saved for offline use (components/offline/page-cache.ts): cards come from the device.
  if (first("offline") === "1" && !query) {
    return (
      <main className="stack">
        <div className="study-head">
          <h1>Today&apos;s cards</h1>
          <Link href={`/study/practice?mode=${otherMode}`} className="button button-quiet mode-switch">
            Switch to {otherMode === "quiz" ? "quiz" : "flashcards"}
          </Link>
        </div>
        <DeviceStudySession userId={user.id} mode={mode} />
      </main>
    );
  }

  const db = await getDb();
  const [queue, events, assignment] = await Promise.all([
    loadStudyQueue(db, {
      userId: user.id,
      now: new Date(),
      utcOffsetMinutes: parseUtcOffset((await cookies()).get("kizuna-tz")?.value),
      scope,
      mode,
    }),
    scope.event ? listEventOptions(db) : Promise.resolve([]),
    scope.assignment ? getStudentAssignment(db, { studentId: user.id, assignmentId: scope.assignment }) : Promise.resolve(null),
  ]);
  if (scope.assignment && !assignment) notFound();
  // proxy.ts's CSP admits inline scripts that carry this request's nonce.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const eventTitle = scope.event ? events.find((e) => e.slug === scope.event)?.title : undefined;
  const title = assignment
    ? `Assignment: ${assignment.setName}`
    : eventTitle
      ? `Event: ${eventTitle}`
      : scope.topic
        ? `Topic: ${topicLabel(scope.topic)}`
        : "Today's cards";

  return (
    <main className="stack">
      <div className="study-head">
        <h1>{title}</h1>
        <Link href={`/study/practice?mode=${otherMode}${query.replace("?", "&")}`} className="button button-quiet mode-switch">
          Switch to {otherMode === "quiz" ? "quiz" : "flashcards"}
        </Link>
      </div>
      <StudySession userId={user.id} mode={mode} query={query} initialQueue={queue} />
      {/* The session above shows the first card of a fresh one; a session stored on the device replaces it. */}
      <ResumeVeilScript
        userId={user.id}
        sessionKey={sessionKeyOf(mode, query)}
        firstQuestionId={queue.items[0]?.question.id ?? null}
        nonce={nonce}
      />
      {/* A tap on that first card before the page is live is kept, and replayed once it is. */}
      <EarlyTapScript nonce={nonce} />
    </main>
  );
}
