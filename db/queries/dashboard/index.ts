/**
 * The teacher dashboard's data layer: one SQL query per panel, aggregates computed in the
 * database, each query checking in its own SQL that the assignment (or class) belongs to the
 * teacher asking — null when it does not.
 */
export { getAssignmentOverview, type AssignmentOverview } from "./overview";
export { listAssignmentStudents, AT_RISK_RECALL, type StudentRow } from "./students";
export { listAssignmentItems, type ItemRow } from "./items";
export { countCompletionPerDay, MAX_COMPLETION_DAYS, type CompletionDay } from "./completion";
export { listClassRecallByTopic, type ClassTopicRecall } from "./class-recall";
