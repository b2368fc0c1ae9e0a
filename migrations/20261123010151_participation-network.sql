CREATE TYPE "public"."network_intention_change" AS ENUM('new_service', 'increase', 'decrease', 'new_form', 'new_territory');--> statement-breakpoint
CREATE TYPE "public"."network_decision_outcome" AS ENUM('approved', 'postponed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."network_intention_status" AS ENUM('submitted', 'stated', 'approved', 'postponed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."network_intention_type" AS ENUM('A', 'B', 'C');--> statement-breakpoint
CREATE TYPE "public"."network_statement_verdict" AS ENUM('consistent', 'partly', 'not_consistent');--> statement-breakpoint
CREATE TYPE "public"."participation_consultation_channel" AS ENUM('web', 'email', 'paper', 'hearing');--> statement-breakpoint
CREATE TYPE "public"."participation_consultation_section_kind" AS ENUM('intro', 'priority', 'measure', 'text');--> statement-breakpoint
CREATE TYPE "public"."participation_consultation_source" AS ENUM('plan', 'document');--> statement-breakpoint
CREATE TYPE "public"."participation_settlement_status" AS ENUM('accepted', 'partly_accepted', 'rejected', 'noted');--> statement-breakpoint
CREATE TYPE "public"."participation_suggestion_channel" AS ENUM('web', 'meeting', 'phone', 'letter', 'email', 'users_council', 'in_person');--> statement-breakpoint
CREATE TYPE "public"."participation_suggestion_link_kind" AS ENUM('agenda_item', 'measure');--> statement-breakpoint
CREATE TYPE "public"."participation_suggestion_outcome" AS ENUM('resolved', 'plan', 'forwarded', 'not_possible');--> statement-breakpoint
CREATE TYPE "public"."participation_suggestion_status" AS ENUM('new', 'screening', 'assigned', 'in_progress', 'settled', 'published', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."participation_survey_channel" AS ENUM('public', 'invitation', 'paper');--> statement-breakpoint
CREATE TYPE "public"."participation_survey_question_kind" AS ENUM('single', 'multiple', 'scale', 'matrix', 'number', 'short_text', 'long_text');--> statement-breakpoint
CREATE TYPE "public"."participation_survey_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "network_demand" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"kind_code" text NOT NULL,
	"year" integer NOT NULL,
	"indicator" text NOT NULL,
	"count" integer NOT NULL,
	"source" text NOT NULL,
	"service_id" uuid,
	"organisation_id" uuid,
	"entered_by" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_norms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_area_id" uuid NOT NULL,
	"kind_code" text NOT NULL,
	"unit" text NOT NULL,
	"per_thousand" numeric(10, 3) NOT NULL,
	"age_bands" text[] NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_population" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"municipality_name" text NOT NULL,
	"year" integer NOT NULL,
	"age_band" text NOT NULL,
	"count" integer NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_substitution_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_area_id" uuid NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_substitution_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"kind_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_call_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"name" text NOT NULL,
	"max_score" integer NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_call_measures" (
	"call_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_area_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"eligible_kinds" text[] DEFAULT '{}' NOT NULL,
	"eligible_needs" text,
	"rules_text" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_intention_capacities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intention_id" uuid NOT NULL,
	"form" text NOT NULL,
	"unit" text NOT NULL,
	"delta" numeric(10, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_intention_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intention_id" uuid NOT NULL,
	"outcome" "network_decision_outcome" NOT NULL,
	"category_code" text,
	"from_year" smallint,
	"capacity" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision_ref" text NOT NULL,
	"note" text,
	"decided_by_id" uuid,
	"decided_on" date NOT NULL,
	"network_entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_intention_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intention_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"link" text,
	"count" integer
);
--> statement-breakpoint
CREATE TABLE "network_intention_funding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intention_id" uuid NOT NULL,
	"source" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_intention_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intention_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_intention_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intention_id" uuid NOT NULL,
	"verdict" "network_statement_verdict" NOT NULL,
	"reasons" text NOT NULL,
	"meeting_id" uuid,
	"resolution_text" text,
	"stated_by_id" uuid,
	"stated_by_name" text,
	"stated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_intentions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"call_id" uuid,
	"type" "network_intention_type" NOT NULL,
	"region_area_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"submitted_by_id" uuid,
	"submitter_email" text,
	"service_id" uuid,
	"planned_name" text,
	"kind_code" text NOT NULL,
	"change_type" "network_intention_change" NOT NULL,
	"year" smallint NOT NULL,
	"start_date" date NOT NULL,
	"cost_estimate" numeric(14, 2),
	"territory_text" text,
	"justification" text NOT NULL,
	"measure_id" uuid,
	"plan_id" uuid,
	"plan_area_id" uuid,
	"status" "network_intention_status" DEFAULT 'submitted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_consultation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"section_id" uuid,
	"quote" text,
	"text" text NOT NULL,
	"author_name" text,
	"author_email" text,
	"organisation_name" text,
	"publish_name" boolean DEFAULT false NOT NULL,
	"channel" "participation_consultation_channel" NOT NULL,
	"received_on" date NOT NULL,
	"user_id" uuid,
	"entered_by_staff" boolean DEFAULT false NOT NULL,
	"settlement_status" "participation_settlement_status",
	"justification" text,
	"decided_by_body_id" uuid,
	"decided_by_label" text,
	"decided_where" text,
	"settled_at" timestamp with time zone,
	"settled_by_id" uuid,
	"measure_id" uuid,
	"measure_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_consultation_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"sort" integer NOT NULL,
	"kind" "participation_consultation_section_kind" NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"source_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"source" "participation_consultation_source" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"plan_id" uuid,
	"plan_version_no" integer,
	"document_file_id" uuid,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"hearing_at" timestamp with time zone,
	"hearing_place" text,
	"identity_required" boolean DEFAULT false NOT NULL,
	"settlement_published_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_suggestion_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"kind" "participation_suggestion_link_kind" NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"plan_id" uuid,
	"measure_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"seq" integer NOT NULL,
	"status" "participation_suggestion_status" DEFAULT 'new' NOT NULL,
	"channel" "participation_suggestion_channel" DEFAULT 'web' NOT NULL,
	"topic" text NOT NULL,
	"target_group_id" uuid,
	"place" text,
	"text" text NOT NULL,
	"public_text" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"submitter_name" text,
	"submitter_email" text,
	"submitter_phone" text,
	"received_on" date NOT NULL,
	"assigned_body_id" uuid,
	"assigned_department" text,
	"due_on" date,
	"assigned_at" timestamp with time zone,
	"answer" text,
	"outcome" "participation_suggestion_outcome",
	"settled_at" timestamp with time zone,
	"settled_by_id" uuid,
	"published_at" timestamp with time zone,
	"reject_reason" text,
	"rejected_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_survey_answers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"option_id" uuid,
	"row_id" uuid,
	"number_value" numeric,
	"text_value" text
);
--> statement-breakpoint
CREATE TABLE "participation_survey_conditions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"email" text NOT NULL,
	"sent_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_survey_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"role" text DEFAULT 'option' NOT NULL,
	"label" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_survey_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"kind" "participation_survey_question_kind" NOT NULL,
	"text" text NOT NULL,
	"help" text,
	"required" boolean DEFAULT false NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"channel" "participation_survey_channel" NOT NULL,
	"invitation_id" uuid,
	"entered_by_id" uuid,
	"paper_ref" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_survey_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" "participation_survey_status" DEFAULT 'draft' NOT NULL,
	"opens_on" date,
	"closes_on" date,
	"public_link" boolean DEFAULT true NOT NULL,
	"plan_id" uuid,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_demand" ADD CONSTRAINT "network_demand_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_demand" ADD CONSTRAINT "network_demand_service_id_catalogue_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."catalogue_services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_demand" ADD CONSTRAINT "network_demand_organisation_id_organisation_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_demand" ADD CONSTRAINT "network_demand_entered_by_auth_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."auth_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_norms" ADD CONSTRAINT "network_norms_region_area_id_organisation_areas_id_fk" FOREIGN KEY ("region_area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_substitution_groups" ADD CONSTRAINT "network_substitution_groups_region_area_id_organisation_areas_id_fk" FOREIGN KEY ("region_area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_substitution_members" ADD CONSTRAINT "network_substitution_members_group_id_network_substitution_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."network_substitution_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_call_criteria" ADD CONSTRAINT "network_call_criteria_call_id_network_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."network_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_call_measures" ADD CONSTRAINT "network_call_measures_call_id_network_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."network_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_calls" ADD CONSTRAINT "network_calls_region_area_id_organisation_areas_id_fk" FOREIGN KEY ("region_area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intention_capacities" ADD CONSTRAINT "network_intention_capacities_intention_id_network_intentions_id_fk" FOREIGN KEY ("intention_id") REFERENCES "public"."network_intentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intention_decisions" ADD CONSTRAINT "network_intention_decisions_intention_id_network_intentions_id_fk" FOREIGN KEY ("intention_id") REFERENCES "public"."network_intentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intention_evidence" ADD CONSTRAINT "network_intention_evidence_intention_id_network_intentions_id_fk" FOREIGN KEY ("intention_id") REFERENCES "public"."network_intentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intention_funding" ADD CONSTRAINT "network_intention_funding_intention_id_network_intentions_id_fk" FOREIGN KEY ("intention_id") REFERENCES "public"."network_intentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intention_scores" ADD CONSTRAINT "network_intention_scores_intention_id_network_intentions_id_fk" FOREIGN KEY ("intention_id") REFERENCES "public"."network_intentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intention_scores" ADD CONSTRAINT "network_intention_scores_criterion_id_network_call_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."network_call_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intention_statements" ADD CONSTRAINT "network_intention_statements_intention_id_network_intentions_id_fk" FOREIGN KEY ("intention_id") REFERENCES "public"."network_intentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intentions" ADD CONSTRAINT "network_intentions_call_id_network_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."network_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intentions" ADD CONSTRAINT "network_intentions_region_area_id_organisation_areas_id_fk" FOREIGN KEY ("region_area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intentions" ADD CONSTRAINT "network_intentions_organisation_id_organisation_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation_organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intentions" ADD CONSTRAINT "network_intentions_service_id_catalogue_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."catalogue_services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_intentions" ADD CONSTRAINT "network_intentions_plan_area_id_organisation_areas_id_fk" FOREIGN KEY ("plan_area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_comments" ADD CONSTRAINT "participation_consultation_comments_consultation_id_participation_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."participation_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_comments" ADD CONSTRAINT "participation_consultation_comments_section_id_participation_consultation_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."participation_consultation_sections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_comments" ADD CONSTRAINT "participation_consultation_comments_decided_by_body_id_organisation_bodies_id_fk" FOREIGN KEY ("decided_by_body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_sections" ADD CONSTRAINT "participation_consultation_sections_consultation_id_participation_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."participation_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultations" ADD CONSTRAINT "participation_consultations_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_suggestion_links" ADD CONSTRAINT "participation_suggestion_links_suggestion_id_participation_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."participation_suggestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_suggestions" ADD CONSTRAINT "participation_suggestions_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_suggestions" ADD CONSTRAINT "participation_suggestions_target_group_id_organisation_target_groups_id_fk" FOREIGN KEY ("target_group_id") REFERENCES "public"."organisation_target_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_suggestions" ADD CONSTRAINT "participation_suggestions_assigned_body_id_organisation_bodies_id_fk" FOREIGN KEY ("assigned_body_id") REFERENCES "public"."organisation_bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_answers" ADD CONSTRAINT "participation_survey_answers_response_id_participation_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."participation_survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_answers" ADD CONSTRAINT "participation_survey_answers_question_id_participation_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."participation_survey_questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_answers" ADD CONSTRAINT "participation_survey_answers_option_id_participation_survey_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."participation_survey_options"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_answers" ADD CONSTRAINT "participation_survey_answers_row_id_participation_survey_options_id_fk" FOREIGN KEY ("row_id") REFERENCES "public"."participation_survey_options"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_conditions" ADD CONSTRAINT "participation_survey_conditions_question_id_participation_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."participation_survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_conditions" ADD CONSTRAINT "participation_survey_conditions_depends_on_id_participation_survey_questions_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."participation_survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_conditions" ADD CONSTRAINT "participation_survey_conditions_option_id_participation_survey_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."participation_survey_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_invitations" ADD CONSTRAINT "participation_survey_invitations_survey_id_participation_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."participation_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_options" ADD CONSTRAINT "participation_survey_options_question_id_participation_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."participation_survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_questions" ADD CONSTRAINT "participation_survey_questions_survey_id_participation_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."participation_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_questions" ADD CONSTRAINT "participation_survey_questions_section_id_participation_survey_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."participation_survey_sections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_responses" ADD CONSTRAINT "participation_survey_responses_survey_id_participation_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."participation_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_responses" ADD CONSTRAINT "participation_survey_responses_invitation_id_participation_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."participation_survey_invitations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_survey_sections" ADD CONSTRAINT "participation_survey_sections_survey_id_participation_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."participation_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_surveys" ADD CONSTRAINT "participation_surveys_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_demand_area_year_idx" ON "network_demand" USING btree ("area_id","year");--> statement-breakpoint
CREATE INDEX "network_demand_kind_idx" ON "network_demand" USING btree ("kind_code");--> statement-breakpoint
CREATE INDEX "network_demand_org_idx" ON "network_demand" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_norms_uq" ON "network_norms" USING btree ("region_area_id","kind_code","unit");--> statement-breakpoint
CREATE UNIQUE INDEX "network_population_uq" ON "network_population" USING btree ("municipality_code","year","age_band");--> statement-breakpoint
CREATE INDEX "network_population_year_idx" ON "network_population" USING btree ("year");--> statement-breakpoint
CREATE UNIQUE INDEX "network_substitution_groups_uq" ON "network_substitution_groups" USING btree ("region_area_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "network_substitution_members_uq" ON "network_substitution_members" USING btree ("group_id","kind_code");--> statement-breakpoint
CREATE INDEX "network_call_criteria_call_idx" ON "network_call_criteria" USING btree ("call_id","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "network_call_measures_uq" ON "network_call_measures" USING btree ("call_id","measure_id");--> statement-breakpoint
CREATE INDEX "network_call_measures_measure_idx" ON "network_call_measures" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "network_calls_region_year_idx" ON "network_calls" USING btree ("region_area_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "network_intention_capacities_uq" ON "network_intention_capacities" USING btree ("intention_id","form");--> statement-breakpoint
CREATE UNIQUE INDEX "network_intention_decisions_uq" ON "network_intention_decisions" USING btree ("intention_id");--> statement-breakpoint
CREATE INDEX "network_intention_evidence_idx" ON "network_intention_evidence" USING btree ("intention_id");--> statement-breakpoint
CREATE INDEX "network_intention_funding_idx" ON "network_intention_funding" USING btree ("intention_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_intention_scores_uq" ON "network_intention_scores" USING btree ("intention_id","criterion_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_intention_statements_uq" ON "network_intention_statements" USING btree ("intention_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_intentions_reference_uq" ON "network_intentions" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "network_intentions_region_idx" ON "network_intentions" USING btree ("region_area_id","year","status");--> statement-breakpoint
CREATE INDEX "network_intentions_org_idx" ON "network_intentions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "network_intentions_plan_area_idx" ON "network_intentions" USING btree ("plan_area_id","status");--> statement-breakpoint
CREATE INDEX "network_intentions_measure_idx" ON "network_intentions" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "network_intentions_call_idx" ON "network_intentions" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_consultation_comments_number_idx" ON "participation_consultation_comments" USING btree ("consultation_id","number");--> statement-breakpoint
CREATE INDEX "participation_consultation_comments_section_idx" ON "participation_consultation_comments" USING btree ("section_id");--> statement-breakpoint
CREATE INDEX "participation_consultation_comments_status_idx" ON "participation_consultation_comments" USING btree ("consultation_id","settlement_status");--> statement-breakpoint
CREATE INDEX "participation_consultation_sections_idx" ON "participation_consultation_sections" USING btree ("consultation_id","sort");--> statement-breakpoint
CREATE INDEX "participation_consultations_area_idx" ON "participation_consultations" USING btree ("area_id","opens_on");--> statement-breakpoint
CREATE INDEX "participation_consultations_plan_idx" ON "participation_consultations" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "participation_consultations_window_idx" ON "participation_consultations" USING btree ("opens_on","closes_on");--> statement-breakpoint
CREATE INDEX "participation_suggestion_links_suggestion_idx" ON "participation_suggestion_links" USING btree ("suggestion_id");--> statement-breakpoint
CREATE INDEX "participation_suggestion_links_agenda_idx" ON "participation_suggestion_links" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "participation_suggestion_links_meeting_idx" ON "participation_suggestion_links" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "participation_suggestion_links_measure_idx" ON "participation_suggestion_links" USING btree ("measure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_suggestions_area_year_seq_uq" ON "participation_suggestions" USING btree ("area_id","year","seq");--> statement-breakpoint
CREATE INDEX "participation_suggestions_area_status_idx" ON "participation_suggestions" USING btree ("area_id","status","created_at");--> statement-breakpoint
CREATE INDEX "participation_suggestions_status_published_idx" ON "participation_suggestions" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "participation_suggestions_body_idx" ON "participation_suggestions" USING btree ("assigned_body_id","status");--> statement-breakpoint
CREATE INDEX "participation_survey_answers_response_idx" ON "participation_survey_answers" USING btree ("response_id");--> statement-breakpoint
CREATE INDEX "participation_survey_answers_question_idx" ON "participation_survey_answers" USING btree ("question_id","option_id");--> statement-breakpoint
CREATE INDEX "participation_survey_answers_option_idx" ON "participation_survey_answers" USING btree ("option_id");--> statement-breakpoint
CREATE INDEX "participation_survey_answers_row_idx" ON "participation_survey_answers" USING btree ("row_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_survey_conditions_question_uq" ON "participation_survey_conditions" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "participation_survey_conditions_depends_idx" ON "participation_survey_conditions" USING btree ("depends_on_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_survey_invitations_email_uq" ON "participation_survey_invitations" USING btree ("survey_id","email");--> statement-breakpoint
CREATE INDEX "participation_survey_options_question_idx" ON "participation_survey_options" USING btree ("question_id","role","sort");--> statement-breakpoint
CREATE INDEX "participation_survey_questions_survey_idx" ON "participation_survey_questions" USING btree ("survey_id","sort");--> statement-breakpoint
CREATE INDEX "participation_survey_questions_section_idx" ON "participation_survey_questions" USING btree ("section_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_survey_responses_seq_uq" ON "participation_survey_responses" USING btree ("survey_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_survey_responses_invitation_uq" ON "participation_survey_responses" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "participation_survey_sections_survey_idx" ON "participation_survey_sections" USING btree ("survey_id","sort");--> statement-breakpoint
CREATE INDEX "participation_surveys_area_idx" ON "participation_surveys" USING btree ("area_id","status");--> statement-breakpoint
CREATE INDEX "participation_surveys_status_idx" ON "participation_surveys" USING btree ("status","closes_on");--> statement-breakpoint
CREATE INDEX "participation_surveys_plan_idx" ON "participation_surveys" USING btree ("plan_id");