"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { explanationBelowAnswer } from "@/lib/questions/render/explanation";
import type { AnswerReveal, PublicQuestion } from "@/lib/quiz/present";
import { ChoiceInput } from "./choice-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { SourceList } from "./source-citation";
import { TextAnswerInput } from "./text-answer-input";
import { TrueFalseInput } from "./true-false-input";

/**
 * One question of a scored quiz. Unlike QuestionCard it holds no key: it sends the response to the
 * server (through `onSubmit`) and shows whatever the server reveals back — a verdict, the answer
 * and why when the teacher chose feedback after each question, nothing when feedback waits until
 * the attempt is submitted.
 */
export function ScoredQuestion({
  question,
  onSubmit,
  reveal,
  answered,
  footer,
}: {
  question: PublicQuestion;
  onSubmit: (response: unknown, responseMs: number) => void;
  reveal: AnswerReveal | null;
  /** The response the student gave (set once sent), to mark it. */
  answered: unknown;
  footer?: React.ReactNode;
}) {
  const shownAt = useRef(0);
  const container = useRef<HTMLElement>(null);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    shownAt.current = performance.now();
    if (question.type !== "typed" && question.type !== "cloze") container.current?.focus({ preventScroll: true });
  }, [question.id, question.type]);

  const submit = useCallback(
    (response: unknown) => {
      if (sent) return;
      setSent(true);
      onSubmit(response, Math.round(performance.now() - shownAt.current));
    },
    [onSubmit, sent],
  );

  const disabled = sent || answered !== undefined;
  return (
    <article ref={container} tabIndex={-1} className="question-card" aria-labelledby={`prompt-${question.id}`}>
      <p className="question-type">{QUESTION_TYPE_LABELS[question.type]}</p>
      <h2 id={`prompt-${question.id}`} className="question-prompt">
        {question.prompt}
      </h2>
      {question.type === "true_false" && !question.prompt.includes(question.statement) && (
        <blockquote className="statement">{question.statement}</blockquote>
      )}
      {question.type === "multiple_choice" && (
        <ChoiceInput
          choices={question.choices}
          onPick={submit}
          disabled={disabled}
          outcome={
            reveal && typeof answered === "number" && reveal.correctChoice !== undefined
              ? { picked: answered, correct: reveal.correctChoice }
              : undefined
          }
        />
      )}
      {question.type === "true_false" && (
        <TrueFalseInput
          onPick={submit}
          disabled={disabled}
          outcome={
            reveal && typeof answered === "boolean" ? { picked: answered, correct: reveal.correct ? answered : !answered } : undefined
          }
        />
      )}
      {(question.type === "typed" || question.type === "cloze") && (
        <TextAnswerInput
          label={question.type === "cloze" ? "Word or words for the blank" : "Your answer"}
          onSubmit={submit}
          disabled={disabled}
        />
      )}
      {question.type === "ordering" && <OrderingInput items={question.items} onSubmit={submit} disabled={disabled} />}
      {question.type === "matching" && <MatchingInput left={question.left} right={question.right} onSubmit={submit} disabled={disabled} />}
      <p className="visually-hidden" role="status">
        {reveal ? (reveal.correct ? "Correct." : `Not quite. The answer: ${reveal.expected}.`) : ""}
      </p>
      {reveal && <RevealFeedback reveal={reveal} />}
      {footer}
    </article>
  );
}

/** The verdict in words and a mark (never colour alone), the answer, why, and the sources. */
export function RevealFeedback({ reveal, unanswered }: { reveal: AnswerReveal; unanswered?: boolean }) {
  return (
    <section className={`feedback ${reveal.correct ? "feedback-right" : "feedback-wrong"}`} aria-label="Answer feedback">
      <p className="feedback-verdict">{unanswered ? "✗ Not answered" : reveal.correct ? "✓ Correct" : "✗ Not quite"}</p>
      <p>
        {reveal.correct ? "Answer" : "The answer"}: <strong>{reveal.expected}</strong>
      </p>
      <p className="explanation">{explanationBelowAnswer(reveal.explanation, reveal.expected)}</p>
      <SourceList sources={reveal.sources} />
    </section>
  );
}
