/**
 * Input of the public catalogue search (zod, Czech messages). URL parameters are Czech
 * (`q`, `druh`, `kategorie`, `cilova`, `vek`, `forma`, `kraj`, `orp`, `obec`, `vse`, `razeni`,
 * `strana`); `search.query.ts` maps them to this shape and back. Client-safe.
 */
import { z } from 'zod';
import { SERVICE_CATEGORIES, SERVICE_FORMS, SERVICE_KIND_CODES } from './service-kinds.ts';

export const SEARCH_SORTS = ['relevance', 'name', 'provider'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const SEARCH_PAGE_SIZE = 20;
/** Deep pages are never useful to a person; the limit also bounds the offset. */
export const SEARCH_MAX_PAGE = 500;

const registryCode = z
	.string()
	.trim()
	.regex(/^[A-Za-z]+\/[A-Za-z0-9_-]{1,20}$/, 'Neplatný kód číselníku.');
const list = <T extends z.ZodType>(item: T, max = 40) =>
	z.array(item).max(max, `Vyberte nejvýše ${max} položek.`).default([]);

export const SearchInput = z.object({
	q: z.string().trim().max(200).default(''),
	kinds: list(z.enum(SERVICE_KIND_CODES as [string, ...string[]], 'Neznámý druh služby.')),
	category: z.enum(SERVICE_CATEGORIES, 'Neznámá kategorie služeb.').optional(),
	targetGroups: list(registryCode),
	ageGroup: registryCode.optional(),
	forms: list(z.enum(SERVICE_FORMS, 'Neznámá forma poskytování.'), 3),
	kraje: list(z.string().regex(/^\d{1,4}$/, 'Neznámý kraj.'), 14),
	orp: z
		.string()
		.regex(/^\d{4}$/, 'Kód ORP má 4 číslice.')
		.optional(),
	obec: z.string().trim().min(2).max(100).optional(),
	includeEnded: z.boolean().default(false),
	situation: z.string().max(60).optional(),
	sort: z.enum(SEARCH_SORTS, 'Neznámé řazení.').optional(),
	page: z.coerce
		.number('Číslo stránky musí být číslo.')
		.int('Číslo stránky musí být celé číslo.')
		.min(1, 'Číslo stránky musí být alespoň 1.')
		.max(SEARCH_MAX_PAGE, `Číslo stránky může být nejvýše ${SEARCH_MAX_PAGE}.`)
		.default(1),
	pageSize: z.number().int().min(1).max(100).default(SEARCH_PAGE_SIZE)
});

export type SearchInput = z.input<typeof SearchInput>;
export type SearchParams = z.output<typeof SearchInput>;
