/**
 * Europe/Prague wall time ↔ UTC instants. Meetings are entered as a local date and time
 * ("13. 1. 2016, 14:00"); the database keeps the instant, so the offset (CET +1 / CEST +2)
 * must come from the date itself, DST included.
 */
const TZ = 'Europe/Prague';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: TZ,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

export interface PragueParts {
	/** `YYYY-MM-DD` */
	date: string;
	/** `HH:MM` */
	time: string;
	year: number;
}

/** The Prague calendar date and time of an instant. */
export function toPrague(instant: Date): PragueParts {
	const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
	return {
		date: `${p.year}-${p.month}-${p.day}`,
		time: `${p.hour}:${p.minute}`,
		year: Number(p.year)
	};
}

/** Offset of Prague from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
	const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
	const asUtc = Date.UTC(
		Number(p.year),
		Number(p.month) - 1,
		Number(p.day),
		Number(p.hour),
		Number(p.minute),
		Number(p.second)
	);
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of a Prague wall time, or null when it does not exist (the skipped hour of the
 * spring change, e.g. 29. 3. 2026 02:30) or the input is malformed.
 */
export function fromPrague(date: string, time: string): Date | null {
	const d = DATE_RE.exec(date);
	const t = TIME_RE.exec(time);
	if (!d || !t) return null;
	const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
	// Two passes settle the offset on either side of a DST change.
	let guess = new Date(wall - offsetMinutes(new Date(wall)) * 60_000);
	guess = new Date(wall - offsetMinutes(guess) * 60_000);
	const back = toPrague(guess);
	if (back.date !== date || back.time !== time) return null;
	return guess;
}

/** Today's date in Prague, `YYYY-MM-DD` (membership terms and "on the meeting date" checks). */
export function pragueDate(instant: Date = new Date()): string {
	return toPrague(instant).date;
}
