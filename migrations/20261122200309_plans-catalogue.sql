CREATE TYPE "public"."catalogue_edit_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."catalogue_import_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."catalogue_source" AS ENUM('registry', 'manual');--> statement-breakpoint
CREATE TYPE "public"."catalogue_service_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."plans_action_plan_status" AS ENUM('draft', 'approved');--> statement-breakpoint
CREATE TYPE "public"."plans_capacity_unit" AS ENUM('fte', 'beds', 'clients', 'interventions', 'contacts');--> statement-breakpoint
CREATE TYPE "public"."plans_cost_kind" AS ENUM('planned', 'actual');--> statement-breakpoint
CREATE TYPE "public"."plans_funding_source" AS ENUM('state_101a', 'region', 'municipalities', 'eu_esf', 'user_fees', 'health_insurance', 'other');--> statement-breakpoint
CREATE TYPE "public"."plans_indicator_direction" AS ENUM('increase', 'decrease', 'maintain');--> statement-breakpoint
CREATE TYPE "public"."plans_measure_status" AS ENUM('not_started', 'in_progress', 'done', 'partially_done', 'not_done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."plans_monitoring_year_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."plans_status" AS ENUM('preparation', 'draft', 'consultation', 'approved', 'in_force', 'evaluated', 'archived');--> statement-breakpoint
CREATE TYPE "public"."plans_rollup_weighting" AS ENUM('equal', 'cost');--> statement-breakpoint
CREATE TABLE "catalogue_capacities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"form" text NOT NULL,
	"unit" text NOT NULL,
	"count" numeric(12, 2) NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "catalogue_code_list_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"planning_target_group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"name" text,
	"street" text,
	"house_number" text,
	"orientation_number" text,
	"address_note" text,
	"postcode" text,
	"address_point_code" text,
	"municipality_code" text,
	"municipality_name" text,
	"municipality_part_code" text,
	"district_code" text,
	"orp_code" text,
	"kraj_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"valid_from" date,
	"valid_to" date,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" "catalogue_import_status" DEFAULT 'queued' NOT NULL,
	"file_name" text NOT NULL,
	"file_id" uuid,
	"file_path" text,
	"job_id" uuid,
	"checkpoint" integer DEFAULT 0 NOT NULL,
	"total_items" integer,
	"added" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"ended" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_by_id" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ico" text,
	"name" text NOT NULL,
	"legal_form" text,
	"street" text,
	"city" text,
	"postcode" text,
	"municipality_code" text,
	"email" text,
	"phone" text,
	"web" text,
	"organisation_id" uuid,
	"source" "catalogue_source" DEFAULT 'registry' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_service_edits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"status" "catalogue_edit_status" DEFAULT 'pending' NOT NULL,
	"proposed_by_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_service_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"form" text NOT NULL,
	"continuous" boolean DEFAULT false NOT NULL,
	"time_ranges" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"source" "catalogue_source" DEFAULT 'registry' NOT NULL,
	"registry_id" text,
	"registry_portal_id" text,
	"name" text NOT NULL,
	"kind_code" text,
	"kind_registry_id" text,
	"kind_text" text,
	"description" text,
	"target_group_codes" text[] DEFAULT '{}' NOT NULL,
	"age_group_codes" text[] DEFAULT '{}' NOT NULL,
	"age_note" text,
	"email" text,
	"phone" text,
	"web" text,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"status" "catalogue_service_status" DEFAULT 'active' NOT NULL,
	"ended_at" timestamp with time zone,
	"municipality_codes" text[] DEFAULT '{}' NOT NULL,
	"orp_codes" text[] DEFAULT '{}' NOT NULL,
	"kraj_codes" text[] DEFAULT '{}' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"registry_hash" text,
	"last_import_run_id" uuid,
	"last_verified_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_action_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_plan_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"activity_id" uuid,
	"planned_cost" numeric(14, 2),
	"planned_capacity" numeric(12, 2),
	"note" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_action_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"introduction" text,
	"status" "plans_action_plan_status" DEFAULT 'draft' NOT NULL,
	"approved_by_label" text,
	"approved_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"number" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"responsible_text" text,
	"due_year" smallint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_indicator_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"target" numeric(14, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"actual" numeric(14, 2) NOT NULL,
	"note" text,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" numeric(14, 2),
	"baseline_year" smallint,
	"direction" "plans_indicator_direction" DEFAULT 'increase' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_measure_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"kind" "plans_cost_kind" DEFAULT 'planned' NOT NULL,
	"year" smallint NOT NULL,
	"source" "plans_funding_source" NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_measure_monitoring" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"status" "plans_measure_status" DEFAULT 'not_started' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"comment" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	"number" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"rationale" text,
	"responsible_organisation_id" uuid,
	"responsible_person_id" uuid,
	"responsible_text" text,
	"responsible_body_id" uuid,
	"partners" text,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"service_kinds" text[] DEFAULT '{}' NOT NULL,
	"target_group_ids" uuid[] DEFAULT '{}' NOT NULL,
	"municipality_codes" text[] DEFAULT '{}' NOT NULL,
	"capacity_change" numeric(12, 2),
	"capacity_unit" "plans_capacity_unit",
	"capacity_decrease" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_monitoring_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"status" "plans_monitoring_year_status" DEFAULT 'open' NOT NULL,
	"introduction" text,
	"summary" text,
	"closed_at" timestamp with time zone,
	"closed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_plan_target_groups" (
	"plan_id" uuid NOT NULL,
	"target_group_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" "plans_status" NOT NULL,
	"note" text,
	"snapshot" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"period_from" smallint NOT NULL,
	"period_to" smallint NOT NULL,
	"vision" text,
	"principles" text,
	"responsible_body_id" uuid,
	"status" "plans_status" DEFAULT 'preparation' NOT NULL,
	"approved_by_label" text,
	"approved_by_body_id" uuid,
	"approved_on" date,
	"approval_resolution" text,
	"approval_file_id" uuid,
	"consultation_id" uuid,
	"rollup_weighting" "plans_rollup_weighting" DEFAULT 'equal' NOT NULL,
	"last_version_no" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"target_group_id" uuid,
	"responsible_body_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalogue_capacities" ADD CONSTRAINT "catalogue_capacities_service_id_catalogue_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."catalogue_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_code_list_items" ADD CONSTRAINT "catalogue_code_list_items_planning_target_group_id_organisation_target_groups_id_fk" FOREIGN KEY ("planning_target_group_id") REFERENCES "public"."organisation_target_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_facilities" ADD CONSTRAINT "catalogue_facilities_service_id_catalogue_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."catalogue_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_providers" ADD CONSTRAINT "catalogue_providers_organisation_id_organisation_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_service_edits" ADD CONSTRAINT "catalogue_service_edits_service_id_catalogue_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."catalogue_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_service_forms" ADD CONSTRAINT "catalogue_service_forms_service_id_catalogue_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."catalogue_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_services" ADD CONSTRAINT "catalogue_services_provider_id_catalogue_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."catalogue_providers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_action_plan_items" ADD CONSTRAINT "plans_action_plan_items_action_plan_id_plans_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."plans_action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_action_plan_items" ADD CONSTRAINT "plans_action_plan_items_measure_id_plans_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plans_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_action_plan_items" ADD CONSTRAINT "plans_action_plan_items_activity_id_plans_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."plans_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_action_plans" ADD CONSTRAINT "plans_action_plans_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_activities" ADD CONSTRAINT "plans_activities_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_activities" ADD CONSTRAINT "plans_activities_measure_id_plans_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plans_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_indicator_targets" ADD CONSTRAINT "plans_indicator_targets_indicator_id_plans_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."plans_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_indicator_values" ADD CONSTRAINT "plans_indicator_values_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_indicator_values" ADD CONSTRAINT "plans_indicator_values_indicator_id_plans_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."plans_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_indicators" ADD CONSTRAINT "plans_indicators_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_indicators" ADD CONSTRAINT "plans_indicators_measure_id_plans_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plans_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measure_costs" ADD CONSTRAINT "plans_measure_costs_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measure_costs" ADD CONSTRAINT "plans_measure_costs_measure_id_plans_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plans_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measure_monitoring" ADD CONSTRAINT "plans_measure_monitoring_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measure_monitoring" ADD CONSTRAINT "plans_measure_monitoring_measure_id_plans_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."plans_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measures" ADD CONSTRAINT "plans_measures_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measures" ADD CONSTRAINT "plans_measures_priority_id_plans_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."plans_priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measures" ADD CONSTRAINT "plans_measures_responsible_organisation_id_organisation_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisation_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measures" ADD CONSTRAINT "plans_measures_responsible_person_id_organisation_people_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."organisation_people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_measures" ADD CONSTRAINT "plans_measures_responsible_body_id_organisation_bodies_id_fk" FOREIGN KEY ("responsible_body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_monitoring_years" ADD CONSTRAINT "plans_monitoring_years_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plan_target_groups" ADD CONSTRAINT "plans_plan_target_groups_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plan_target_groups" ADD CONSTRAINT "plans_plan_target_groups_target_group_id_organisation_target_groups_id_fk" FOREIGN KEY ("target_group_id") REFERENCES "public"."organisation_target_groups"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_versions" ADD CONSTRAINT "plans_versions_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plans" ADD CONSTRAINT "plans_plans_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plans" ADD CONSTRAINT "plans_plans_responsible_body_id_organisation_bodies_id_fk" FOREIGN KEY ("responsible_body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plans" ADD CONSTRAINT "plans_plans_approved_by_body_id_organisation_bodies_id_fk" FOREIGN KEY ("approved_by_body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_priorities" ADD CONSTRAINT "plans_priorities_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_priorities" ADD CONSTRAINT "plans_priorities_target_group_id_organisation_target_groups_id_fk" FOREIGN KEY ("target_group_id") REFERENCES "public"."organisation_target_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_priorities" ADD CONSTRAINT "plans_priorities_responsible_body_id_organisation_bodies_id_fk" FOREIGN KEY ("responsible_body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_capacities_service_idx" ON "catalogue_capacities" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_code_list_items_uq" ON "catalogue_code_list_items" USING btree ("list","code");--> statement-breakpoint
CREATE INDEX "catalogue_facilities_service_idx" ON "catalogue_facilities" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "catalogue_facilities_municipality_idx" ON "catalogue_facilities" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "catalogue_facilities_orp_idx" ON "catalogue_facilities" USING btree ("orp_code");--> statement-breakpoint
CREATE INDEX "catalogue_import_runs_created_idx" ON "catalogue_import_runs" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_providers_ico_uq" ON "catalogue_providers" USING btree ("ico") WHERE "catalogue_providers"."ico" is not null;--> statement-breakpoint
CREATE INDEX "catalogue_providers_name_idx" ON "catalogue_providers" USING btree ("name");--> statement-breakpoint
CREATE INDEX "catalogue_providers_org_idx" ON "catalogue_providers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "catalogue_service_edits_status_idx" ON "catalogue_service_edits" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_service_forms_uq" ON "catalogue_service_forms" USING btree ("service_id","form");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_services_registry_uq" ON "catalogue_services" USING btree ("registry_id") WHERE "catalogue_services"."registry_id" is not null;--> statement-breakpoint
CREATE INDEX "catalogue_services_provider_idx" ON "catalogue_services" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "catalogue_services_kind_idx" ON "catalogue_services" USING btree ("kind_code","status");--> statement-breakpoint
CREATE INDEX "catalogue_services_status_idx" ON "catalogue_services" USING btree ("status");--> statement-breakpoint
CREATE INDEX "catalogue_services_orp_idx" ON "catalogue_services" USING gin ("orp_codes");--> statement-breakpoint
CREATE INDEX "catalogue_services_kraj_idx" ON "catalogue_services" USING gin ("kraj_codes");--> statement-breakpoint
CREATE INDEX "catalogue_services_municipality_idx" ON "catalogue_services" USING gin ("municipality_codes");--> statement-breakpoint
CREATE INDEX "catalogue_services_target_groups_idx" ON "catalogue_services" USING gin ("target_group_codes");--> statement-breakpoint
CREATE INDEX "catalogue_services_updated_idx" ON "catalogue_services" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "plans_action_plan_items_ap_idx" ON "plans_action_plan_items" USING btree ("action_plan_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_action_plans_uq" ON "plans_action_plans" USING btree ("plan_id","year");--> statement-breakpoint
CREATE INDEX "plans_activities_measure_idx" ON "plans_activities" USING btree ("measure_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_indicator_targets_uq" ON "plans_indicator_targets" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_indicator_values_uq" ON "plans_indicator_values" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE INDEX "plans_indicator_values_plan_idx" ON "plans_indicator_values" USING btree ("plan_id","year");--> statement-breakpoint
CREATE INDEX "plans_indicators_measure_idx" ON "plans_indicators" USING btree ("measure_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_measure_costs_uq" ON "plans_measure_costs" USING btree ("measure_id","kind","year","source");--> statement-breakpoint
CREATE INDEX "plans_measure_costs_plan_idx" ON "plans_measure_costs" USING btree ("plan_id","kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_measure_monitoring_uq" ON "plans_measure_monitoring" USING btree ("measure_id","year");--> statement-breakpoint
CREATE INDEX "plans_measure_monitoring_plan_idx" ON "plans_measure_monitoring" USING btree ("plan_id","year");--> statement-breakpoint
CREATE INDEX "plans_measures_plan_idx" ON "plans_measures" USING btree ("plan_id","sort");--> statement-breakpoint
CREATE INDEX "plans_measures_priority_idx" ON "plans_measures" USING btree ("priority_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_measures_number_uq" ON "plans_measures" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "plans_measures_service_kinds_idx" ON "plans_measures" USING gin ("service_kinds");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_monitoring_years_uq" ON "plans_monitoring_years" USING btree ("plan_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_plan_target_groups_uq" ON "plans_plan_target_groups" USING btree ("plan_id","target_group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_versions_uq" ON "plans_versions" USING btree ("plan_id","version_no");--> statement-breakpoint
CREATE INDEX "plans_plans_area_idx" ON "plans_plans" USING btree ("area_id","period_from");--> statement-breakpoint
CREATE INDEX "plans_plans_status_idx" ON "plans_plans" USING btree ("status");--> statement-breakpoint
CREATE INDEX "plans_priorities_plan_idx" ON "plans_priorities" USING btree ("plan_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_priorities_number_uq" ON "plans_priorities" USING btree ("plan_id","number");