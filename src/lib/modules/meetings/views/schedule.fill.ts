/**
 * The "repeat" helper of the yearly schedule form (works without JS: the server fills the rows):
 * every N months on the first…fourth or last given weekday, skipping the statute's months
 * without meetings when asked to.
 */
import { z } from 'zod';
import { parseInput } from '#lib/platform/http/validation.ts';

export interface ScheduleRowValues {
	date: string;
	time: string;
	place: string;
	room: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of the `week`-th (1–4) or last (5) ISO weekday of a month. */
export function nthWeekday(year: number, month: number, isoWeekday: number, week: number): string {
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const dow = (day: number) => {
		const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
		return d === 0 ? 7 : d;
	};
	let day: number;
	if (week >= 5) {
		day = days;
		while (dow(day) !== isoWeekday) day--;
	} else {
		day = 1;
		while (dow(day) !== isoWeekday) day++;
		day += (week - 1) * 7;
	}
	return `${year}-${pad(month)}-${pad(day)}`;
}

const FillInput = z.object({
	year: z.coerce.number().int().min(2000).max(2100),
	startMonth: z.coerce.number().int().min(1).max(12),
	every: z.coerce.number().int().min(1).max(12),
	week: z.coerce.number().int().min(1).max(5),
	weekday: z.coerce.number().int().min(1).max(7),
	time: z
		.string()
		.trim()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Zadejte čas ve tvaru 14:00.'),
	place: z.string().trim().max(300).default(''),
	room: z.string().trim().max(200).default(''),
	skipMonths: z.array(z.number().int()).default([])
});

/** Rows of the planning form from the repeat rule (throws a Czech 400 on bad input). */
export function fillRows(input: unknown): ScheduleRowValues[] {
	const v = parseInput(FillInput, input);
	const rows: ScheduleRowValues[] = [];
	for (let month = v.startMonth; month <= 12; month += v.every) {
		if (v.skipMonths.includes(month)) continue;
		rows.push({
			date: nthWeekday(v.year, month, v.weekday, v.week),
			time: v.time,
			place: v.place,
			room: v.room
		});
	}
	return rows;
}
