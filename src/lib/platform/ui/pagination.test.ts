import { describe, expect, it } from 'vitest';
import { clampPage, pageCountOf, pageWindow, paginate } from './pagination.ts';
import { sortParams } from './sort.ts';

describe('pagination helpers', () => {
	it('clamps garbage and out-of-range pages', () => {
		expect(clampPage('3', 5)).toBe(3);
		expect(clampPage('abc', 5)).toBe(1);
		expect(clampPage('-2', 5)).toBe(1);
		expect(clampPage(null, 5)).toBe(1);
		expect(clampPage('99', 5)).toBe(5);
		expect(clampPage('2', 0)).toBe(1);
	});

	it('counts at least one page', () => {
		expect(pageCountOf(0, 20)).toBe(1);
		expect(pageCountOf(20, 20)).toBe(1);
		expect(pageCountOf(21, 20)).toBe(2);
	});

	it('slices a page', () => {
		const items = Array.from({ length: 45 }, (_, i) => i + 1);
		expect(paginate(items, 3, 20)).toEqual({
			items: [41, 42, 43, 44, 45],
			page: 3,
			pageCount: 3,
			total: 45
		});
		expect(paginate(items, 9, 20).page).toBe(3);
	});

	it('shows first, last and a window with gaps', () => {
		expect(pageWindow(1, 1)).toEqual([1]);
		expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
		expect(pageWindow(6, 20)).toEqual([1, null, 5, 6, 7, null, 20]);
		// a gap of exactly one page is filled in instead of "…"
		expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
	});
});

describe('sortParams', () => {
	it('accepts known keys and falls back otherwise', () => {
		const url = new URL('http://x/?razeni=nazev&smer=desc');
		expect(sortParams(url, ['nazev', 'druh'], 'druh')).toEqual({ sort: 'nazev', dir: 'desc' });
		const bad = new URL('http://x/?razeni=drop&smer=up');
		expect(sortParams(bad, ['nazev', 'druh'], 'druh')).toEqual({ sort: 'druh', dir: 'asc' });
	});
});
