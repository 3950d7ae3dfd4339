import { deleteAssignmentAction } from "@/app/teach/_actions/assignments";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/**
 * "Remove" beside an assignment, confirmed in a dialog that says what goes with it. What it says is
 * what deleteAssignment (db/queries/assignments.ts) does: it deletes the assignment row; its quiz
 * attempts and their answers, the per-student extra time and attempts, and the dashboard's
 * aggregates go with it (foreign keys on delete cascade); the students' review logs stay, no
 * longer tagged with it (set null), and so does their memory (item_states); the set is untouched.
 * A new assignment of the set counts only reviews given after it is made (ASSIGNMENT_REVIEWS).
 */
export function RemoveAssignmentButton({
  classId,
  assignmentId,
  setName,
  isQuiz,
}: {
  classId: string;
  assignmentId: string;
  setName: string;
  isQuiz: boolean;
}) {
  return (
    <ConfirmActionButton
      action={deleteAssignmentAction}
      fields={{ assignmentId, classId }}
      trigger={
        <>
          Remove<span className="visually-hidden"> assignment {setName}</span>
        </>
      }
      title={`Remove the assignment “${setName}”?`}
      confirmLabel="Remove assignment"
    >
      <p>
        It goes from your students&apos; study homes, and its dashboard goes with it: completion, item analysis
        {isQuiz ? ", quiz scores" : ""} and the CSV downloads. This cannot be undone.
      </p>
      {isQuiz && (
        <p>
          <strong>Every student&apos;s attempts and scores on this quiz are deleted</strong>, with any extra time or attempts you gave.
        </p>
      )}
      <p className="muted">
        Students keep their reviews and memory of these questions in their own accounts. The quiz set stays in your sets; assigning it again
        starts afresh, counting only answers given from then on.
      </p>
    </ConfirmActionButton>
  );
}
