-- Diacritics-insensitive search in minutes, resolutions and tasks (meetings module).
-- unaccent() is only STABLE, so index expressions need an IMMUTABLE wrapper with a fixed dictionary.
CREATE OR REPLACE FUNCTION meetings_unaccent(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- Minutes are stored as sanitised HTML: tags are replaced by spaces before unaccenting.
CREATE OR REPLACE FUNCTION meetings_plain(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT public.meetings_unaccent(regexp_replace($1, '<[^>]*>', ' ', 'g')) $$;
--> statement-breakpoint
-- An agenda item is found by its title or by its minutes.
CREATE INDEX IF NOT EXISTS "meetings_agenda_items_minutes_trgm" ON "meetings_agenda_items" USING gin (public.meetings_plain(coalesce("title", '') || ' ' || coalesce("minutes_html", '')) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "meetings_resolutions_text_trgm" ON "meetings_resolutions" USING gin (public.meetings_unaccent("text") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "meetings_tasks_text_trgm" ON "meetings_tasks" USING gin (public.meetings_unaccent("text") gin_trgm_ops);
