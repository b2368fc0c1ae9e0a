import { describe, expect, it } from 'vitest';
import { pragueDayStart } from './audit.validation.ts';

describe('pragueDayStart', () => {
	it('gives the instant a Prague calendar day begins, in winter, summer and across DST', () => {
		expect(pragueDayStart('2026-01-01')?.toISOString()).toBe('2025-12-31T23:00:00.000Z');
		expect(pragueDayStart('2026-07-01')?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
		expect(pragueDayStart('2026-03-29')?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
		expect(pragueDayStart('2026-03-29', 1)?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
		expect(pragueDayStart('2026-10-25', 1)?.toISOString()).toBe('2026-10-25T23:00:00.000Z');
		expect(pragueDayStart('2026-12-31', 1)?.toISOString()).toBe('2026-12-31T23:00:00.000Z');
	});

	it('refuses strings that are not real dates', () => {
		for (const bad of ['2026-02-29', '2026-13-01', '1. 1. 2026', '', '2026-1-1', '0000-01-01']) {
			expect(pragueDayStart(bad)).toBeNull();
		}
	});
});
