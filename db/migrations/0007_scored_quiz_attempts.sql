CREATE TABLE "assignment_student_options" (
	"assignment_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"extra_minutes" integer DEFAULT 0 NOT NULL,
	"extra_attempts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "assignment_student_options_assignment_id_student_id_pk" PRIMARY KEY("assignment_id","student_id"),
	CONSTRAINT "assignment_student_options_valid" CHECK ("assignment_student_options"."extra_minutes" between 0 and 600 and "assignment_student_options"."extra_attempts" between 0 and 20)
);
--> statement-breakpoint
CREATE TABLE "quiz_attempt_answers" (
	"attempt_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"answer" jsonb NOT NULL,
	"correct" boolean NOT NULL,
	"response_ms" integer NOT NULL,
	"answered_at" timestamp with time zone NOT NULL,
	"review_id" uuid NOT NULL,
	CONSTRAINT "quiz_attempt_answers_attempt_id_question_id_pk" PRIMARY KEY("attempt_id","question_id")
);
--> statement-breakpoint
DROP INDEX "quiz_attempts_once_key";--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "shuffle" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "feedback" text DEFAULT 'each' NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "time_limit_minutes" integer;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "max_attempts" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD COLUMN "attempt_no" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD COLUMN "question_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD COLUMN "shuffle_seed" integer;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD COLUMN "deadline_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assignment_student_options" ADD CONSTRAINT "assignment_student_options_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_student_options" ADD CONSTRAINT "assignment_student_options_student_id_users_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempt_answers" ADD CONSTRAINT "quiz_attempt_answers_attempt_id_quiz_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempt_answers" ADD CONSTRAINT "quiz_attempt_answers_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_attempts_number_key" ON "quiz_attempts" USING btree ("assignment_id","student_id","attempt_no");--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_time_limit_valid" CHECK ("assignments"."time_limit_minutes" is null or "assignments"."time_limit_minutes" between 1 and 600);--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_max_attempts_valid" CHECK ("assignments"."max_attempts" between 1 and 20);