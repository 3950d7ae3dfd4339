CREATE TABLE "content_versions" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" text NOT NULL,
	"events" integer NOT NULL,
	"questions" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_sources" (
	"event_slug" text NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "event_sources_event_slug_source_id_pk" PRIMARY KEY("event_slug","source_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"slug" text PRIMARY KEY NOT NULL,
	"date_iso" text NOT NULL,
	"date_precision" text NOT NULL,
	"sort_date" date NOT NULL,
	"date_note" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"actors" jsonb NOT NULL,
	"places" jsonb NOT NULL,
	"numbers" jsonb NOT NULL,
	"tags" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_events" (
	"question_id" text NOT NULL,
	"event_slug" text NOT NULL,
	CONSTRAINT "question_events_question_id_event_slug_pk" PRIMARY KEY("question_id","event_slug")
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"prompt" text NOT NULL,
	"answer" text NOT NULL,
	"difficulty" smallint NOT NULL,
	"tags" text[] NOT NULL,
	"payload" jsonb NOT NULL,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"published_on" date NOT NULL,
	"published_on_note" text,
	"author" text
);
--> statement-breakpoint
CREATE TABLE "card_states" (
	"user_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"stability" double precision NOT NULL,
	"difficulty" double precision NOT NULL,
	"elapsed_days" integer NOT NULL,
	"scheduled_days" integer NOT NULL,
	"learning_steps" integer NOT NULL,
	"reps" integer NOT NULL,
	"lapses" integer NOT NULL,
	"state" smallint NOT NULL,
	"last_review" timestamp with time zone,
	"introduced_at" timestamp with time zone NOT NULL,
	CONSTRAINT "card_states_user_id_question_id_pk" PRIMARY KEY("user_id","question_id"),
	CONSTRAINT "card_states_state_valid" CHECK ("card_states"."state" between 0 and 3)
);
--> statement-breakpoint
CREATE TABLE "review_logs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"rating" smallint NOT NULL,
	"correct" boolean NOT NULL,
	"mode" text NOT NULL,
	"answer" jsonb,
	"response_ms" integer,
	"reviewed_at" timestamp with time zone NOT NULL,
	"assignment_id" uuid,
	"state_before" smallint NOT NULL,
	"due_before" timestamp with time zone,
	"stability_after" double precision NOT NULL,
	"difficulty_after" double precision NOT NULL,
	"scheduled_days" integer NOT NULL,
	CONSTRAINT "review_logs_rating_valid" CHECK ("review_logs"."rating" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "student_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"desired_retention" real DEFAULT 0.9 NOT NULL,
	"new_per_day" integer DEFAULT 20 NOT NULL,
	"review_cap" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "student_settings_retention_range" CHECK ("student_settings"."desired_retention" between 0.7 and 0.97),
	CONSTRAINT "student_settings_new_range" CHECK ("student_settings"."new_per_day" between 0 and 200)
);
--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_event_slug_events_slug_fk" FOREIGN KEY ("event_slug") REFERENCES "public"."events"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_events" ADD CONSTRAINT "question_events_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_states" ADD CONSTRAINT "card_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_states" ADD CONSTRAINT "card_states_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_settings" ADD CONSTRAINT "student_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_sources_source_idx" ON "event_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "events_sort_idx" ON "events" USING btree ("sort_date","slug");--> statement-breakpoint
CREATE INDEX "events_tags_idx" ON "events" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "question_events_event_idx" ON "question_events" USING btree ("event_slug","question_id");--> statement-breakpoint
CREATE INDEX "questions_active_position_idx" ON "questions" USING btree ("position") WHERE "questions"."retired_at" is null;--> statement-breakpoint
CREATE INDEX "questions_tags_idx" ON "questions" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "questions_type_idx" ON "questions" USING btree ("type");--> statement-breakpoint
CREATE INDEX "card_states_user_due_idx" ON "card_states" USING btree ("user_id","due");--> statement-breakpoint
CREATE INDEX "review_logs_user_time_idx" ON "review_logs" USING btree ("user_id","reviewed_at");--> statement-breakpoint
CREATE INDEX "review_logs_question_idx" ON "review_logs" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "review_logs_assignment_user_idx" ON "review_logs" USING btree ("assignment_id","user_id") WHERE "review_logs"."assignment_id" is not null;