/**
 * Reading `?razeni=<key>&smer=asc|desc` safely: unknown keys and directions fall back to the
 * defaults instead of failing, so a hand-edited URL never produces an error page.
 */
export type SortDir = 'asc' | 'desc';

/** Parse the sort query params against the allowed keys. */
export function sortParams<K extends string>(
	url: URL,
	allowed: readonly K[],
	fallback: K,
	fallbackDir: SortDir = 'asc'
): { sort: K; dir: SortDir } {
	const key = url.searchParams.get('razeni');
	const dir = url.searchParams.get('smer');
	return {
		sort: (allowed as readonly string[]).includes(key ?? '') ? (key as K) : fallback,
		dir: dir === 'asc' || dir === 'desc' ? dir : fallbackDir
	};
}
