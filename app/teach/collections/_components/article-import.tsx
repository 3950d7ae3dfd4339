"use client";

import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { topicLabel } from "@/components/content/topic-label";
import { eventKindSchema, topicSchema } from "@/lib/events/schema";
import { highlightPieces, type CandidateEvent } from "@/lib/extraction/candidate";
import type { FormState } from "@/lib/forms";
import { acceptCandidateAction, extractArticleAction } from "../_actions/collections";

type ArticleField = "slug" | "title" | "publisher" | "publishedOn" | "url" | "text";
interface Article {
  title: string;
  publisher: string;
  publishedOn: string;
  url: string;
}

/** Paste an article, then accept, edit or reject each candidate event. */
export function ArticleImport({ slug }: { slug: string }) {
  const [state, action] = useActionState<FormState<ArticleField, { candidates: CandidateEvent[] }>, FormData>(extractArticleAction, {});
  const [article, setArticle] = useState<Article | null>(null);
  const candidates = state.data?.candidates ?? [];
  return (
    <>
      <form
        action={(form) => {
          setArticle({
            title: String(form.get("title") ?? ""),
            publisher: String(form.get("publisher") ?? ""),
            publishedOn: String(form.get("publishedOn") ?? ""),
            url: String(form.get("url") ?? ""),
          });
          action(form);
        }}
        className="card stack"
        noValidate
      >
        {state.message && (
          <p className={state.fieldErrors ? "form-message" : "notice"} role={state.fieldErrors ? "alert" : "status"}>
            {state.message}
          </p>
        )}
        <input type="hidden" name="slug" value={slug} />
        <Field
          id="article-title"
          name="title"
          label="Article title"
          required
          defaultValue={state.values?.title}
          error={state.fieldErrors?.title}
        />
        <Field
          id="article-publisher"
          name="publisher"
          label="Publisher"
          required
          defaultValue={state.values?.publisher}
          error={state.fieldErrors?.publisher}
        />
        <Field
          id="article-date"
          name="publishedOn"
          label="Publication date"
          type="date"
          required
          hint="Relative dates (“on Sunday”, “last year”) are read from it."
          defaultValue={state.values?.publishedOn}
          error={state.fieldErrors?.publishedOn}
        />
        <Field
          id="article-url"
          name="url"
          label="Web address (optional)"
          type="url"
          defaultValue={state.values?.url}
          error={state.fieldErrors?.url}
        />
        <div className="field">
          <label htmlFor="article-text">Article text</label>
          <textarea
            id="article-text"
            name="text"
            rows={10}
            required
            defaultValue={state.values?.text}
            aria-invalid={state.fieldErrors?.text ? true : undefined}
            aria-describedby={state.fieldErrors?.text ? "article-text-error" : undefined}
          />
          {state.fieldErrors?.text && (
            <p id="article-text-error" className="field-error" role="alert">
              {state.fieldErrors.text}
            </p>
          )}
        </div>
        <SubmitButton pendingLabel="Reading the article…">Find events</SubmitButton>
      </form>
      {article && candidates.length > 0 && (
        <section className="stack" aria-labelledby="candidates-title">
          <h2 id="candidates-title">Candidate events</h2>
          <ol className="plain-list stack">
            {candidates.map((c) => (
              <CandidateCard key={`${article.title}/${c.id}/${c.offset}`} slug={slug} article={article} candidate={c} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

type AcceptField =
  | "title"
  | "summary"
  | "kind"
  | "dateIso"
  | "precision"
  | "people"
  | "organisations"
  | "places"
  | "tag"
  | "importance"
  | "slug"
  | "articleTitle"
  | "publisher"
  | "publishedOn"
  | "url"
  | "dateNote";

function CandidateCard({ slug, article, candidate: c }: { slug: string; article: Article; candidate: CandidateEvent }) {
  const [state, action] = useActionState<FormState<AcceptField>, FormData>(acceptCandidateAction, {});
  const [rejected, setRejected] = useState(false);
  const accepted = Boolean(state.message && !state.fieldErrors && !state.message.startsWith("This collection changed"));
  const headingId = `candidate-${c.id}`;
  if (rejected) {
    return (
      <li className="card candidate" aria-labelledby={headingId}>
        <p id={headingId} className="muted">
          Rejected: {c.sentence.slice(0, 80)}…{" "}
          <button type="button" className="link-button" onClick={() => setRejected(false)}>
            Undo
          </button>
        </p>
      </li>
    );
  }
  const value = (field: AcceptField, fallback: string) => state.values?.[field] ?? fallback;
  return (
    <li className="card stack candidate" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Candidate {c.id.slice(1)}: {c.date.iso}
      </h3>
      <blockquote className="candidate-sentence">
        {highlightPieces(c.sentence, c.highlights).map((p, i) =>
          p.kind ? (
            <mark key={i} className={`hl hl-${p.kind}`} title={p.kind}>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </blockquote>
      {c.dateNote && <p className="muted">{c.dateNote}</p>}
      {accepted ? (
        <p className="notice" role="status">
          {state.message}
        </p>
      ) : (
        <form action={action} className="stack" noValidate>
          {state.message && (
            <p className="form-message" role="alert">
              {state.message}
            </p>
          )}
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="articleTitle" value={article.title} />
          <input type="hidden" name="publisher" value={article.publisher} />
          <input type="hidden" name="publishedOn" value={article.publishedOn} />
          <input type="hidden" name="url" value={article.url} />
          <input type="hidden" name="dateNote" value={c.dateNote} />
          <Field
            id={`${c.id}-title`}
            name="title"
            label="Title"
            required
            defaultValue={value("title", c.sentence.slice(0, 160))}
            error={state.fieldErrors?.title}
          />
          <div className="field">
            <label htmlFor={`${c.id}-summary`}>Summary in your own words</label>
            <textarea
              id={`${c.id}-summary`}
              name="summary"
              rows={3}
              required
              defaultValue={value("summary", "")}
              aria-invalid={state.fieldErrors?.summary ? true : undefined}
              aria-describedby={state.fieldErrors?.summary ? `${c.id}-summary-error` : undefined}
            />
            {state.fieldErrors?.summary && (
              <p id={`${c.id}-summary-error`} className="field-error" role="alert">
                {state.fieldErrors.summary}
              </p>
            )}
          </div>
          <Field
            id={`${c.id}-date`}
            name="dateIso"
            label="Date (YYYY-MM-DD, YYYY-MM or YYYY)"
            required
            defaultValue={value("dateIso", c.date.iso)}
            error={state.fieldErrors?.dateIso}
          />
          <SelectField
            id={`${c.id}-precision`}
            name="precision"
            label="Known to the"
            value={value("precision", c.date.precision)}
            options={[
              ["day", "day"],
              ["month", "month"],
              ["year", "year"],
            ]}
          />
          <Field
            id={`${c.id}-people`}
            name="people"
            label="People (separated by ;)"
            defaultValue={value("people", c.people.join("; "))}
            error={state.fieldErrors?.people}
          />
          <Field
            id={`${c.id}-organisations`}
            name="organisations"
            label="Organisations (separated by ;)"
            defaultValue={value("organisations", c.organisations.join("; "))}
            error={state.fieldErrors?.organisations}
          />
          <Field
            id={`${c.id}-places`}
            name="places"
            label="Places (separated by ;)"
            defaultValue={value("places", c.places.join("; "))}
            error={state.fieldErrors?.places}
          />
          {c.numbers.length > 0 && (
            <p className="muted">Numbers: {c.numbers.map((n) => `${n.text}${n.unit ? ` ${n.unit}` : ""}`).join(", ")}</p>
          )}
          <SelectField
            id={`${c.id}-kind`}
            name="kind"
            label="Kind of event"
            value={value("kind", "statement")}
            options={eventKindSchema.options.map((k) => [k, k])}
          />
          <SelectField
            id={`${c.id}-tag`}
            name="tag"
            label="Topic"
            value={value("tag", "history")}
            options={topicSchema.options.map((t) => [t, topicLabel(t)])}
          />
          <SelectField
            id={`${c.id}-importance`}
            name="importance"
            label="Importance"
            value={value("importance", "core")}
            options={[
              ["core", "core"],
              ["supporting", "supporting"],
              ["detail", "detail"],
            ]}
          />
          <div className="actions-inline">
            <SubmitButton pendingLabel="Saving…">Accept</SubmitButton>
            <button type="button" className="button button-quiet" onClick={() => setRejected(true)}>
              Reject
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
