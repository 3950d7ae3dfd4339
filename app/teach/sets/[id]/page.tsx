import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { duplicateSetAction } from "@/app/teach/_actions/sets";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { getDb } from "@/db";
import { CollectionPicker } from "@/components/content/collection-picker";
import { listCollectionFilterOptions, listViewableCollections } from "@/db/queries/collection-views";
import { listEventOptions, listTopics, searchQuestionBank } from "@/db/queries/content";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import { getTeacherFlags } from "@/db/queries/question-flags";
import { getTeacherSet } from "@/db/queries/quiz-sets";
import { ActionButton } from "@/components/ui/action-button";
import { requireTeacher } from "@/server/auth/guards";
import { findReveals } from "@/lib/questions/lint/set-reveals";
import { findSameFactGroups } from "@/lib/questions/lint/set-same-fact";
import { parseBankFilter } from "@/lib/validation/bank-filter";
import { uuidSchema } from "@/lib/validation/teaching";
import { FlagQuestion } from "../../_components/flag-question";
import { BankFilters } from "../../questions/_components/bank-filters";
import { RevealWarning } from "./_components/reveal-warning";
import { SameFactWarning } from "./_components/same-fact-warning";
import { DeleteSetForm, RenameSetForm } from "./_components/set-header-forms";
import { SetItemControls } from "./_components/set-item-controls";

export const metadata: Metadata = { title: "Quiz set" };

export default async function SetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/sets/${id}`);
  if (!uuidSchema.safeParse(id).success) notFound();
  const filter = parseBankFilter(await searchParams);
  const db = await getDb();
  const set = await getTeacherSet(db, { teacherId: teacher.id, setId: id });
  if (!set) notFound();
  // Any collection this teacher reads, as on the question bank page; an unknown or unreadable one shows the built-in bank.
  const collections = await listViewableCollections(db, { viewer: { id: teacher.id, role: "teacher" } });
  const collection = collections.find((c) => c.slug === filter.collection && c.slug !== BUILTIN_COLLECTION)?.slug;
  const scoped = { ...filter, collection };
  const [options, bank, flags] = await Promise.all([
    collection
      ? listCollectionFilterOptions(db, { slug: collection, teacherId: teacher.id })
      : Promise.all([listTopics(db), listEventOptions(db)]).then(([topics, events]) => ({ topics, events })),
    searchQuestionBank(db, { filter: scoped, limit: 15, offset: 0, reader: { teacherId: teacher.id } }),
    getTeacherFlags(db, { teacherId: teacher.id, questionIds: set.items.map((q) => q.id) }),
  ]);
  const { topics, events } = options;
  const inSet = new Set(set.items.map((q) => q.id));
  // A warning only: the teacher may keep a pair that gives an answer away (lib/questions/lint/set-reveals.ts).
  const reveals = findReveals(set.items);
  const sameFact = findSameFactGroups(set.items);

  return (
    <main className="stack wide">
      <p>
        <Link href="/teach">← Teacher home</Link>
      </p>
      <h1>{set.name}</h1>
      <div className="actions-inline">
        <ActionButton action={duplicateSetAction} fields={{ setId: set.id }}>
          Duplicate
        </ActionButton>
        <DeleteSetForm setId={set.id} />
      </div>
      <section className="card stack" aria-labelledby="items-title">
        <h2 id="items-title">Questions in this set ({set.items.length})</h2>
        {reveals.length > 0 && <RevealWarning reveals={reveals} items={set.items} />}
        {sameFact.length > 0 && <SameFactWarning groups={sameFact} items={set.items} />}
        {flags.size > 0 && (
          <p className="notice">
            {flags.size} flagged question{flags.size === 1 ? " is" : "s are"} left out of this set&apos;s sessions until you clear the flag.
          </p>
        )}
        <ol className="set-items">
          {set.items.map((q, index) => (
            <li key={q.id} className="set-item">
              <div className="set-item-head">
                <span className="set-item-pos">{index + 1}.</span>
                <span>
                  <span className="pill">{QUESTION_TYPE_LABELS[q.type]}</span> {q.prompt}
                </span>
              </div>
              <div className="actions-inline">
                <SetItemControls
                  setId={set.id}
                  questionId={q.id}
                  label={q.prompt}
                  ops={[...(index > 0 ? (["up"] as const) : []), ...(index < set.items.length - 1 ? (["down"] as const) : []), "remove"]}
                />
                <Link href={`/teach/questions/${q.id}`} className="button button-quiet">
                  Preview<span className="visually-hidden">: {q.prompt}</span>
                </Link>
                <FlagQuestion questionId={q.id} label={q.prompt} current={flags.get(q.id)} />
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section className="card stack" aria-labelledby="add-title">
        <h2 id="add-title">Add questions from the bank</h2>
        <CollectionPicker collections={collections} active={collection ?? BUILTIN_COLLECTION} action={`/teach/sets/${set.id}`} />
        <BankFilters filter={scoped} topics={topics} events={events} action={`/teach/sets/${set.id}`} />
        <p className="muted">
          {bank.total} matching question{bank.total === 1 ? "" : "s"}
          {bank.total > 15 ? " (first 15 shown: narrow the filters)" : ""}
        </p>
        <ul className="set-items">
          {bank.questions.map((q) => (
            <li key={q.id} className="set-item">
              <span>
                <span className="pill">{QUESTION_TYPE_LABELS[q.type]}</span> {q.prompt}
              </span>
              {inSet.has(q.id) ? (
                <span className="muted">In the set</span>
              ) : (
                <SetItemControls setId={set.id} questionId={q.id} label={q.prompt} ops={["add"]} />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card stack" aria-labelledby="rename-title">
        <h2 id="rename-title">Set settings</h2>
        <RenameSetForm setId={set.id} name={set.name} />
      </section>
    </main>
  );
}
