import { describe, expect, it } from 'vitest';
import {
	compareCs,
	currentLocale,
	formatCzk,
	formatDate,
	formatDateTime,
	formatNumber,
	formatPercent,
	formatRelative,
	formatTime,
	plural,
	pragueDay,
	pragueYear
} from './format.ts';

const NBSP = '\u00a0';

describe('formatDate / formatTime in Europe/Prague', () => {
	it('writes Czech dates without leading zeros and with spaces', () => {
		expect(formatDate(new Date('2026-01-01T10:00:00Z'), 'cs')).toBe('1. 1. 2026');
		expect(formatDate('2026-12-31T12:00:00Z', 'cs')).toBe('31. 12. 2026');
	});

	it('uses the Prague day, not the UTC day, around midnight', () => {
		// 23:30 UTC on 31 Dec is already 00:30 on 1 Jan in Prague (CET, UTC+1).
		expect(formatDate('2025-12-31T23:30:00Z', 'cs')).toBe('1. 1. 2026');
		expect(formatTime('2025-12-31T23:30:00Z', 'cs')).toBe('00:30');
	});

	it('shows 24-hour time in winter (CET, UTC+1) and summer (CEST, UTC+2)', () => {
		expect(formatTime('2026-01-15T13:00:00Z', 'cs')).toBe('14:00');
		expect(formatTime('2026-07-15T12:00:00Z', 'cs')).toBe('14:00');
	});

	it('follows the spring DST change (29 March 2026, 02:00 → 03:00)', () => {
		expect(formatDateTime('2026-03-29T00:59:00Z', 'cs')).toBe('29. 3. 2026 01:59');
		expect(formatDateTime('2026-03-29T01:00:00Z', 'cs')).toBe('29. 3. 2026 03:00');
	});

	it('follows the autumn DST change (25 October 2026, 03:00 → 02:00)', () => {
		expect(formatTime('2026-10-25T00:30:00Z', 'cs')).toBe('02:30');
		expect(formatTime('2026-10-25T01:30:00Z', 'cs')).toBe('02:30');
		expect(formatTime('2026-10-25T02:30:00Z', 'cs')).toBe('03:30');
	});

	it('accepts timestamps and writes English dates in words', () => {
		const ts = Date.UTC(2026, 0, 1, 13, 0);
		expect(formatDate(ts, 'cs')).toBe('1. 1. 2026');
		expect(formatDate(ts, 'en')).toBe('1 January 2026');
		expect(formatTime(ts, 'en')).toBe('14:00');
	});
});

describe('numbers and money', () => {
	it('formats Czech crowns with the non-breaking spaces Intl emits', () => {
		expect(formatCzk(1234.5, 'cs')).toBe(`1${NBSP}234,50${NBSP}Kč`);
		expect(formatCzk(0, 'cs')).toBe(`0,00${NBSP}Kč`);
		expect(formatCzk(1_000_000, 'cs')).toBe(`1${NBSP}000${NBSP}000,00${NBSP}Kč`);
	});

	it('formats numbers with a decimal comma and grouped thousands', () => {
		expect(formatNumber(1234.5, 'cs')).toBe(`1${NBSP}234,5`);
		expect(formatNumber(2.345, 'cs')).toBe('2,35');
		expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
	});

	it('formats percentages from ratios', () => {
		expect(formatPercent(0.25, 'cs')).toBe(`25${NBSP}%`);
		expect(formatPercent(1, 'cs')).toBe(`100${NBSP}%`);
		expect(formatPercent(0.333, 'cs')).toBe(`33${NBSP}%`);
		expect(formatPercent(0.25, 'en')).toBe('25%');
	});
});

describe('plural', () => {
	const beds = ['lůžko', 'lůžka', 'lůžek'] as const;

	it('picks one / few / many', () => {
		expect(plural(1, beds)).toBe('lůžko');
		expect(plural(2, beds)).toBe('lůžka');
		expect(plural(4, beds)).toBe('lůžka');
		expect(plural(5, beds)).toBe('lůžek');
		expect(plural(0, beds)).toBe('lůžek');
		expect(plural(22, beds)).toBe('lůžek');
	});

	it('uses the optional decimal form for decimals, else the many form', () => {
		expect(plural(1.5, beds)).toBe('lůžek');
		expect(plural(1.5, [...beds, 'lůžka'])).toBe('lůžka');
		// the decimal form never leaks into whole numbers
		expect(plural(5, [...beds, 'lůžka'])).toBe('lůžek');
		expect(plural(0, [...beds, 'lůžka'])).toBe('lůžek');
	});
});

describe('compareCs', () => {
	it('sorts by Czech alphabet: č after c, ch after h', () => {
		expect(['chata', 'hrad', 'cukr', 'Čáp'].sort(compareCs)).toEqual([
			'cukr',
			'Čáp',
			'hrad',
			'chata'
		]);
	});

	it('ignores case and sorts numbers naturally', () => {
		expect(['obec 10', 'Obec 2', 'obec 1'].sort(compareCs)).toEqual([
			'obec 1',
			'Obec 2',
			'obec 10'
		]);
		expect(['Šumperk', 'Svitavy', 'Žatec', 'Zlín'].sort(compareCs)).toEqual([
			'Svitavy',
			'Šumperk',
			'Zlín',
			'Žatec'
		]);
	});
});

describe('formatRelative', () => {
	const now = new Date('2026-03-10T12:00:00Z');

	it('says now, yesterday, and counts in Czech', () => {
		expect(formatRelative(now, 'cs', now)).toBe('nyní');
		expect(formatRelative('2026-03-09T12:00:00Z', 'cs', now)).toBe('včera');
		expect(formatRelative('2026-03-07T12:00:00Z', 'cs', now)).toBe('před 3 dny');
		expect(formatRelative('2026-03-10T14:00:00Z', 'cs', now)).toBe('za 2 hodiny');
		expect(formatRelative('2026-03-10T11:55:00Z', 'cs', now)).toBe('před 5 minutami');
	});

	it('works in English', () => {
		expect(formatRelative('2026-03-07T12:00:00Z', 'en', now)).toBe('3 days ago');
	});
});

describe('currentLocale', () => {
	it('is Czech outside a request', () => {
		expect(currentLocale()).toBe('cs');
		expect(formatDate(new Date('2026-01-01T10:00:00Z'))).toBe('1. 1. 2026');
	});
});

describe('pragueDay / pragueYear', () => {
	it('names the Czech calendar day, not the UTC one, around midnight', () => {
		// 23:30 UTC on 22. 11. is 0:30 on 23. 11. in Prague (winter time, UTC+1).
		expect(pragueDay(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
		expect(pragueDay(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-22');
		// Summer time is UTC+2.
		expect(pragueDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
	});
	it('turns the year at Prague midnight', () => {
		expect(pragueYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
		expect(pragueYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
	});
});
