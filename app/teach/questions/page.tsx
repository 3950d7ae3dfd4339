import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { IMPORTANCE_LABELS } from "@/components/content/importance-label";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { topicLabel } from "@/components/content/topic-label";
import { Skeleton, SkeletonCard, SkeletonLines } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { CollectionPicker } from "@/components/content/collection-picker";
import { listCollectionFilterOptions, listViewableCollections } from "@/db/queries/collection-views";
import { listEventOptions, listTopics, searchQuestionBank } from "@/db/queries/content";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import { getTeacherFlags } from "@/db/queries/question-flags";
import { requireTeacher } from "@/server/auth/guards";
import type { QuestionType } from "@/lib/domain";
import { parseBankFilter } from "@/lib/validation/bank-filter";
import { FlagQuestion } from "../_components/flag-question";
import { BankFilters } from "./_components/bank-filters";

export const metadata: Metadata = { title: "Question bank" };

const PAGE_SIZE = 25;

export default async function QuestionBankPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const teacher = await requireTeacher("/teach/questions");
  return (
    <main className="stack wide">
      <h1>Question bank</h1>
      <p className="lead">Every question generated from a collection of events. Filter, then preview any question as a student sees it.</p>
      <Suspense
        fallback={
          <Skeleton label="Loading the question bank…">
            <SkeletonCard lines={0} rows={2} />
            <SkeletonLines count={1} />
            <SkeletonCard lines={3} />
            <SkeletonCard lines={3} />
          </Skeleton>
        }
      >
        <QuestionBank teacherId={teacher.id} searchParams={searchParams} />
      </Suspense>
    </main>
  );
}

/** Filters, counts and one page of questions: the queries the skeleton stands in for. */
async function QuestionBank({
  teacherId,
  searchParams,
}: {
  teacherId: string;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = parseBankFilter(await searchParams);
  const db = await getDb();
  const collections = await listViewableCollections(db, { viewer: { id: teacherId, role: "teacher" } });
  // An unknown collection, or one this teacher may not read, shows as the built-in one: the same page as for a bad bookmark.
  const collection = collections.find((c) => c.slug === filter.collection && c.slug !== BUILTIN_COLLECTION)?.slug;
  const scoped = { ...filter, collection };
  const [options, bank] = await Promise.all([
    collection
      ? listCollectionFilterOptions(db, { slug: collection, teacherId })
      : Promise.all([listTopics(db), listEventOptions(db)]).then(([topics, events]) => ({ topics, events })),
    searchQuestionBank(db, { filter: scoped, limit: PAGE_SIZE, offset: (filter.page - 1) * PAGE_SIZE, reader: { teacherId } }),
  ]);
  const { topics, events } = options;
  // The teacher's own open flags on this page's questions (nobody else's).
  const flags = await getTeacherFlags(db, { teacherId, questionIds: bank.questions.map((q) => q.id) });
  const pages = Math.max(1, Math.ceil(bank.total / PAGE_SIZE));
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ["collection", "topic", "type", "event", "difficulty", "importance", "from", "to"] as const)
      if (scoped[key]) params.set(key, String(scoped[key]));
    params.set("page", String(page));
    return `/teach/questions?${params}`;
  };

  return (
    <>
      <CollectionPicker collections={collections} active={collection ?? BUILTIN_COLLECTION} action="/teach/questions" />
      <BankFilters filter={scoped} topics={topics} events={events} />
      <p aria-live="polite">
        <strong>{bank.total}</strong> question{bank.total === 1 ? "" : "s"}
        {Object.keys(bank.countsByType).length > 0 &&
          ` (${Object.entries(bank.countsByType)
            .map(([type, n]) => `${n} ${QUESTION_TYPE_LABELS[type as QuestionType]?.toLowerCase()}`)
            .join(", ")})`}
      </p>
      <ol className="bank-list">
        {bank.questions.map((q) => (
          <li key={q.id} className="card bank-item">
            <p className="bank-meta">
              <span className="pill">{QUESTION_TYPE_LABELS[q.type]}</span>
              <span className="pill" title="Difficulty, 1 (easiest) to 5 (hardest)">
                Difficulty {q.difficulty}
              </span>
              {q.importance && (
                <span className="pill" title="How much it matters: core facts are asked first">
                  {IMPORTANCE_LABELS[q.importance]}
                </span>
              )}
              {q.tags.map((t) => (
                <span key={t} className="tag">
                  {topicLabel(t)}
                </span>
              ))}
            </p>
            <p className="bank-prompt">{q.prompt}</p>
            <p className="muted">Answer: {q.answer}</p>
            <div className="actions-inline">
              <Link href={`/teach/questions/${q.id}`} className="button">
                Preview<span className="visually-hidden"> question {q.id}</span>
              </Link>
              <FlagQuestion questionId={q.id} label={q.prompt} current={flags.get(q.id)} />
            </div>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav className="pager" aria-label="Pages">
          {filter.page > 1 && <Link href={pageHref(filter.page - 1)}>← Previous</Link>}
          <span>
            Page {filter.page} of {pages}
          </span>
          {filter.page < pages && <Link href={pageHref(filter.page + 1)}>Next →</Link>}
        </nav>
      )}
    </>
  );
}
