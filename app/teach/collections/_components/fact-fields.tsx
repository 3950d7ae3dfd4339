"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { AnswerKind } from "@/lib/collections/facts";
import type { FormState } from "@/lib/forms";

export interface FactFormValues {
  question: string;
  statement: string;
  answerKind: AnswerKind;
  answer: string;
  unit: string;
  numberStyle: string;
  /** "a; b; c" */
  distractors: string;
  aliases: string;
  /** Names, "a; b": for an entry as the answer. */
  alsoRight: string;
  notDistractors: string;
  importance: string;
  explanation: string;
}

export const EMPTY_FACT: FactFormValues = {
  question: "",
  statement: "",
  answerKind: "entity",
  answer: "",
  unit: "",
  numberStyle: "cardinal",
  distractors: "",
  aliases: "",
  alsoRight: "",
  notDistractors: "",
  importance: "core",
  explanation: "",
};

const ANSWER_KIND_LABELS: [AnswerKind, string][] = [
  ["entity", "A person, place or organisation"],
  ["date", "A date"],
  ["number", "A number"],
  ["text", "Something else, in a few words"],
];

export const IMPORTANCE_OPTIONS = [
  ["core", "Core: a teacher would test it"],
  ["supporting", "Supporting: context worth knowing"],
  ["detail", "Detail: asked rarely"],
] as const;

/**
 * A fact's fields: question, statement with {answer}, the answer of the kind chosen (the fields
 * of the other kinds are not sent), importance and explanation. Errors and echoed values from
 * `state`, otherwise `initial`.
 */
export function FactFields({
  idPrefix,
  initial,
  entities,
  state,
}: {
  idPrefix: string;
  initial: FactFormValues;
  entities: { id: string; name: string }[];
  state: FormState<string>;
}) {
  const id = (f: string) => `${idPrefix}-${f}`;
  const value = (f: keyof FactFormValues) => state.values?.[f] ?? initial[f];
  const error = (f: string) => state.fieldErrors?.[f];
  const [kind, setKind] = useState<string>(value("answerKind"));
  // An answer typed for one kind is kept only while the kind stays the same.
  const answer = kind === initial.answerKind || state.values?.answerKind === kind ? value("answer") : "";

  return (
    <>
      <TextAreaField
        id={id("question")}
        name="question"
        label="Question"
        rows={2}
        hint="Asked as written: it must not give the answer away."
        defaultValue={value("question")}
        error={error("question")}
      />
      <TextAreaField
        id={id("statement")}
        name="statement"
        label="The same fact as a sentence"
        rows={2}
        hint="Write {answer} where the answer goes, e.g. “{answer} led the first crew to land.” True-or-false and fill-in-the-blank questions come from it."
        defaultValue={value("statement")}
        error={error("statement")}
      />
      <SelectField
        id={id("answerKind")}
        name="answerKind"
        label="The answer is"
        value={kind}
        options={ANSWER_KIND_LABELS}
        error={error("answerKind")}
        onChange={setKind}
      />
      {kind === "entity" &&
        (entities.length === 0 ? (
          <p className="field-error" id={id("answer")}>
            This collection has no people, places or organisations yet: add them first, or choose another kind of answer.
          </p>
        ) : (
          <SelectField
            id={id("answer")}
            name="answer"
            label="Answer"
            hint="Wrong choices are taken from the collection's other entries of the same kind."
            value={answer}
            options={[["", "Choose…"], ...entities.map((e) => [e.id, e.name] as const)]}
            error={error("answer")}
          />
        ))}
      {kind === "entity" && entities.length > 0 && (
        // Rarely needed: folded away unless it holds something or an error.
        <details
          className="disclosure"
          open={Boolean(value("alsoRight") || value("notDistractors") || error("alsoRight") || error("notDistractors"))}
        >
          <summary>Other right answers and close calls (optional)</summary>
          <div className="stack">
            <Field
              id={id("alsoRight")}
              name="alsoRight"
              label="Other right answers"
              hint="Entries that answer the question too, separated by semicolons: never offered as wrong choices."
              defaultValue={value("alsoRight")}
              error={error("alsoRight")}
            />
            <Field
              id={id("notDistractors")}
              name="notDistractors"
              label="Never offer as a wrong choice"
              hint="Entries too close to call, separated by semicolons."
              defaultValue={value("notDistractors")}
              error={error("notDistractors")}
            />
          </div>
        </details>
      )}
      {kind === "date" && (
        <Field
          id={id("answer")}
          name="answer"
          label="Answer (a date)"
          hint="YYYY-MM-DD, YYYY-MM or YYYY: the question is as precise as the date."
          defaultValue={answer}
          error={error("answer")}
        />
      )}
      {kind === "number" && (
        <>
          <Field
            id={id("answer")}
            name="answer"
            label="Answer (a number)"
            inputMode="decimal"
            defaultValue={answer}
            error={error("answer")}
          />
          <Field
            id={id("unit")}
            name="unit"
            label="What it counts"
            hint="A word for the unit, like countries, years or troops."
            defaultValue={value("unit")}
            error={error("unit")}
          />
          <SelectField
            id={id("numberStyle")}
            name="numberStyle"
            label="Written as"
            value={value("numberStyle")}
            options={[
              ["cardinal", "A count, like 141"],
              ["ordinal", "An ordinal, like 70th"],
              ["usd", "US dollars, like US$2.8 billion"],
            ]}
            error={error("numberStyle")}
          />
        </>
      )}
      {kind === "text" && (
        <>
          <Field id={id("answer")} name="answer" label="Answer (a few words)" defaultValue={answer} error={error("answer")} />
          <Field
            id={id("distractors")}
            name="distractors"
            label="Wrong answers"
            hint="At least three plausible but false answers, separated by semicolons."
            defaultValue={value("distractors")}
            error={error("distractors")}
          />
          <Field
            id={id("aliases")}
            name="aliases"
            label="Other accepted wordings (optional)"
            hint="Separated by semicolons: a typed answer matching one is right too."
            defaultValue={value("aliases")}
            error={error("aliases")}
          />
        </>
      )}
      <SelectField
        id={id("importance")}
        name="importance"
        label="Importance"
        value={value("importance")}
        options={IMPORTANCE_OPTIONS}
        error={error("importance")}
      />
      <TextAreaField
        id={id("explanation")}
        name="explanation"
        label="Explanation in your own words (optional)"
        hint="Shown after the answer. Empty: the event's summary is shown."
        defaultValue={value("explanation")}
        error={error("explanation")}
      />
    </>
  );
}
