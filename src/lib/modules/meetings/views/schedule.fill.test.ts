import { describe, expect, it } from 'vitest';
import { fillRows, nthWeekday } from './schedule.fill.ts';

describe('schedule repeat helper', () => {
	it('finds the n-th and the last weekday of a month', () => {
		// Seed 001: 2016 meetings on Wednesdays (13. 1. = second Wednesday of January).
		expect(nthWeekday(2016, 1, 3, 2)).toBe('2016-01-13');
		expect(nthWeekday(2016, 2, 3, 2)).toBe('2016-02-10');
		expect(nthWeekday(2016, 11, 3, 3)).toBe('2016-11-16');
		expect(nthWeekday(2026, 1, 5, 5)).toBe('2026-01-30');
		expect(nthWeekday(2026, 3, 7, 5)).toBe('2026-03-29');
	});

	it('repeats every N months and skips the statute months without meetings', () => {
		const rows = fillRows({
			year: 2016,
			startMonth: 1,
			every: 1,
			week: 2,
			weekday: 3,
			time: '14:00',
			place: 'budova „Uran“',
			room: '',
			skipMonths: [7, 8]
		});
		expect(rows).toHaveLength(10);
		expect(rows.map((r) => r.date)).not.toContain('2016-07-13');
		expect(rows[0]).toEqual({
			date: '2016-01-13',
			time: '14:00',
			place: 'budova „Uran“',
			room: ''
		});
		const quarterly = fillRows({
			year: 2026,
			startMonth: 2,
			every: 3,
			week: 1,
			weekday: 1,
			time: '09:30'
		});
		expect(quarterly.map((r) => r.date)).toEqual([
			'2026-02-02',
			'2026-05-04',
			'2026-08-03',
			'2026-11-02'
		]);
	});

	it('rejects a bad time with a Czech message', () => {
		expect(() =>
			fillRows({ year: 2026, startMonth: 1, every: 1, week: 1, weekday: 1, time: '25:00' })
		).toThrow(/Formulář obsahuje chyby/);
	});
});
