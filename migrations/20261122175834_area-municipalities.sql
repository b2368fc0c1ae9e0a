CREATE TABLE "organisation_area_municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"area_id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_area_municipalities" ADD CONSTRAINT "organisation_area_municipalities_area_id_organisation_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."organisation_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_area_municipalities_area_name_uq" ON "organisation_area_municipalities" USING btree ("area_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_area_municipalities_area_code_uq" ON "organisation_area_municipalities" USING btree ("area_id","code") WHERE "organisation_area_municipalities"."code" is not null;