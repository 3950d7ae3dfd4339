"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import { gradeAnswer } from "@/lib/questions/grade";
import type { GradeResult, Question, QuestionResponse } from "@/lib/questions/types";
import { AnswerFeedback } from "./answer-feedback";
import { ChoiceInput } from "./choice-input";
import { MatchingInput } from "./matching-input";
import { TextAnswerInput } from "./text-answer-input";
import { TrueFalseInput } from "./true-false-input";

/**
 * Drag-and-drop (dnd-kit) is most of the quiz's JavaScript and only timeline ordering uses it:
 * it loads when an ordering question is shown (a server-rendered one preloads it with the page).
 */
const OrderingInput = dynamic(() => import("./ordering-input").then((m) => m.OrderingInput), {
  loading: () => <p className="muted ordering-hint">Loading the items…</p>,
});

/** The same breakpoint as the landscape rules in app/globals.css. */
const SHORT_SCREEN = "(max-height: 30rem) and (orientation: landscape)";

export interface AnsweredQuestion {
  question: Question;
  response: QuestionResponse;
  result: GradeResult;
  /** From the question appearing to the answer, for rating inference. */
  responseMs: number;
}

/**
 * One question as a student sees it: the prompt, the input for its type, then — graded here at
 * once, with no network wait — the feedback. The server grades the same response again with the
 * same function when the review is recorded.
 */
export function QuestionCard({
  question,
  onAnswered,
  onShown,
  footer,
}: {
  question: Question;
  onAnswered?: (answer: AnsweredQuestion) => void;
  /** Called once the card is whole on screen: an ordering question's control loads on demand, after it. */
  onShown?: () => void;
  /** Shown under the feedback once answered (e.g. the Next button). */
  footer?: (answer: AnsweredQuestion) => React.ReactNode;
}) {
  // When the question appeared (set on mount, not during render), for the response time.
  const shownAt = useRef(0);
  const container = useRef<HTMLElement>(null);
  const [answer, setAnswer] = useState<AnsweredQuestion | null>(null);

  // A new question takes focus (text questions focus their answer box instead), so keyboard and
  // screen-reader users start on it rather than at the top of the page. On a short screen (a phone
  // held sideways) it also scrolls to the top, so the prompt and its controls fill the height.
  // The ordering control loads on demand and makes the card taller, so it calls this again once shown.
  const fillShortScreen = useCallback(() => {
    if (window.matchMedia(SHORT_SCREEN).matches) container.current?.scrollIntoView({ block: "start" });
  }, []);
  useEffect(() => {
    shownAt.current = performance.now();
    if (question.type !== "typed" && question.type !== "cloze") container.current?.focus({ preventScroll: true });
    fillShortScreen();
    if (question.type !== "ordering") onShown?.();
  }, [question.id, question.type, fillShortScreen, onShown]);
  const orderingShown = useCallback(() => {
    fillShortScreen();
    onShown?.();
  }, [fillShortScreen, onShown]);

  const submit = useCallback(
    (response: QuestionResponse) => {
      if (answer) return;
      const done: AnsweredQuestion = {
        question,
        response,
        result: gradeAnswer(question, response),
        responseMs: Math.round(performance.now() - shownAt.current),
      };
      setAnswer(done);
      onAnswered?.(done);
    },
    [answer, onAnswered, question],
  );

  const disabled = answer !== null;
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
          outcome={answer && typeof answer.response === "number" ? { picked: answer.response, correct: question.answerIndex } : undefined}
        />
      )}
      {question.type === "true_false" && (
        <TrueFalseInput
          onPick={submit}
          disabled={disabled}
          outcome={answer && typeof answer.response === "boolean" ? { picked: answer.response, correct: question.truth } : undefined}
        />
      )}
      {(question.type === "typed" || question.type === "cloze") && (
        <TextAnswerInput
          label={question.type === "cloze" ? "Word or words for the blank" : "Your answer"}
          onSubmit={submit}
          disabled={disabled}
        />
      )}
      {question.type === "ordering" && (
        <OrderingInput items={question.items} onSubmit={submit} disabled={disabled} onShown={orderingShown} />
      )}
      {question.type === "matching" && <MatchingInput left={question.left} right={question.right} onSubmit={submit} disabled={disabled} />}
      {/* Present before the answer, so screen readers announce the verdict when it appears. */}
      <p className="visually-hidden" role="status">
        {answer ? verdictText(answer.result) : ""}
      </p>
      {answer && (
        <>
          <AnswerFeedback question={question} result={answer.result} response={answer.response} />
          {footer?.(answer)}
        </>
      )}
    </article>
  );
}

function verdictText(result: GradeResult): string {
  return result.correct ? "Correct." : `Not quite. The answer: ${result.expected}.`;
}
