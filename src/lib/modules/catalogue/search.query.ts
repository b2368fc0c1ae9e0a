/**
 * The search state lives in the URL (GET form, works without JavaScript): Czech parameter names
 * ↔ `SearchInput`. Repeated parameters for multi-valued filters (`druh=40&druh=39`). Client-safe:
 * the page builds facet, sort and page links with `searchHref`.
 */
import type { SearchInput } from './search.validation.ts';

export interface SearchUrlState {
	q: string;
	kinds: string[];
	category: string;
	targetGroups: string[];
	ageGroup: string;
	forms: string[];
	kraje: string[];
	orp: string;
	obec: string;
	includeEnded: boolean;
	sort: string;
	page: number;
}

const PARAMS = {
	q: 'q',
	kinds: 'druh',
	category: 'kategorie',
	targetGroups: 'cilova',
	ageGroup: 'vek',
	forms: 'forma',
	kraje: 'kraj',
	orp: 'orp',
	obec: 'obec',
	includeEnded: 'vse',
	sort: 'razeni',
	page: 'strana'
} as const;

const one = (params: URLSearchParams, key: string) => {
	const value = params.get(key)?.trim();
	return value ? value : undefined;
};
const many = (params: URLSearchParams, key: string) => [
	...new Set(
		params
			.getAll(key)
			.map((v) => v.trim())
			.filter(Boolean)
	)
];

/** Raw search input from the query string (validated by the service). */
export function searchInputFromUrl(params: URLSearchParams): SearchInput & { page?: unknown } {
	return {
		q: params.get(PARAMS.q) ?? '',
		kinds: many(params, PARAMS.kinds),
		category: one(params, PARAMS.category) as SearchInput['category'],
		targetGroups: many(params, PARAMS.targetGroups),
		ageGroup: one(params, PARAMS.ageGroup),
		forms: many(params, PARAMS.forms) as SearchInput['forms'],
		kraje: many(params, PARAMS.kraje),
		orp: one(params, PARAMS.orp),
		obec: one(params, PARAMS.obec),
		includeEnded: params.get(PARAMS.includeEnded) === '1',
		sort: one(params, PARAMS.sort) as SearchInput['sort'],
		page: one(params, PARAMS.page) ?? 1
	};
}

/** The state the page shows (after validation). */
export function urlState(input: {
	q?: string;
	kinds?: string[];
	category?: string;
	targetGroups?: string[];
	ageGroup?: string;
	forms?: string[];
	kraje?: string[];
	orp?: string;
	obec?: string;
	includeEnded?: boolean;
	sort?: string;
	page?: number;
}): SearchUrlState {
	return {
		q: input.q ?? '',
		kinds: input.kinds ?? [],
		category: input.category ?? '',
		targetGroups: input.targetGroups ?? [],
		ageGroup: input.ageGroup ?? '',
		forms: input.forms ?? [],
		kraje: input.kraje ?? [],
		orp: input.orp ?? '',
		obec: input.obec ?? '',
		includeEnded: input.includeEnded ?? false,
		sort: input.sort ?? '',
		page: input.page ?? 1
	};
}

/** A link to `path` with `state` changed by `patch`; page 1 unless the patch sets it. */
export function searchHref(
	path: string,
	state: SearchUrlState,
	patch: Partial<SearchUrlState> = {}
): string {
	const next = { ...state, page: 1, ...patch };
	const params = new URLSearchParams();
	if (next.q) params.set(PARAMS.q, next.q);
	for (const v of next.kinds) params.append(PARAMS.kinds, v);
	if (next.category) params.set(PARAMS.category, next.category);
	for (const v of next.targetGroups) params.append(PARAMS.targetGroups, v);
	if (next.ageGroup) params.set(PARAMS.ageGroup, next.ageGroup);
	for (const v of next.forms) params.append(PARAMS.forms, v);
	for (const v of next.kraje) params.append(PARAMS.kraje, v);
	if (next.orp) params.set(PARAMS.orp, next.orp);
	if (next.obec) params.set(PARAMS.obec, next.obec);
	if (next.includeEnded) params.set(PARAMS.includeEnded, '1');
	if (next.sort) params.set(PARAMS.sort, next.sort);
	if (next.page > 1) params.set(PARAMS.page, String(next.page));
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}

/** Toggle one value of a multi-valued filter. */
export function toggled(values: string[], value: string): string[] {
	return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** Count of active filters (for "Zrušit filtry"). */
export function activeFilterCount(state: SearchUrlState): number {
	return (
		state.kinds.length +
		state.targetGroups.length +
		state.forms.length +
		state.kraje.length +
		[state.category, state.ageGroup, state.orp, state.obec].filter(Boolean).length +
		(state.includeEnded ? 1 : 0)
	);
}
