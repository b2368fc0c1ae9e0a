CREATE TYPE "public"."meetings_agenda_item_kind" AS ENUM('regular', 'task_review');--> statement-breakpoint
CREATE TYPE "public"."meetings_agenda_item_status" AS ENUM('proposed', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."meetings_attendance_status" AS ENUM('present', 'excused', 'absent');--> statement-breakpoint
CREATE TYPE "public"."meetings_status" AS ENUM('planned', 'invited', 'held', 'minutes_draft', 'minutes_approved', 'published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."meetings_minutes_status" AS ENUM('draft', 'approved', 'published');--> statement-breakpoint
CREATE TYPE "public"."meetings_task_status" AS ENUM('open', 'done', 'cancelled');--> statement-breakpoint
CREATE TABLE "meetings_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" "meetings_agenda_item_kind" DEFAULT 'regular' NOT NULL,
	"title" text NOT NULL,
	"presenter" text,
	"duration_minutes" smallint,
	"description" text,
	"status" "meetings_agenda_item_status" DEFAULT 'accepted' NOT NULL,
	"proposed_by_user_id" uuid,
	"proposed_by_name" text,
	"minutes_html" text,
	"reported_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_announced_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"date" date NOT NULL,
	"date_to" date,
	"title" text NOT NULL,
	"place" text,
	"position" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid,
	"guest_name" text,
	"guest_organisation" text,
	"status" "meetings_attendance_status" NOT NULL,
	"is_voting" boolean DEFAULT true NOT NULL,
	"excused_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text,
	"room" text,
	"online_url" text,
	"status" "meetings_status" DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"is_published" boolean DEFAULT false NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"invited_at" timestamp with time zone,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_minutes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"status" "meetings_minutes_status" DEFAULT 'draft' NOT NULL,
	"author_person_id" uuid,
	"approver_person_id" uuid,
	"signed_place" text,
	"written_on" date,
	"approved_at" timestamp with time zone,
	"approved_by_id" uuid,
	"published_at" timestamp with time zone,
	"closing_note" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_minutes_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"reason" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "meetings_resolutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"body_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"text" text NOT NULL,
	"votes_for" integer,
	"votes_against" integer,
	"votes_abstained" integer,
	"adopted" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"body_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"text" text NOT NULL,
	"responsible_person_id" uuid NOT NULL,
	"due_date" date,
	"status" "meetings_task_status" DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"resolution_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetings_agenda_items" ADD CONSTRAINT "meetings_agenda_items_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_announced_events" ADD CONSTRAINT "meetings_announced_events_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_attendance" ADD CONSTRAINT "meetings_attendance_person_id_organisation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."organisation_people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_meetings" ADD CONSTRAINT "meetings_meetings_body_id_organisation_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_meetings" ADD CONSTRAINT "meetings_meetings_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_minutes" ADD CONSTRAINT "meetings_minutes_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_minutes" ADD CONSTRAINT "meetings_minutes_author_person_id_organisation_people_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."organisation_people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_minutes" ADD CONSTRAINT "meetings_minutes_approver_person_id_organisation_people_id_fk" FOREIGN KEY ("approver_person_id") REFERENCES "public"."organisation_people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_minutes_revisions" ADD CONSTRAINT "meetings_minutes_revisions_minutes_id_meetings_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."meetings_minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_resolutions" ADD CONSTRAINT "meetings_resolutions_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_resolutions" ADD CONSTRAINT "meetings_resolutions_agenda_item_id_meetings_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."meetings_agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_resolutions" ADD CONSTRAINT "meetings_resolutions_body_id_organisation_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_tasks" ADD CONSTRAINT "meetings_tasks_meeting_id_meetings_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_tasks" ADD CONSTRAINT "meetings_tasks_agenda_item_id_meetings_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."meetings_agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_tasks" ADD CONSTRAINT "meetings_tasks_body_id_organisation_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_tasks" ADD CONSTRAINT "meetings_tasks_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings_tasks" ADD CONSTRAINT "meetings_tasks_responsible_person_id_organisation_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."organisation_people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meetings_agenda_items_meeting_idx" ON "meetings_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meetings_announced_events_meeting_idx" ON "meetings_announced_events" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_attendance_person_uq" ON "meetings_attendance" USING btree ("meeting_id","person_id");--> statement-breakpoint
CREATE INDEX "meetings_attendance_meeting_idx" ON "meetings_attendance" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_meetings_body_starts_idx" ON "meetings_meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_meetings_area_starts_idx" ON "meetings_meetings" USING btree ("area_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_meetings_status_starts_idx" ON "meetings_meetings" USING btree ("status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_minutes_meeting_uq" ON "meetings_minutes" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_minutes_revisions_uq" ON "meetings_minutes_revisions" USING btree ("minutes_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_resolutions_body_year_seq_uq" ON "meetings_resolutions" USING btree ("body_id","year","seq");--> statement-breakpoint
CREATE INDEX "meetings_resolutions_meeting_idx" ON "meetings_resolutions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_tasks_body_status_idx" ON "meetings_tasks" USING btree ("body_id","status","due_date");--> statement-breakpoint
CREATE INDEX "meetings_tasks_responsible_idx" ON "meetings_tasks" USING btree ("responsible_person_id","status");--> statement-breakpoint
CREATE INDEX "meetings_tasks_meeting_idx" ON "meetings_tasks" USING btree ("meeting_id");