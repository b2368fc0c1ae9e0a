/**
 * Czech formatters (safe in the browser and on the server). Dates are shown in Europe/Prague:
 * `1. 1. 2026`, `14:00`, numbers `1 234,5`, money `1 234,50 Kč`. The language defaults to the
 * request's Paraglide locale; pass `locale` to force one.
 */
import { getLocale } from '#lib/paraglide/runtime.js';

export type Locale = 'cs' | 'en';

/** The current UI language (Paraglide: cookie, else Czech). */
export function currentLocale(): Locale {
	return getLocale() === 'en' ? 'en' : 'cs';
}
const TZ = 'Europe/Prague';
const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'cs-CZ');

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dtf(
	locale: Locale,
	key: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const id = `d:${locale}:${key}`;
	let f = cache.get(id) as Intl.DateTimeFormat | undefined;
	if (!f) cache.set(id, (f = new Intl.DateTimeFormat(tag(locale), { timeZone: TZ, ...options })));
	return f;
}
function nf(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const id = `n:${locale}:${key}`;
	let f = cache.get(id) as Intl.NumberFormat | undefined;
	if (!f) cache.set(id, (f = new Intl.NumberFormat(tag(locale), options)));
	return f;
}

type DateInput = Date | string | number;

/**
 * The calendar day in Prague as `RRRR-MM-DD`. "Today" for memberships, validity and approval
 * dates is always the Czech day: near midnight the UTC day is a different one.
 */
export function pragueDay(at: Date = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: TZ }).format(at);
}

/** The current year in Prague (differs from the UTC year in the first hour of 1 January). */
export function pragueYear(at: Date = new Date()): number {
	return Number(pragueDay(at).slice(0, 4));
}
const toDate = (d: DateInput) => (d instanceof Date ? d : new Date(d));

/** `1. 1. 2026` (no leading zeros, spaces after the dots). */
export function formatDate(d: DateInput, locale: Locale = currentLocale()): string {
	const date = toDate(d);
	if (locale === 'cs') {
		const parts = dtf(locale, 'parts', {
			day: 'numeric',
			month: 'numeric',
			year: 'numeric'
		}).formatToParts(date);
		const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
		return `${get('day')}. ${get('month')}. ${get('year')}`;
	}
	return dtf(locale, 'date', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `14:00` (24-hour). */
export function formatTime(d: DateInput, locale: Locale = currentLocale()): string {
	return dtf(locale, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
		toDate(d)
	);
}

/** `1. 1. 2026 14:00`. */
export function formatDateTime(d: DateInput, locale: Locale = currentLocale()): string {
	return `${formatDate(d, locale)} ${formatTime(d, locale)}`;
}

/** `1 234,5` (non-breaking spaces, as Intl gives them). */
export function formatNumber(
	n: number,
	locale: Locale = currentLocale(),
	maximumFractionDigits = 2
): string {
	return nf(locale, `num${maximumFractionDigits}`, { maximumFractionDigits }).format(n);
}

/** `1 234,50 Kč`. */
export function formatCzk(n: number, locale: Locale = currentLocale()): string {
	return nf(locale, 'czk', { style: 'currency', currency: 'CZK', minimumFractionDigits: 2 }).format(
		n
	);
}

/** `25 %` from 0.25. */
export function formatPercent(ratio: number, locale: Locale = currentLocale()): string {
	return nf(locale, 'pct', { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
	['second', 1]
];
const rtfCache = new Map<Locale, Intl.RelativeTimeFormat>();

/**
 * `před 3 dny`, `za 2 hodiny`, `včera` – for "last changed" hints next to an exact date
 * (never instead of it). `now` is injectable for tests.
 */
export function formatRelative(
	d: DateInput,
	locale: Locale = currentLocale(),
	now: DateInput = Date.now()
): string {
	const seconds = Math.round((toDate(d).getTime() - toDate(now).getTime()) / 1000);
	let rtf = rtfCache.get(locale);
	if (!rtf) {
		rtf = new Intl.RelativeTimeFormat(tag(locale), { numeric: 'auto' });
		rtfCache.set(locale, rtf);
	}
	if (Math.abs(seconds) < 45) return rtf.format(0, 'second');
	for (const [unit, size] of relativeUnits) {
		if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
	}
	return rtf.format(0, 'second');
}

const collator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });
/** Czech collation (ch after h, diacritics handled): `names.sort(compareCs)`. */
export function compareCs(a: string, b: string): number {
	return collator.compare(a, b);
}

export { plural } from './plural.ts';
