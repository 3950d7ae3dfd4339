"use client";

import { useState } from "react";
import { QuestionCard } from "@/components/quiz/question-card";
import type { Question } from "@/lib/questions/types";

/** The student's question card, answerable as often as the teacher likes; nothing is recorded. */
export function QuestionPreview({ question }: { question: Question }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <QuestionCard
      key={attempt}
      question={question}
      footer={() => (
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      )}
    />
  );
}
