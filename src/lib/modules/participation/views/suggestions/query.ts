/**
 * Czech query parameters of the suggestion lists (`?stav=&tema=&skupina=&uzemi=&rok=…`) ↔ the
 * filter keys of the services. Client-safe.
 */
export const PARAMS = {
	status: 'stav',
	topic: 'tema',
	targetGroupId: 'skupina',
	areaId: 'uzemi',
	year: 'rok',
	outcome: 'vysledek',
	channel: 'kanal',
	bodyId: 'ps',
	q: 'q',
	page: 'strana'
} as const;
export type FilterKey = keyof typeof PARAMS;

/** URL search params → `{ status, topic, … }` (unknown parameters ignored). */
export function filterFromUrl(url: URL): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, param] of Object.entries(PARAMS)) {
		const value = url.searchParams.get(param);
		if (value !== null && value !== '') out[key] = value;
	}
	return out;
}

/** Filter → query string (page 1 omitted); `over` replaces single values. */
export function filterQuery(
	filter: Partial<Record<FilterKey, string | number | null | undefined>>,
	over: Partial<Record<FilterKey, string | number | null>> = {}
): string {
	const search = new URLSearchParams();
	const all = { ...filter, ...over };
	for (const [key, param] of Object.entries(PARAMS)) {
		const value = all[key as FilterKey];
		if (value === null || value === undefined || value === '') continue;
		if (key === 'page' && String(value) === '1') continue;
		search.set(param, String(value));
	}
	const s = search.toString();
	return s ? `?${s}` : '';
}
