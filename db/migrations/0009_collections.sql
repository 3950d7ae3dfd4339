CREATE TABLE "collection_shares" (
	"collection_slug" text NOT NULL,
	"teacher_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collection_shares_collection_slug_teacher_id_pk" PRIMARY KEY("collection_slug","teacher_id")
);
--> statement-breakpoint
CREATE TABLE "collections" (
	"slug" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"visibility" text DEFAULT 'private' NOT NULL,
	"document" jsonb NOT NULL,
	"version" text NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"questions" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collections_slug_format" CHECK ("collections"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
-- The built-in collection exists before any question points at it; start-up fills its document.
INSERT INTO "collections" ("slug", "title", "owner_id", "visibility", "document", "version")
VALUES ('japan-cambodia', 'Japan–Cambodia relations 2007–2023', NULL, 'public', '{"sources":[],"entities":[],"events":[]}', '');--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "collection" text DEFAULT 'japan-cambodia' NOT NULL;--> statement-breakpoint
ALTER TABLE "collection_shares" ADD CONSTRAINT "collection_shares_collection_slug_collections_slug_fk" FOREIGN KEY ("collection_slug") REFERENCES "public"."collections"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_shares" ADD CONSTRAINT "collection_shares_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collections" ADD CONSTRAINT "collections_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_shares_teacher_idx" ON "collection_shares" USING btree ("teacher_id");--> statement-breakpoint
CREATE INDEX "collections_owner_idx" ON "collections" USING btree ("owner_id");--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_collection_collections_slug_fk" FOREIGN KEY ("collection") REFERENCES "public"."collections"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questions_collection_idx" ON "questions" USING btree ("collection","position");