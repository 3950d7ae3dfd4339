import { QuestionReportProvider } from "@/components/quiz/report-question";
import { reportQuestionAction } from "./_actions/reports";

/** Student pages: the answer feedback can send a report on its question (components/quiz/report-question.tsx). */
export default function StudyLayout({ children }: { children: React.ReactNode }) {
  return <QuestionReportProvider action={reportQuestionAction}>{children}</QuestionReportProvider>;
}
