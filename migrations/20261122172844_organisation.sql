CREATE TYPE "public"."organisation_body_kind" AS ENUM('steering_group', 'working_group', 'managerial_team', 'subgroup');--> statement-breakpoint
CREATE TYPE "public"."organisation_membership_role" AS ENUM('vedouci', 'zastupce', 'clen', 'zapisovatel', 'host');--> statement-breakpoint
CREATE TYPE "public"."organisation_type" AS ENUM('obec', 'kraj', 'poskytovatel', 'nno', 'urad_prace', 'zdravotnicke_zarizeni', 'jina');--> statement-breakpoint
CREATE TYPE "public"."organisation_triad_role" AS ENUM('zadavatel', 'poskytovatel', 'uzivatel', 'verejnost');--> statement-breakpoint
CREATE TABLE "organisation_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"kind" "organisation_body_kind" NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"target_group_id" uuid,
	"parent_body_id" uuid,
	"description" text,
	"min_meetings_per_year" smallint,
	"max_months_between_meetings" smallint,
	"no_meeting_months" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"invitation_lead_days" smallint DEFAULT 7 NOT NULL,
	"agenda_proposal_days" smallint DEFAULT 3 NOT NULL,
	"excuse_days" smallint DEFAULT 0 NOT NULL,
	"quorum_percent" smallint DEFAULT 50 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "organisation_membership_role" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"ico" text,
	"type" "organisation_type" NOT NULL,
	"street" text,
	"city" text,
	"postcode" text,
	"email" text,
	"phone" text,
	"web" text,
	"area_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"titles_before" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"titles_after" text,
	"email" text,
	"phone" text,
	"organisation_id" uuid,
	"position" text,
	"triad_role" "organisation_triad_role" NOT NULL,
	"publish_name" boolean DEFAULT false NOT NULL,
	"consent_at" timestamp with time zone,
	"user_id" uuid,
	"area_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_target_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_bodies" ADD CONSTRAINT "organisation_bodies_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_bodies" ADD CONSTRAINT "organisation_bodies_target_group_id_organisation_target_groups_id_fk" FOREIGN KEY ("target_group_id") REFERENCES "public"."organisation_target_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_bodies" ADD CONSTRAINT "organisation_bodies_parent_body_id_organisation_bodies_id_fk" FOREIGN KEY ("parent_body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_memberships" ADD CONSTRAINT "organisation_memberships_body_id_organisation_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_memberships" ADD CONSTRAINT "organisation_memberships_person_id_organisation_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."organisation_people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_organisations" ADD CONSTRAINT "organisation_organisations_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_people" ADD CONSTRAINT "organisation_people_organisation_id_organisation_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_people" ADD CONSTRAINT "organisation_people_user_id_auth_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_people" ADD CONSTRAINT "organisation_people_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_bodies_area_idx" ON "organisation_bodies" USING btree ("area_id","kind","name");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_bodies_area_code_uq" ON "organisation_bodies" USING btree ("area_id","code");--> statement-breakpoint
CREATE INDEX "organisation_memberships_body_idx" ON "organisation_memberships" USING btree ("body_id","valid_from");--> statement-breakpoint
CREATE INDEX "organisation_memberships_person_idx" ON "organisation_memberships" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_organisations_ico_uq" ON "organisation_organisations" USING btree ("ico") WHERE "organisation_organisations"."ico" is not null;--> statement-breakpoint
CREATE INDEX "organisation_organisations_name_idx" ON "organisation_organisations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "organisation_people_area_name_idx" ON "organisation_people" USING btree ("area_id","last_name","first_name");--> statement-breakpoint
CREATE INDEX "organisation_people_org_idx" ON "organisation_people" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_people_user_idx" ON "organisation_people" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_target_groups_name_uq" ON "organisation_target_groups" USING btree ("name");