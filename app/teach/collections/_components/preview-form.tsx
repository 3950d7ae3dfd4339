"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction, FormState } from "@/lib/forms";
import type { FactPreview } from "@/server/collection-events";

/**
 * A form with two buttons: save (the form's action), and "Preview questions", which sends the
 * same fields to a read-only action and shows the questions the fact would produce and their
 * quality warnings beside the form. Errors beside the fields come from whichever ran last.
 *
 * The preview is sent without submitting the form, so what the teacher typed stays as it is; a
 * save that is refused shows the typed values again (echoed by the action), and one that succeeds
 * starts the fields afresh from `children`'s initial values.
 */
export function PreviewForm<Field extends string, PreviewField extends string>({
  action,
  preview,
  saveLabel,
  children,
}: {
  action: FormAction<Field>;
  preview: FormAction<PreviewField, FactPreview>;
  saveLabel: string;
  children: (state: FormState<string>) => React.ReactNode;
}) {
  const [saved, save] = useActionState<FormState<Field>, FormData>(action, {});
  const [previewed, runPreview, previewing] = useActionState<FormState<PreviewField, FactPreview>, FormData>(preview, {});
  const [shown, setShown] = useState<"save" | "preview">("save");
  const form = useRef<HTMLFormElement>(null);
  // Each answer of the save remounts the fields, so they show its echoed values (or start afresh).
  const [seen, setSeen] = useState(saved);
  const [version, setVersion] = useState(0);
  // A preview made before the last save describes a form that is gone: not shown.
  const [previewedAt, setPreviewedAt] = useState(-1);
  if (seen !== saved) {
    setSeen(saved);
    setVersion((v) => v + 1);
  }
  // A preview's refusal shows as a save's would; its result shows only in the panel. The values the
  // fields start from are always the save's: React moves an input's default value, and with it
  // what a teacher typed, if they changed under it.
  const refusal: FormState<string, unknown> = shown === "save" ? saved : previewed.data ? {} : previewed;
  const state: FormState<string> = { message: refusal.message, fieldErrors: refusal.fieldErrors, values: saved.values };
  const result = previewedAt === version ? previewed.data : undefined;

  return (
    <div className="preview-layout">
      <form
        ref={form}
        action={(data) => {
          setShown("save");
          save(data);
        }}
        className="stack"
        noValidate
      >
        {state.message && (
          <p className={state.fieldErrors ? "form-message" : "notice"} role={state.fieldErrors ? "alert" : "status"}>
            {state.message}
          </p>
        )}
        <div key={version} className="stack">
          {children(state)}
        </div>
        <div className="actions-inline">
          <SubmitButton pendingLabel="Saving…">{saveLabel}</SubmitButton>
          <button
            type="button"
            className="button"
            disabled={previewing}
            aria-busy={previewing}
            onClick={() => {
              if (!form.current) return;
              const data = new FormData(form.current);
              setShown("preview");
              setPreviewedAt(version);
              startTransition(() => runPreview(data));
            }}
          >
            {previewing ? "Generating…" : "Preview questions"}
          </button>
        </div>
      </form>
      <section className="preview-panel" aria-live="polite" aria-label="Preview of the questions">
        {result ? (
          <>
            <h3>Questions it would produce</h3>
            {result.questions.length === 0 ? (
              <p>None: this fact produces no question as it stands.</p>
            ) : (
              <ul className="preview-questions">
                {result.questions.map((q) => (
                  <li key={q.id}>
                    <span className="pill">{QUESTION_TYPE_LABELS[q.type]}</span> {q.prompt}
                    <span className="muted"> — {q.answer}</span>
                    {q.kept && <span className="muted"> · unchanged id</span>}
                  </li>
                ))}
              </ul>
            )}
            {result.warnings.length > 0 ? (
              <div className="warning-box">
                <strong>Quality warnings</strong>
                <ul>
                  {result.warnings.map((w) => (
                    <li key={w}>⚠ {w}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted">No quality warning.</p>
            )}
            <p className="muted">Nothing is saved until you press “{saveLabel}”.</p>
          </>
        ) : (
          <p className="muted">
            Press “Preview questions” to see the questions this fact would produce, and any quality warnings, before saving.
          </p>
        )}
      </section>
    </div>
  );
}
