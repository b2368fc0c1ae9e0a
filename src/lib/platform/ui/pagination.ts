/**
 * Page arithmetic shared by lists and the Pagination component: clamp a requested page and pick
 * which page numbers to show (first, last, a window around the current one, gaps as null).
 */

/** A page number from a query value (`?strana=3`); garbage and out-of-range values are clamped. */
export function clampPage(raw: string | null | undefined, pageCount: number): number {
	const n = Number.parseInt(raw ?? '', 10);
	if (!Number.isFinite(n) || n < 1) return 1;
	return Math.min(n, Math.max(1, pageCount));
}

/** Number of pages for `total` items (at least 1, so an empty list still has "page 1 of 1"). */
export function pageCountOf(total: number, pageSize: number): number {
	return Math.max(1, Math.ceil(total / pageSize));
}

/** Slice one page out of an in-memory list. */
export function paginate<T>(
	items: readonly T[],
	page: number,
	pageSize: number
): { items: T[]; page: number; pageCount: number; total: number } {
	const pageCount = pageCountOf(items.length, pageSize);
	const current = Math.min(Math.max(1, page), pageCount);
	const start = (current - 1) * pageSize;
	return {
		items: items.slice(start, start + pageSize),
		page: current,
		pageCount,
		total: items.length
	};
}

/** Page numbers to render: `[1, null, 4, 5, 6, null, 20]` (null = gap). */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
	const pages = new Set<number>([1, pageCount]);
	for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
	const sorted = [...pages].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	for (const p of sorted) {
		const last = out.at(-1);
		if (typeof last === 'number' && p - last === 2) out.push(last + 1);
		else if (typeof last === 'number' && p - last > 2) out.push(null);
		out.push(p);
	}
	return out;
}
