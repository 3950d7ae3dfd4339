/**
 * The teacher dashboard's data layer: one SQL query per panel, aggregates computed in the
 * database, each query checking in its own SQL that the assignment (or class) belongs to the
 * teacher asking — null when it does not.
 */
export { assignmentOverview, type AssignmentOverview } from "./overview";
export { assignmentStudents, AT_RISK_RECALL, type StudentRow } from "./students";
export { assignmentItems, type ItemRow } from "./items";
export { completionOverTime, MAX_COMPLETION_DAYS, type CompletionDay } from "./completion";
export { classRecallByTopic, type ClassTopicRecall } from "./class-recall";
