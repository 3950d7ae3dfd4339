"use client";

import { useEffect, useRef, useState } from "react";
import { SourceList } from "@/components/quiz/source-citation";
import { REVIEW_RATINGS, type ReviewRating } from "@/lib/domain";
import type { Question } from "@/lib/questions/types";

/** The grade buttons, weakest first (keys 1–4): "again" → "Again". */
const GRADES = REVIEW_RATINGS.map((grade) => ({ grade, label: grade.charAt(0).toUpperCase() + grade.slice(1) }));

function FrontDetail({ question }: { question: Question }) {
  if (question.type === "true_false" && !question.prompt.includes(question.statement)) {
    return <blockquote className="statement">{question.statement}</blockquote>;
  }
  if (question.type === "ordering") {
    return (
      <ul className="plain-list">
        {question.items.map((i) => (
          <li key={i.id}>{i.label}</li>
        ))}
      </ul>
    );
  }
  if (question.type === "matching") {
    return (
      <ul className="plain-list">
        {question.left.map((i) => (
          <li key={i.id}>{i.label}</li>
        ))}
      </ul>
    );
  }
  return null;
}

/**
 * A flashcard: the question on the front; tap it or press Space to see the answer, why, and the
 * source; then grade with the four buttons (or keys 1–4), each showing when the card returns.
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
        {!flipped && <span className="flip-hint">Tap to show the answer (or press Space)</span>}
      </button>
      {flipped && (
        <section className="flashcard-back" aria-live="polite" aria-label="Answer">
          <p className="flashcard-answer">{question.answer}</p>
          <p className="explanation">{question.explanation}</p>
          <SourceList sources={question.sources} />
          <p className="grade-hint">How well did you know it?</p>
          <div className="grade-buttons">
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
