-- Public catalogue search (catalogue module, owner: catalogue search).
-- catalogue_fold: the SQL twin of foldText() (search-text.ts) for names and places: no diacritics,
-- lower case. unaccent() is only STABLE, so the wrapper pins the dictionary and is IMMUTABLE.
CREATE OR REPLACE FUNCTION catalogue_fold(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
--> statement-breakpoint
-- Czech collation that works without ICU (PGlite has no cs locale): compared with COLLATE "C",
-- this key sorts č after c, ch after h, ř after r, š after s, ž after z, and ignores the other
-- accents and case ("Centrum" < "Čtyřlístek" < "Domov" < "Hospic" < "Chráněné bydlení").
CREATE OR REPLACE FUNCTION catalogue_sort_key(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary,
		replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
			replace(replace($1, 'CH', 'h{'), 'Ch', 'h{'), 'ch', 'h{'),
			'Č', 'c{'), 'č', 'c{'), 'Ř', 'r{'), 'ř', 'r{'), 'Š', 's{'), 'š', 's{'), 'Ž', 'z{'), 'ž', 'z{'),
			'cH', 'h{'), '  ', ' '))) $$;
--> statement-breakpoint
-- Typo-tolerant, diacritics-free text search: ILIKE '%word%' and word_similarity (<%) on the
-- folded search_text both use this trigram index.
CREATE INDEX IF NOT EXISTS "catalogue_services_search_trgm" ON "catalogue_services" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
-- Sorting by name in Czech order without computing the key for every row.
CREATE INDEX IF NOT EXISTS "catalogue_services_name_sort_idx" ON "catalogue_services" (public.catalogue_sort_key("name") COLLATE "C");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "catalogue_providers_name_sort_idx" ON "catalogue_providers" (public.catalogue_sort_key("name") COLLATE "C");
--> statement-breakpoint
-- Age group facet/filter (target groups, ORP, kraj and municipality already have GIN indexes).
CREATE INDEX IF NOT EXISTS "catalogue_services_age_groups_idx" ON "catalogue_services" USING gin ("age_group_codes");
--> statement-breakpoint
-- The form filter and facet look services up by form.
CREATE INDEX IF NOT EXISTS "catalogue_service_forms_form_idx" ON "catalogue_service_forms" ("form", "service_id");
--> statement-breakpoint
-- Facilities are matched by municipality name in the "obec" filter.
CREATE INDEX IF NOT EXISTS "catalogue_facilities_municipality_name_idx" ON "catalogue_facilities" (public.catalogue_fold("municipality_name"));
