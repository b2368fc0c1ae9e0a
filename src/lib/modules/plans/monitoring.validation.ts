/**
 * Input schemas of monitoring and evaluation reports (zod; Czech messages). The same schema serves
 * the form (through `monitoringFormToInput`) and the API (JSON). Rules that need the plan (years in
 * the period, indicator units, the measure's sources) are checked by the service.
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { FUNDING_SOURCES } from './plan.tree.ts';
import { czechNumber, optionalCzechNumber } from './plan.validation.ts';
import { MEASURE_STATUSES } from './plan.rollup.ts';

const SOURCES = FUNDING_SOURCES as unknown as readonly [string, ...string[]];
const STATUSES = MEASURE_STATUSES as unknown as readonly [string, ...string[]];

export const PROGRESS_DONE_MESSAGE = 'Splněné opatření má plnění 100 %.';
export const PROGRESS_NOT_STARTED_MESSAGE = 'Nezahájené opatření má plnění 0 %.';
export const PROGRESS_FULL_MESSAGE =
	'Plnění 100 % odpovídá stavu „splněno“. Změňte stav, nebo snižte plnění.';

const progress = () =>
	z.preprocess(
		(v) =>
			typeof v === 'string'
				? v.trim() === ''
					? undefined
					: Number(v.trim().replace(',', '.'))
				: v,
		z
			.number({
				error: (iss) =>
					iss.input === undefined ? 'Toto pole je povinné.' : 'Zadejte celé číslo od 0 do 100.'
			})
			.int('Zadejte celé číslo od 0 do 100.')
			.min(0, 'Plnění musí být od 0 do 100 %.')
			.max(100, 'Plnění musí být od 0 do 100 %.')
	);

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const evidenceLinkInput = z.object({
	label: fields.text(300),
	url: z
		.string()
		.trim()
		.max(2000)
		.refine(
			(v) => /^https?:\/\/\S+$/i.test(v),
			'Zadejte platnou adresu začínající http:// nebo https://.'
		)
});

export const indicatorActualInput = z.object({
	indicatorId: fields.uuid(),
	/** Blank → the year's value is removed. */
	actual: optionalCzechNumber(),
	/** When sent, must equal the indicator's unit (checked by the service). */
	unit: z.preprocess(blankToNull, z.string().trim().max(50).nullable().optional()),
	note: fields.optionalText(1000)
});

export const actualCostInput = z.object({
	source: z.enum(SOURCES),
	amount: czechNumber(0)
});

/** One measure's record for one year. */
export const measureMonitoringInput = z
	.object({
		status: z.enum(STATUSES),
		progress: progress(),
		comment: fields.optionalText(5000),
		indicators: z.array(indicatorActualInput).max(100).default([]),
		actualCosts: z.array(actualCostInput).max(FUNDING_SOURCES.length).default([]),
		links: z.array(evidenceLinkInput).max(20).default([]),
		meetingIds: z.array(fields.uuid()).max(20).default([]),
		/** Version of the existing record (optimistic locking); absent for the first record. */
		version: z.preprocess(blankToNull, fields.version().nullable().optional())
	})
	.superRefine((v, ctx) => {
		if (v.status === 'done' && v.progress !== 100) {
			ctx.addIssue({ code: 'custom', path: ['progress'], message: PROGRESS_DONE_MESSAGE });
		}
		if (v.status === 'not_started' && v.progress !== 0) {
			ctx.addIssue({ code: 'custom', path: ['progress'], message: PROGRESS_NOT_STARTED_MESSAGE });
		}
		if (v.status !== 'done' && v.status !== 'cancelled' && v.progress === 100) {
			ctx.addIssue({ code: 'custom', path: ['progress'], message: PROGRESS_FULL_MESSAGE });
		}
		const seen = new Set<string>();
		v.actualCosts.forEach((c, i) => {
			if (seen.has(c.source)) {
				ctx.addIssue({
					code: 'custom',
					path: ['actualCosts', i, 'source'],
					message: 'Každý zdroj financování uveďte jen jednou.'
				});
			}
			seen.add(c.source);
		});
		const ids = new Set<string>();
		v.indicators.forEach((c, i) => {
			if (ids.has(c.indicatorId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['indicators', i, 'indicatorId'],
					message: 'Každý ukazatel uveďte jen jednou.'
				});
			}
			ids.add(c.indicatorId);
		});
	});
export type MeasureMonitoringInput = z.output<typeof measureMonitoringInput>;

export const reopenInput = z.object({
	reason: fields.text(1000),
	version: fields.version()
});

export const closeInput = z.object({
	version: z.preprocess(blankToNull, fields.version().nullable().optional())
});

export const evaluationTextsInput = z.object({
	introduction: fields.optionalText(20000),
	summary: fields.optionalText(20000),
	version: z.preprocess(blankToNull, fields.version().nullable().optional())
});

const asList = (v: unknown): string[] =>
	v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String);

/**
 * The flat form of `/plany/[id]/monitoring/[rok]` → the input shape. Field names:
 * `status`, `progress`, `comment`, `version`, `indicator.<id>.actual|unit|note`,
 * `cost.<source>` (blank = none), `link.label` / `link.url` (repeated, blank pairs dropped),
 * `meetingIds` (repeated).
 */
export function monitoringFormToInput(form: Record<string, string | string[]>): unknown {
	const one = (key: string) => {
		const v = form[key];
		return Array.isArray(v) ? v[0] : v;
	};
	const indicatorIds = new Set<string>();
	for (const key of Object.keys(form)) {
		const match = /^indicator\.([^.]+)\.actual$/.exec(key);
		if (match) indicatorIds.add(match[1]);
	}
	const labels = asList(form['link.label']);
	const urls = asList(form['link.url']);
	const links = labels
		.map((label, i) => ({ label, url: urls[i] ?? '' }))
		.filter((l) => l.label.trim() !== '' || l.url.trim() !== '');
	return {
		status: one('status') ?? '',
		progress: one('progress') ?? '',
		comment: one('comment') ?? '',
		version: one('version') ?? '',
		indicators: [...indicatorIds].map((id) => ({
			indicatorId: id,
			actual: one(`indicator.${id}.actual`) ?? '',
			unit: one(`indicator.${id}.unit`) ?? '',
			note: one(`indicator.${id}.note`) ?? ''
		})),
		actualCosts: FUNDING_SOURCES.filter((s) => (one(`cost.${s}`) ?? '').trim() !== '').map((s) => ({
			source: s,
			amount: one(`cost.${s}`)
		})),
		links,
		meetingIds: asList(form.meetingIds).filter(Boolean)
	};
}

/**
 * Field errors of the input shape → the form's field names (`indicators.0.actual` →
 * `indicator.<id>.actual`, `actualCosts.1.amount` → `cost.<source>`, `links.0.url` → `link.0.url`).
 */
export function formErrorKeys(
	errors: Record<string, string[]>,
	input: unknown
): Record<string, string[]> {
	const data = (input ?? {}) as {
		indicators?: { indicatorId: string }[];
		actualCosts?: { source: string }[];
	};
	const out: Record<string, string[]> = {};
	for (const [key, messages] of Object.entries(errors)) {
		let target = key;
		const ind = /^indicators\.(\d+)\.(\w+)$/.exec(key);
		const cost = /^actualCosts\.(\d+)\.\w+$/.exec(key);
		if (ind) {
			const id = data.indicators?.[Number(ind[1])]?.indicatorId;
			if (id) target = `indicator.${id}.${ind[2] === 'indicatorId' ? 'actual' : ind[2]}`;
		} else if (cost) {
			const source = data.actualCosts?.[Number(cost[1])]?.source;
			if (source) target = `cost.${source}`;
		} else if (/^links\.\d+\.\w+$/.test(key)) {
			target = key.replace(/^links/, 'link');
		}
		(out[target] ??= []).push(...messages);
	}
	return out;
}
