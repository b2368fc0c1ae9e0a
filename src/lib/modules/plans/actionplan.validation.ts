/**
 * Input of annual action plans (akční plány): create for a year, edit the texts and the selected
 * measures/activities with the year's planned cost and capacity, approve. Czech messages.
 * `actionPlanFormToInput` turns the edit form (one row per measure/activity) into the input.
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { isoDate, NUMBER_HINT, parseCzechNumber, year } from './plan.validation.ts';

/** Optional Czech number ("1 234,50"); blank → null. */
const optionalAmount = (min: number, max: number) =>
	z
		.unknown()
		.optional()
		.transform((v, ctx) => {
			const n = parseCzechNumber(typeof v === 'string' ? v.trim() : v);
			if (n === null) return null;
			if (n === undefined) {
				ctx.addIssue({ code: 'custom', message: NUMBER_HINT });
				return z.NEVER;
			}
			if (n < min) {
				ctx.addIssue({ code: 'custom', message: `Hodnota musí být alespoň ${min}.` });
				return z.NEVER;
			}
			if (n > max) {
				ctx.addIssue({ code: 'custom', message: 'Hodnota je příliš velká.' });
				return z.NEVER;
			}
			return Math.round(n * 100) / 100;
		});

const blank = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : v);

export const actionPlanCreateInput = z.object({
	year: year(),
	title: z.preprocess(blank, fields.text(300).optional()).transform((v) => v ?? null),
	introduction: fields.optionalText(20000)
});
export type ActionPlanCreateInput = z.output<typeof actionPlanCreateInput>;

export const actionPlanItemInput = z.object({
	measureId: fields.uuid(),
	activityId: z.preprocess(blank, fields.uuid().optional()).transform((v) => v ?? null),
	/** Blank = the measure's planned costs for the year. */
	plannedCost: optionalAmount(0, 999_999_999_999),
	plannedCapacity: optionalAmount(-1_000_000, 1_000_000),
	note: fields.optionalText(2000),
	sort: z.preprocess(
		(v) => (blank(v) === undefined ? undefined : Number(String(v).trim())),
		z
			.number({ error: 'Pořadí zadejte jako celé číslo.' })
			.int('Pořadí zadejte jako celé číslo.')
			.min(0)
			.max(10000)
			.optional()
	)
});
export type ActionPlanItemInput = z.output<typeof actionPlanItemInput>;

export const actionPlanUpdateInput = z.object({
	title: fields.text(300),
	introduction: fields.optionalText(20000),
	items: z.array(actionPlanItemInput).max(1000),
	version: fields.version()
});
export type ActionPlanUpdateInput = z.output<typeof actionPlanUpdateInput>;

export const actionPlanApproveInput = z.object({
	approvedByLabel: fields.text(300),
	approvedOn: isoDate(),
	version: fields.version()
});

export const versionInput = z.object({ version: fields.version() });

/** Form key of a row: `m:<measureId>` or `a:<activityId>`. */
export const itemKey = (measureId: string, activityId: string | null) =>
	activityId ? `a:${activityId}` : `m:${measureId}`;

/**
 * Edit form → input. The form has `selected` (keys of checked rows) and per row
 * `measure.<key>`, `cost.<key>`, `capacity.<key>`, `note.<key>`, `sort.<key>`.
 */
export function actionPlanFormToInput(values: Record<string, string | string[]>): {
	title: unknown;
	introduction: unknown;
	version: unknown;
	items: Record<string, unknown>[];
} {
	const one = (key: string) => {
		const v = values[key];
		return Array.isArray(v) ? v[0] : v;
	};
	const selected = values.selected;
	const keys = selected === undefined ? [] : Array.isArray(selected) ? selected : [selected];
	return {
		title: one('title'),
		introduction: one('introduction'),
		version: one('version'),
		items: [...new Set(keys)].map((key) => ({
			measureId: one(`measure.${key}`) ?? '',
			activityId: key.startsWith('a:') ? key.slice(2) : null,
			plannedCost: one(`cost.${key}`),
			plannedCapacity: one(`capacity.${key}`),
			note: one(`note.${key}`),
			sort: one(`sort.${key}`),
			key
		}))
	};
}
