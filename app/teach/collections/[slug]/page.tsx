import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getReadableCollection, listCollectionShares } from "@/db/queries/collections";
import { buildCollectionBank, questionsByFact } from "@/lib/collections/questions";
import { collectionSlugSchema, documentToDataset, type CollectionDocument } from "@/lib/collections/schema";
import { BUILTIN_COLLECTION } from "@/lib/domain";
import { indexDataset, renderAnswer } from "@/lib/questions";
import { ruleTitle } from "@/lib/questions/lint";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { quantitiesText } from "@/lib/collections/events";
import { answerFields } from "@/lib/collections/facts";
import { requireTeacher } from "@/server/auth/guards";
import { AddFactForm, DeleteFactButton, EditEventForm, EditFactForm, LinkForm, RemoveLinkButton } from "../_components/edit-forms";
import {
  BuildSetForm,
  DeleteEventButton,
  ShareForm,
  UnshareButton,
  UploadCollectionForm,
  VisibilityForm,
} from "../_components/collection-forms";

export const metadata: Metadata = { title: "Collection" };

export default async function CollectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { added } = await searchParams;
  const teacher = await requireTeacher(`/teach/collections/${slug}`);
  if (!collectionSlugSchema.safeParse(slug).success) notFound();
  const db = await getDb();
  const collection = await getReadableCollection(db, { slug, teacherId: teacher.id });
  if (!collection) notFound();
  const shares = collection.canEdit ? await listCollectionShares(db, { slug, ownerId: teacher.id }) : [];
  // The built-in bank is large and linted by `npm run questions:lint`; a teacher's collection is linted here, live.
  const bank = buildCollectionBank(slug, collection.document, { lint: slug !== BUILTIN_COLLECTION });
  const byFact = questionsByFact(collection.document, bank);
  const index = indexDataset(documentToDataset(collection.document));
  const entityName = new Map(collection.document.entities.map((e) => [e.id, e.name]));
  const names = (ids: readonly string[]) => ids.map((a) => entityName.get(a) ?? a).join("; ");
  const entities = collection.document.entities.map((e) => ({ id: e.id, name: e.name }));
  // The edit-event preview finds entries by alias too, as the save does.
  const entityNames = collection.document.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases }));
  const sources = collection.document.sources.map((s) => ({ id: s.id, title: s.title }));
  const eventTitle = new Map(collection.document.events.map((e) => [e.slug, e.title]));
  // The event the new-event form just added (it redirects here with its slug, and to its anchor).
  const justAdded = typeof added === "string" ? added : undefined;

  return (
    <main className="stack wide">
      <p>
        <Link href="/teach/collections">← Collections</Link>
      </p>
      <h1>{collection.title}</h1>

      <p className="lead">
        {collection.events} event{collection.events === 1 ? "" : "s"} · {collection.questions} question
        {collection.questions === 1 ? "" : "s"} ·{" "}
        {collection.ownerId === null
          ? "built in, public"
          : collection.canEdit
            ? `yours, ${collection.visibility}`
            : `by ${collection.ownerName ?? "another teacher"}, read-only`}
      </p>

      <section className="card stack" aria-labelledby="use-title">
        <h2 id="use-title">Use it</h2>
        {collection.questions > 0 ? (
          <details className="disclosure">
            <summary>Build a quiz set from this collection</summary>
            <BuildSetForm slug={slug} questions={collection.questions} />
          </details>
        ) : (
          <p className="muted">No questions yet: add events first.</p>
        )}
        <p className="actions-inline">
          <a href={`/teach/collections/${slug}/export.json`} download>
            Download JSON
          </a>
          <a href={`/teach/collections/${slug}/export.csv`} download>
            Download events CSV
          </a>
        </p>
      </section>

      {collection.canEdit && (
        <section className="card stack" aria-labelledby="edit-title">
          <h2 id="edit-title">Add and share</h2>
          <p className="actions-inline">
            <Link href={`/teach/collections/${slug}/events/new`} className="button button-primary">
              New event
            </Link>
            <Link href={`/teach/collections/${slug}/article`} className="button">
              Add events from an article
            </Link>
          </p>
          <p className="actions-inline">
            <Link href={`/teach/collections/${slug}/sources`}>Sources ({collection.document.sources.length})</Link>
            <Link href={`/teach/collections/${slug}/entities`}>
              People, places and organisations ({collection.document.entities.length})
            </Link>
          </p>
          <details className="disclosure">
            <summary>Replace or add events from a file</summary>
            <UploadCollectionForm slug={slug} />
          </details>
          <VisibilityForm slug={slug} visibility={collection.visibility} />
          <details className="disclosure">
            <summary>Share read-only with a teacher</summary>
            <ShareForm slug={slug} />
          </details>
          {shares.length > 0 && (
            <ul className="plain-list">
              {shares.map((s) => (
                <li key={s.id}>
                  {s.name} ({s.email}) <UnshareButton slug={slug} teacherId={s.id} name={s.name} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className="stack" aria-labelledby="events-title">
        <h2 id="events-title">Events</h2>
        {collection.document.events.length === 0 && <p className="muted">No events yet.</p>}
        <ol className="plain-list stack">
          {/* In date order, as on the timeline (the document keeps the order events were added in). */}
          {[...collection.document.events].sort(byDate).map((event) => (
            <li key={event.slug} id={`event-${event.slug}`} className="card stack collection-event">
              {event.slug === justAdded && (
                <p className="notice" role="status">
                  Added “{event.title}”. Add more facts to it below.
                </p>
              )}
              <h3>{event.title}</h3>
              <p className="muted">
                {event.date.iso} ({event.date.precision}) · {event.kind}
                {event.actors.length > 0 && ` · ${event.actors.map((a) => entityName.get(a) ?? a).join(", ")}`}
                {event.places.length > 0 && ` · in ${event.places.map((a) => entityName.get(a) ?? a).join(", ")}`}
                {event.discussed.length > 0 && ` · about ${event.discussed.map((a) => entityName.get(a) ?? a).join(", ")}`}
              </p>
              <p>{event.summary}</p>
              {event.date.note && <p className="muted">Date: {event.date.note}</p>}
              {event.numbers.length > 0 && (
                <p className="muted">
                  Numbers: {event.numbers.map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ""} (${q.label})`).join(" · ")}
                </p>
              )}
              <ul className="plain-list stack">
                {event.facts.map((fact) => {
                  const produced = byFact.get(`${event.slug}/${fact.id}`);
                  return (
                    <li key={fact.id} className="collection-fact">
                      <p>
                        <strong>{fact.question}</strong> — {renderAnswer(fact.answer, index)}
                        {fact.importance && <span className="muted"> · {fact.importance}</span>}
                      </p>
                      <details className="disclosure">
                        <summary>
                          {produced?.questions.length ?? 0} question{produced?.questions.length === 1 ? "" : "s"}
                          {produced && produced.warnings.length > 0
                            ? ` · ${produced.warnings.length} quality warning${produced.warnings.length === 1 ? "" : "s"}`
                            : ""}
                        </summary>
                        <ul>
                          {produced?.questions.map((q) => (
                            <li key={q.id}>
                              <Link href={`/teach/questions/${q.id}`}>{QUESTION_TYPE_LABELS[q.type]}</Link>: {q.prompt}
                            </li>
                          ))}
                        </ul>
                        {produced && produced.warnings.length > 0 && (
                          <ul className="collection-warnings">
                            {produced.warnings.map((w, i) => (
                              <li key={i}>
                                ⚠ {ruleTitle(w.rule)}: {w.message}
                              </li>
                            ))}
                          </ul>
                        )}
                      </details>
                      {collection.canEdit && (
                        <details className="disclosure">
                          <summary>Edit this fact</summary>
                          <EditFactForm
                            collection={slug}
                            eventSlug={event.slug}
                            factId={fact.id}
                            fact={factFormValues(fact, names)}
                            entities={entities}
                          />
                          {event.facts.length > 1 && <DeleteFactButton collection={slug} eventSlug={event.slug} factId={fact.id} />}
                        </details>
                      )}
                    </li>
                  );
                })}
              </ul>
              {collection.canEdit && (
                <details className="disclosure">
                  <summary>Add a fact</summary>
                  <AddFactForm collection={slug} eventSlug={event.slug} entities={entities} />
                </details>
              )}
              {event.links.length > 0 && (
                <ul className="plain-list">
                  {event.links.map((link) => (
                    <li key={`${link.kind}-${link.to}`}>
                      {LINK_WORDS[link.kind]} “{eventTitle.get(link.to) ?? link.to}”: {link.how}
                      {collection.canEdit && <RemoveLinkButton collection={slug} eventSlug={event.slug} to={link.to} kind={link.kind} />}
                    </li>
                  ))}
                </ul>
              )}
              {collection.canEdit && collection.document.events.length > 1 && (
                <details className="disclosure">
                  <summary>Connect to another event</summary>
                  <LinkForm
                    collection={slug}
                    eventSlug={event.slug}
                    events={collection.document.events.filter((e) => e.slug !== event.slug).map((e) => ({ slug: e.slug, title: e.title }))}
                  />
                </details>
              )}
              {collection.canEdit && (
                <details className="disclosure">
                  <summary>Edit this event</summary>
                  <EditEventForm
                    collection={slug}
                    eventSlug={event.slug}
                    sources={sources}
                    entities={entityNames}
                    otherTags={event.tags.slice(1)}
                    event={{
                      title: event.title,
                      name: event.name ?? "",
                      summary: event.summary,
                      kind: event.kind,
                      dateIso: event.date.iso,
                      precision: event.date.precision,
                      basis: event.date.basis,
                      dateNote: event.date.note ?? "",
                      tag: event.tags[0] ?? "history",
                      actors: names(event.actors),
                      places: names(event.places),
                      discussed: names(event.discussed),
                      numbers: quantitiesText(event.numbers),
                      sourceId: event.sources[0] ?? "",
                    }}
                  />
                  <DeleteEventButton slug={slug} eventSlug={event.slug} title={event.title} />
                </details>
              )}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}

const LINK_WORDS = { "led-to": "Led to", "followed-up": "Followed up by", "anniversary-of": "Marks an anniversary of" } as const;

/** A fact as its edit form shows it (entries by name). */
function factFormValues(fact: CollectionDocument["events"][number]["facts"][number], names: (ids: readonly string[]) => string) {
  const answer = answerFields(fact.answer);
  return {
    question: fact.question,
    statement: fact.statement,
    answerKind: answer.kind,
    answer: answer.value,
    unit: answer.unit,
    numberStyle: answer.style,
    distractors: answer.distractors.join("; "),
    aliases: answer.aliases.join("; "),
    alsoRight: names(fact.alsoCorrect.flatMap((a) => (a.kind === "entity" ? [a.entity] : []))),
    notDistractors: names(fact.notDistractors),
    importance: fact.importance ?? "supporting",
    explanation: fact.explanation ?? "",
  };
}

/** ISO dates at any precision compare as text ("2022" < "2022-11" < "2022-11-18"); ties by title. */
function byDate(a: { date: { iso: string }; title: string }, b: { date: { iso: string }; title: string }): number {
  return a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : a.title.localeCompare(b.title);
}
