ALTER TABLE "meetings_agenda_items" ADD COLUMN "search_text" text GENERATED ALWAYS AS (public.meetings_plain(coalesce(title, '') || ' ' || coalesce(minutes_html, ''))) STORED;--> statement-breakpoint
-- Search reads the stored plain text instead of recomputing HTML stripping and unaccent per row.
DROP INDEX IF EXISTS "meetings_agenda_items_minutes_trgm";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "meetings_agenda_items_search_trgm" ON "meetings_agenda_items" USING gin ("search_text" gin_trgm_ops);
