CREATE TABLE "knowledge_items" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"tags" text[] NOT NULL,
	"event_slugs" text[] NOT NULL,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "data_steps" (
	"name" text PRIMARY KEY NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_states" (
	"user_id" uuid NOT NULL,
	"item_id" text NOT NULL,
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
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_states_user_id_item_id_pk" PRIMARY KEY("user_id","item_id"),
	CONSTRAINT "item_states_state_valid" CHECK ("item_states"."state" between 0 and 3)
);
--> statement-breakpoint
-- Backfill (hand-written): every existing question becomes a face of a knowledge item — a fact
-- ("f:<event>/<fact>", from its payload) or an item of its own ("x:<question id>"), the same ids
-- lib/questions/items.ts (itemIdOf) gives; the seed refreshes items from the bank at start-up.
ALTER TABLE "questions" ADD COLUMN "item_id" text;--> statement-breakpoint
UPDATE "questions" SET "item_id" = CASE
	WHEN "payload"->>'factId' IS NOT NULL AND "payload"->'eventIds'->>0 IS NOT NULL
	THEN 'f:' || ("payload"->'eventIds'->>0) || '/' || ("payload"->>'factId')
	ELSE 'x:' || "id" END;--> statement-breakpoint
INSERT INTO "knowledge_items" ("id", "kind", "tags", "event_slugs", "position", "retired_at")
SELECT g."item_id", g."kind", f."tags", ARRAY(SELECT jsonb_array_elements_text(f."payload"->'eventIds')), g."position", g."retired_at"
FROM (
	SELECT "item_id",
		CASE WHEN bool_or("type" IN ('ordering', 'matching')) THEN 'exercise' WHEN bool_or("payload"->>'factId' IS NOT NULL) THEN 'fact' ELSE 'link' END AS "kind",
		min("position") AS "position",
		CASE WHEN bool_and("retired_at" IS NOT NULL) THEN max("retired_at") END AS "retired_at"
	FROM "questions" GROUP BY "item_id"
) g
CROSS JOIN LATERAL (SELECT q."tags", q."payload" FROM "questions" q WHERE q."item_id" = g."item_id" ORDER BY q."position" LIMIT 1) f;--> statement-breakpoint
ALTER TABLE "questions" ALTER COLUMN "item_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "review_logs" ADD COLUMN "item_id" text;--> statement-breakpoint
UPDATE "review_logs" r SET "item_id" = q."item_id" FROM "questions" q WHERE q."id" = r."question_id";--> statement-breakpoint
ALTER TABLE "review_logs" ALTER COLUMN "item_id" SET NOT NULL;--> statement-breakpoint
-- item_states are rebuilt from review_logs by the data step db/data-steps/replay-item-states.ts,
-- which db/migrate.ts runs once after the SQL migrations.
ALTER TABLE "questions" ADD COLUMN "reveals" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "item_states" ADD CONSTRAINT "item_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_states" ADD CONSTRAINT "item_states_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_items_active_position_idx" ON "knowledge_items" USING btree ("position") WHERE "knowledge_items"."retired_at" is null;--> statement-breakpoint
CREATE INDEX "knowledge_items_tags_idx" ON "knowledge_items" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "knowledge_items_events_idx" ON "knowledge_items" USING gin ("event_slugs");--> statement-breakpoint
CREATE INDEX "item_states_user_due_idx" ON "item_states" USING btree ("user_id","due");--> statement-breakpoint
CREATE INDEX "item_states_user_introduced_idx" ON "item_states" USING btree ("user_id","introduced_at");--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questions_item_idx" ON "questions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "review_logs_item_idx" ON "review_logs" USING btree ("item_id");