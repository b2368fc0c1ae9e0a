/**
 * Paginated API lists: the `page` / `per_page` query parameters and the one envelope every list
 * answers with, `{ items, page, per_page, total }`.
 */
import { z } from 'zod';

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

/** Query parameters of every list; extend with `.extend({...})` for filters. */
export const pageQuery = z.object({
	page: z.coerce.number().int().min(1).default(1).meta({ description: 'Číslo stránky, od 1.' }),
	per_page: z.coerce
		.number()
		.int()
		.min(1)
		.max(MAX_PER_PAGE)
		.default(DEFAULT_PER_PAGE)
		.meta({ description: `Počet položek na stránce (1–${MAX_PER_PAGE}).` })
});

export type PageQuery = z.output<typeof pageQuery>;

/** The envelope schema around `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
	return z.object({
		items: z.array(item),
		page: z.number().int().min(1).meta({ description: 'Číslo této stránky.' }),
		per_page: z.number().int().min(1).meta({ description: 'Velikost stránky.' }),
		total: z.number().int().min(0).meta({ description: 'Počet všech položek.' })
	});
}

export interface Page<T> {
	items: T[];
	page: number;
	per_page: number;
	total: number;
}

/** SQL `limit` / `offset` for a page. */
export function pageWindow(query: PageQuery): { limit: number; offset: number } {
	return { limit: query.per_page, offset: (query.page - 1) * query.per_page };
}

/** Build the envelope from one page of rows and the total count. */
export function toPage<T, U>(
	rows: T[],
	total: number,
	query: PageQuery,
	present: (row: T) => U
): Page<U> {
	return { items: rows.map(present), page: query.page, per_page: query.per_page, total };
}

/** Paginate a list already in memory (small reference lists such as planning areas). */
export function paginateList<T, U>(all: T[], query: PageQuery, present: (row: T) => U): Page<U> {
	const { limit, offset } = pageWindow(query);
	return toPage(all.slice(offset, offset + limit), all.length, query, present);
}
