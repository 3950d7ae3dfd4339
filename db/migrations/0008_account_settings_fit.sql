CREATE TABLE "fsrs_parameter_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"class_id" uuid,
	"user_id" uuid,
	"params" jsonb NOT NULL,
	"training_items" integer NOT NULL,
	"test_items" integer NOT NULL,
	"log_loss_before" double precision,
	"log_loss_after" double precision,
	"rmse_before" double precision,
	"rmse_after" double precision,
	"adopted" boolean NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fsrs_parameter_sets_scope_owner" CHECK (("fsrs_parameter_sets"."scope" = 'global' and "fsrs_parameter_sets"."class_id" is null and "fsrs_parameter_sets"."user_id" is null)
        or ("fsrs_parameter_sets"."scope" = 'class' and "fsrs_parameter_sets"."class_id" is not null and "fsrs_parameter_sets"."user_id" is null)
        or ("fsrs_parameter_sets"."scope" = 'student' and "fsrs_parameter_sets"."user_id" is not null and "fsrs_parameter_sets"."class_id" is null))
);
--> statement-breakpoint
ALTER TABLE "student_settings" DROP CONSTRAINT "student_settings_retention_range";--> statement-breakpoint
ALTER TABLE "student_settings" ADD COLUMN "day_start_hour" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "student_settings" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "fsrs_parameter_sets" ADD CONSTRAINT "fsrs_parameter_sets_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fsrs_parameter_sets" ADD CONSTRAINT "fsrs_parameter_sets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fsrs_parameter_sets_lookup_idx" ON "fsrs_parameter_sets" USING btree ("scope","class_id","user_id","created_at");--> statement-breakpoint
ALTER TABLE "student_settings" ADD CONSTRAINT "student_settings_day_start_range" CHECK ("student_settings"."day_start_hour" between 0 and 23);--> statement-breakpoint
ALTER TABLE "student_settings" ADD CONSTRAINT "student_settings_retention_range" CHECK (round("student_settings"."desired_retention"::numeric, 4) between 0.7 and 0.97);