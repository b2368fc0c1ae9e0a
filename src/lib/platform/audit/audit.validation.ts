/**
 * The admin audit view's filter (GET query). Dates are calendar days in Europe/Prague: "od" is
 * the start of that day, "do" includes the whole day (exclusive bound = next day's midnight).
 */
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TZ = 'Europe/Prague';

/** Minutes east of UTC in Prague at a given instant (60 in winter, 120 in summer). */
function pragueOffsetMinutes(instant: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: TZ,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric'
	}).formatToParts(new Date(instant));
	const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** `2026-01-01` → the instant Prague's day begins; null for a string that is not a real date. */
export function pragueDayStart(day: string, addDays = 0): Date | null {
	const match = ISO_DAY.exec(day);
	if (!match) return null;
	const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(y, mo - 1, d));
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
		return null;
	}
	if (y < 1900 || y > 9999) return null;
	const midnightUtc = Date.UTC(y, mo - 1, d + addDays);
	const guess = midnightUtc - pragueOffsetMinutes(midnightUtc) * 60_000;
	return new Date(midnightUtc - pragueOffsetMinutes(guess) * 60_000);
}

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((v) => v || undefined);

/** Built per request, so the messages are in the user's language. */
export function auditQuerySchema() {
	const day = z
		.string()
		.trim()
		.optional()
		.transform((v) => v || undefined)
		.refine((v) => v === undefined || pragueDayStart(v) !== null, {
			message: m.audit_admin_error_date()
		});
	return z
		.object({
			strana: z
				.string()
				.optional()
				.transform((v) => {
					const n = Number.parseInt(v ?? '', 10);
					return Number.isFinite(n) && n >= 1 ? Math.min(n, 100_000) : 1;
				}),
			uzivatel: z
				.string()
				.optional()
				.transform((v) => v || undefined)
				.refine(
					(v) => v === undefined || z.uuid().safeParse(v).success || v.startsWith('system:'),
					{
						message: m.audit_admin_error_actor()
					}
				),
			typ: optionalText(200),
			zaznam: optionalText(200),
			od: day,
			do: day
		})
		.superRefine((q, ctx) => {
			if (q.od && q.do && q.od > q.do) {
				ctx.addIssue({ code: 'custom', path: ['do'], message: m.audit_admin_error_range() });
			}
		});
}

export type AuditQuery = z.output<ReturnType<typeof auditQuerySchema>>;
