import { explanationBelowAnswer } from "@/lib/questions/render/explanation";
import type { GradeResult, Question, QuestionResponse } from "@/lib/questions/types";
import { AnswerBreakdown } from "./answer-breakdown";
import { ReportQuestion } from "./report-question";
import { SourceList } from "./source-citation";

/**
 * Right or wrong (in words and a ✓/✗ mark, not colour alone), the correct answer, why, and where it
 * comes from. QuestionCard announces the verdict to screen readers.
 */
export function AnswerFeedback({ question, result, response }: { question: Question; result: GradeResult; response?: QuestionResponse }) {
  const parts = response !== undefined && (question.type === "ordering" || question.type === "matching");
  const answerLine = !parts && (!result.correct || question.type === "ordering" || question.type === "matching");
  return (
    <section className={`feedback ${result.correct ? "feedback-right" : "feedback-wrong"}`} aria-label="Answer feedback">
      <p className="feedback-verdict">{result.correct ? "✓ Correct" : "✗ Not quite"}</p>
      {result.correct && result.accepted && result.accepted !== result.expected && (
        <p>
          Accepted as <strong>{result.accepted}</strong>.
        </p>
      )}
      {parts && <AnswerBreakdown question={question} response={response} />}
      {answerLine && (
        <p>
          {result.correct ? "Answer" : "The answer"}: <strong>{result.expected}</strong>
        </p>
      )}
      <p className="explanation">{answerLine ? explanationBelowAnswer(question.explanation, result.expected) : question.explanation}</p>
      <SourceList sources={question.sources} />
      {/* Shown only where a report action is provided (student pages). */}
      <ReportQuestion questionId={question.id} />
    </section>
  );
}
