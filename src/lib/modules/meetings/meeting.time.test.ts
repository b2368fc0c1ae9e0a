import { describe, expect, it } from 'vitest';
import { fromPrague, toPrague } from './meeting.time.ts';

describe('Prague wall time', () => {
	it('uses +1 in winter and +2 in summer', () => {
		expect(fromPrague('2016-01-13', '14:00')?.toISOString()).toBe('2016-01-13T13:00:00.000Z');
		expect(fromPrague('2016-06-15', '14:00')?.toISOString()).toBe('2016-06-15T12:00:00.000Z');
	});

	it('handles the days of the DST change', () => {
		// 27. 3. 2016: 02:00 → 03:00; 30. 10. 2016: 03:00 → 02:00.
		expect(fromPrague('2016-03-27', '14:00')?.toISOString()).toBe('2016-03-27T12:00:00.000Z');
		expect(fromPrague('2016-03-27', '01:30')?.toISOString()).toBe('2016-03-27T00:30:00.000Z');
		expect(fromPrague('2016-10-30', '14:00')?.toISOString()).toBe('2016-10-30T13:00:00.000Z');
		expect(fromPrague('2016-03-26', '23:30')?.toISOString()).toBe('2016-03-26T22:30:00.000Z');
	});

	it('refuses the skipped hour and malformed input', () => {
		expect(fromPrague('2026-03-29', '02:30')).toBeNull();
		expect(fromPrague('2026-02-30', '10:00')).toBeNull();
		expect(fromPrague('2026-01-01', '25:00')).toBeNull();
		expect(fromPrague('1. 1. 2026', '10:00')).toBeNull();
	});

	it('round-trips to the local date and time', () => {
		expect(toPrague(new Date('2015-11-18T13:00:00Z'))).toEqual({
			date: '2015-11-18',
			time: '14:00',
			year: 2015
		});
		expect(toPrague(new Date('2024-12-31T23:30:00Z')).year).toBe(2025);
	});
});
