import { removeStudentAction } from "@/app/teach/_actions/classes";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** "Remove" beside a student, confirmed in a dialog that names the student and says what removal does. */
export function RemoveStudentButton({
  classId,
  klassName,
  studentId,
  studentName,
}: {
  classId: string;
  /** The class's name ("className" would read as a CSS class). */
  klassName: string;
  studentId: string;
  studentName: string;
}) {
  return (
    <ConfirmActionButton
      action={removeStudentAction}
      fields={{ classId, studentId }}
      // Quiet: one per student, a column of solid red buttons drowned the names.
      triggerClassName="button button-quiet button-danger"
      trigger={
        <>
          Remove<span className="visually-hidden"> {studentName}</span>
        </>
      }
      title={`Remove ${studentName} from ${klassName}?`}
      confirmLabel={`Remove ${studentName}`}
    >
      {/* What removeStudent (db/queries/classes.ts) does: it deletes the enrolment row, nothing else. */}
      <p>They leave the class: its assignments go from their study home, and they drop out of this class&apos;s dashboards and figures.</p>
      <p className="muted">
        Their reviews, memory and quiz attempts stay in their own account. If they join again with the code, their work on this class&apos;s
        assignments counts again.
      </p>
    </ConfirmActionButton>
  );
}
