"use client";

import { useEffect, useRef, useState } from "react";
import { SourceList } from "@/components/quiz/source-citation";
import { REVIEW_RATINGS, type ReviewRating } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";
import { whySentence } from "@/lib/study/flashcard-back";

/** The grade buttons, weakest first (keys 1–4): "again" → "Again". */
const GRADES = REVIEW_RATINGS.map((grade) => ({ grade, label: grade.charAt(0).toUpperCase() + grade.slice(1) }));

/** A true/false face shows its statement (flashcards never hold ordering or matching exercises). */
function FrontDetail({ question }: { question: Question }) {
  if (question.type === "true_false" && !question.prompt.includes(question.statement)) {
    return <blockquote className="statement">{question.statement}</blockquote>;
  }
  return null;
}

/**
 * A flashcard of one fact: the question on the front (a prompt that stands alone); tap it or press
 * Space to see the answer in bold, one sentence of why, and the source; then grade with the four
 * buttons (or keys 1–4), each showing when the card returns. The buttons stay in view on a phone.
 */
export function Flashcard({
  question,
  intervals,
  onGrade,
}: {
  question: Question;
  intervals: Record<ReviewRating, string>;
  onGrade: (grade: ReviewRating, responseMs: number) => void;
}) {
  const [flipped, setFlipped] = useState(false);
  const why = whySentence(question);
  // When the card appeared (set on mount, not during render), for the response time.
  const shownAt = useRef(0);
  const graded = useRef(false);

  useEffect(() => {
    shownAt.current = performance.now();
  }, [question.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (!flipped && (event.key === " " || event.key === "Enter")) {
        event.preventDefault();
        setFlipped(true);
        return;
      }
      const index = Number(event.key) - 1;
      const choice = GRADES[index];
      if (flipped && choice && !graded.current) {
        graded.current = true;
        onGrade(choice.grade, Math.round(performance.now() - shownAt.current));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [flipped, onGrade]);

  return (
    <article className="flashcard" aria-labelledby={`card-${question.id}`}>
      <button type="button" className="flashcard-face" onClick={() => setFlipped(true)} aria-expanded={flipped} disabled={flipped}>
        <span className="question-type">Flashcard</span>
        <span id={`card-${question.id}`} className="question-prompt">
          {question.prompt}
        </span>
        <FrontDetail question={question} />
        {!flipped && (
          <span className="flip-hint">
            Tap to show the answer<span className="keyboard-hint"> (or press Space)</span>
          </span>
        )}
      </button>
      {flipped && (
        <section className="flashcard-back" aria-live="polite" aria-label="Answer">
          <p className="flashcard-answer" data-testid="flashcard-answer">
            <strong>{question.answer}</strong>
          </p>
          {why && <p className="flashcard-why">{why}</p>}
          <SourceList sources={question.sources} />
          <div className="grade-buttons" role="group" aria-label="How well did you know it?">
            {GRADES.map(({ grade, label }, index) => (
              <button
                key={grade}
                type="button"
                className={`grade grade-${grade}`}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => {
                  if (graded.current) return;
                  graded.current = true;
                  onGrade(grade, Math.round(performance.now() - shownAt.current));
                }}
              >
                <span>{label}</span>
                <small>{intervals[grade]}</small>
              </button>
            ))}
          </div>
        </section>
      )}
    </article>
  );
}
