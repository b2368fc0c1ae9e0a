CREATE TYPE "public"."network_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "network_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_area_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_reservoir" boolean DEFAULT false NOT NULL,
	"valid_from_year" integer,
	"valid_to_year" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"service_id" uuid,
	"planned_name" text,
	"provider_organisation_id" uuid,
	"kind_code" text NOT NULL,
	"category_id" uuid NOT NULL,
	"mandate_ref" text,
	"optimal_subsidy" numeric(14, 2),
	"real_subsidy" numeric(14, 2),
	"municipal_cofinancing" numeric(14, 2),
	"decision_ref" text,
	"intention_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_entry_capacities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"form" text NOT NULL,
	"unit" text NOT NULL,
	"amount" numeric(10, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_entry_territories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"share_percent" numeric(5, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_area_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" "network_status" DEFAULT 'draft' NOT NULL,
	"decision_ref" text,
	"decided_on" date,
	"feedback_deadline" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_categories" ADD CONSTRAINT "network_categories_region_area_id_organisation_areas_id_fk" FOREIGN KEY ("region_area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_entries" ADD CONSTRAINT "network_entries_network_id_network_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network_networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_entries" ADD CONSTRAINT "network_entries_service_id_catalogue_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."catalogue_services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_entries" ADD CONSTRAINT "network_entries_provider_organisation_id_organisation_organisations_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisation_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_entries" ADD CONSTRAINT "network_entries_category_id_network_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."network_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_entry_capacities" ADD CONSTRAINT "network_entry_capacities_entry_id_network_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."network_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_entry_territories" ADD CONSTRAINT "network_entry_territories_entry_id_network_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."network_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_networks" ADD CONSTRAINT "network_networks_region_area_id_organisation_areas_id_fk" FOREIGN KEY ("region_area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_categories_region_code_uq" ON "network_categories" USING btree ("region_area_id","code");--> statement-breakpoint
CREATE INDEX "network_entries_network_idx" ON "network_entries" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "network_entries_service_idx" ON "network_entries" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "network_entries_kind_idx" ON "network_entries" USING btree ("kind_code");--> statement-breakpoint
CREATE UNIQUE INDEX "network_entries_network_service_uq" ON "network_entries" USING btree ("network_id","service_id") WHERE "network_entries"."service_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "network_entry_capacities_uq" ON "network_entry_capacities" USING btree ("entry_id","form");--> statement-breakpoint
CREATE UNIQUE INDEX "network_entry_territories_uq" ON "network_entry_territories" USING btree ("entry_id","level","code");--> statement-breakpoint
CREATE INDEX "network_entry_territories_code_idx" ON "network_entry_territories" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "network_networks_region_year_uq" ON "network_networks" USING btree ("region_area_id","year");