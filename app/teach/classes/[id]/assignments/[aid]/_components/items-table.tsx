import { QUESTION_TYPE_LABELS } from "@/components/content/question-type-label";
import type { ItemRow } from "@/db/queries/dashboard";
import type { TeacherFlag } from "@/db/queries/question-flags";
import { FlagQuestion } from "@/app/teach/_components/flag-question";
import { DASHBOARD_DEFINITIONS as D } from "@/lib/teaching/dashboard-definitions";
import { ColumnNote } from "./students-table";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

/** Item analysis: how each question worked for this class. */
export function ItemsTable({ rows, flags }: { rows: ItemRow[]; flags?: Map<string, TeacherFlag> }) {
  return (
    <div className="table-wrap">
      <table className="data items-table" data-testid="items-table">
        <thead>
          <tr>
            <th>#</th>
            <th>Question</th>
            <th className="num">
              {D.facility.label}
              <ColumnNote figure="facility" />
            </th>
            <th className="num">
              {D.discrimination.label}
              <ColumnNote figure="discrimination" />
            </th>
            <th>
              {D.mostChosenWrong.label}
              <ColumnNote figure="mostChosenWrong" />
            </th>
            <th className="num">
              {D.medianTime.label}
              <ColumnNote figure="medianTime" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.questionId} data-position={r.position + 1}>
              <td>{r.position + 1}</td>
              <td>
                <span className="pill">{QUESTION_TYPE_LABELS[r.type]}</span> {r.prompt}
                <br />
                <span className="muted">{r.studentsAnswered} answered</span>
                <FlagQuestion questionId={r.questionId} label={r.prompt} current={flags?.get(r.questionId)} />
              </td>
              <td className="num" data-col="facility">
                {pct(r.facility)}
              </td>
              <td className="num">{r.discrimination === null ? "—" : r.discrimination.toFixed(2)}</td>
              <td data-col="most-chosen-wrong">
                {r.mostChosenWrong
                  ? `${r.mostChosenWrong.answer} (${r.mostChosenWrong.count} student${r.mostChosenWrong.count === 1 ? "" : "s"})`
                  : "—"}
              </td>
              <td className="num">{r.medianResponseMs === null ? "—" : `${(r.medianResponseMs / 1000).toFixed(1)} s`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
