CREATE TABLE "assignment_question_stats" (
	"assignment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"reviews" integer NOT NULL,
	"quiz_answers" integer NOT NULL,
	"quiz_correct" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"first_quiz_at" timestamp with time zone,
	"first_quiz_id" uuid,
	"first_quiz_correct" boolean,
	"first_quiz_ms" integer,
	CONSTRAINT "assignment_question_stats_assignment_id_user_id_question_id_pk" PRIMARY KEY("assignment_id","user_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "assignment_wrong_answers" (
	"assignment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"answer_hash" text NOT NULL,
	"answer" jsonb NOT NULL,
	CONSTRAINT "assignment_wrong_answers_assignment_id_user_id_question_id_answer_hash_pk" PRIMARY KEY("assignment_id","user_id","question_id","answer_hash")
);
--> statement-breakpoint
ALTER TABLE "assignment_question_stats" ADD CONSTRAINT "assignment_question_stats_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_question_stats" ADD CONSTRAINT "assignment_question_stats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_question_stats" ADD CONSTRAINT "assignment_question_stats_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_wrong_answers" ADD CONSTRAINT "assignment_wrong_answers_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_wrong_answers" ADD CONSTRAINT "assignment_wrong_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_wrong_answers" ADD CONSTRAINT "assignment_wrong_answers_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quiz_set_items_question_idx" ON "quiz_set_items" USING btree ("question_id");