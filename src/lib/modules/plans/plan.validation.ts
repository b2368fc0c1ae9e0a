/**
 * Input schemas of the plan structure (zod; Czech messages). Used by the plan services, by the
 * tx-level write helpers (`plan.write.server.ts`) and by the XLSX import. Numbers accept the Czech
 * format ("1 234,50"). Rules that need the plan (measure years inside the plan period) live in
 * `measurePeriodErrors`, which the write helpers apply.
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import type { FieldErrors } from '#lib/platform/http/errors.ts';
import { SERVICE_KIND_CODES } from '#lib/modules/catalogue/index.ts';
import { FUNDING_SOURCES, type PlanStatus } from './plan.tree.ts';
import {
	PLAN_KIND_CODES,
	PLAN_MAX_LENGTH_YEARS,
	PLAN_YEAR_MAX,
	PLAN_YEAR_MIN
} from './plan.kinds.ts';

export const PLAN_STATUSES = [
	'preparation',
	'draft',
	'consultation',
	'approved',
	'in_force',
	'evaluated',
	'archived'
] as const satisfies readonly PlanStatus[];
export const CAPACITY_UNITS = ['fte', 'beds', 'clients', 'interventions', 'contacts'] as const;
export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export const ROLLUP_WEIGHTINGS = ['equal', 'cost'] as const;
const SOURCES = FUNDING_SOURCES as unknown as readonly [string, ...string[]];

export const NUMBER_HINT = 'Zadejte číslo, např. 1 234,50.';
const MAX_AMOUNT = 1_000_000_000_000;

/**
 * Czech number text → number: "1 234,50", "1234.5", "-30", "1.234,50". Blank → null;
 * not a number → undefined.
 */
export function parseCzechNumber(raw: unknown): number | null | undefined {
	if (raw === null || raw === undefined) return null;
	if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
	if (typeof raw !== 'string') return undefined;
	let s = raw
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/Kč$/i, '')
		.replace(/^\u2212/, '-');
	if (s === '') return null;
	if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, '');
	if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
	const n = Number(s.replace(',', '.'));
	return Number.isFinite(n) ? n : undefined;
}

const hasAtMostTwoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

const blankToUndefined = (v: unknown) =>
	v === '' || v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;

/** Czech number (required); `min`/`max` inclusive; at most two decimals. */
export const czechNumber = (min = -MAX_AMOUNT, max = MAX_AMOUNT) =>
	z
		.preprocess(
			(v) => {
				const n = parseCzechNumber(v);
				if (n === null) return undefined;
				return n === undefined ? v : n;
			},
			z.number({
				error: (iss) => (iss.input === undefined ? 'Toto pole je povinné.' : NUMBER_HINT)
			})
		)
		.refine((n) => n >= min, `Hodnota musí být alespoň ${String(min).replace('.', ',')}.`)
		.refine((n) => n <= max, `Hodnota může být nejvýše ${String(max).replace('.', ',')}.`)
		.refine(hasAtMostTwoDecimals, 'Zadejte nejvýše dvě desetinná místa.');

/** Optional Czech number: blank → null. */
export const optionalCzechNumber = (min = -MAX_AMOUNT, max = MAX_AMOUNT) =>
	z.preprocess(
		(v) => (parseCzechNumber(v) === null ? null : v),
		z.union([z.null(), czechNumber(min, max)])
	) as unknown as z.ZodType<number | null, unknown>;

const YEAR_MESSAGE = `Zadejte rok mezi ${PLAN_YEAR_MIN} a ${PLAN_YEAR_MAX} (např. 2025).`;
/** A year of a plan period. */
export const year = () =>
	z.preprocess(
		(v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
		z
			.number({
				error: (iss) => (iss.input === undefined ? 'Toto pole je povinné.' : YEAR_MESSAGE)
			})
			.int(YEAR_MESSAGE)
			.min(PLAN_YEAR_MIN, YEAR_MESSAGE)
			.max(PLAN_YEAR_MAX, YEAR_MESSAGE)
	);
const optionalYear = () =>
	z.preprocess(blankToUndefined, year().optional()).transform((v) => v ?? null);

/** Optional text; null and blank → null (API clients and the import send null). */
const optText = (max = 5000) =>
	z.preprocess((v) => (v === null ? undefined : v), fields.optionalText(max));

const optionalUuid = () =>
	z.preprocess(blankToUndefined, fields.uuid().optional()).transform((v) => v ?? null);
const list = (v: unknown) =>
	v === undefined || v === null || v === ''
		? []
		: (Array.isArray(v) ? v : [v]).filter((x) => x !== '' && x !== null && x !== undefined);
const uuidList = () => z.preprocess(list, z.array(fields.uuid()).max(500));
const checkbox = () =>
	z
		.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true');
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(blankToUndefined, z.enum(values).optional()).transform((v) => v ?? null);

/** `YYYY-MM-DD` that is a real calendar date. */
export const isoDate = () =>
	z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Zadejte datum ve tvaru RRRR-MM-DD.')
		.refine(
			(v) =>
				!Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
				new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
			'Zadejte platné datum.'
		);

// ── plan ──

const planFields = {
	title: fields.text(300),
	periodFrom: year(),
	periodTo: year(),
	vision: optText(20000),
	principles: optText(20000),
	targetGroupIds: uuidList(),
	responsibleBodyId: optionalUuid(),
	rollupWeighting: z.preprocess(blankToUndefined, z.enum(ROLLUP_WEIGHTINGS).default('equal'))
};

function checkPeriod(
	v: { periodFrom: number; periodTo: number },
	ctx: z.core.$RefinementCtx<unknown>
): void {
	if (v.periodTo < v.periodFrom) {
		ctx.addIssue({
			code: 'custom',
			path: ['periodTo'],
			message: 'Konec období nemůže být dříve než jeho začátek.'
		});
	} else if (v.periodTo - v.periodFrom + 1 > PLAN_MAX_LENGTH_YEARS) {
		ctx.addIssue({
			code: 'custom',
			path: ['periodTo'],
			message: `Období plánu může mít nejvýše ${PLAN_MAX_LENGTH_YEARS} let.`
		});
	}
}

const KIND_MESSAGE = 'Vyberte druh plánu.';
export const planInput = z
	.object({
		areaId: z.preprocess(blankToUndefined, fields.uuid()),
		kind: z
			.string({ error: KIND_MESSAGE })
			.trim()
			.refine((k) => PLAN_KIND_CODES.includes(k), KIND_MESSAGE),
		...planFields
	})
	.superRefine(checkPeriod);
export type PlanInput = z.output<typeof planInput>;

/** Update of the plan's fields; the kind may also stay a stored kind that is no longer listed (checked by the service). */
export const planUpdateInput = z
	.object({
		kind: z.string({ error: KIND_MESSAGE }).trim().min(1, KIND_MESSAGE).max(50),
		...planFields,
		version: fields.version()
	})
	.superRefine(checkPeriod);
export type PlanUpdateInput = z.output<typeof planUpdateInput>;

// ── priorities ──

const PRIORITY_NUMBER = 'Číslo priority zadejte jako 1, 2, 3 (písmena a číslice, bez tečky).';
export const priorityInput = z.object({
	/** Blank = the next free number. */
	number: z
		.preprocess(
			blankToUndefined,
			z
				.string()
				.trim()
				.max(10)
				.regex(/^[0-9A-Za-z]+$/, PRIORITY_NUMBER)
				.optional()
		)
		.transform((v) => v ?? null),
	title: fields.text(500),
	description: optText(20000),
	/** null = cross-cutting priority. */
	targetGroupId: optionalUuid(),
	responsibleBodyId: optionalUuid()
});
export type PriorityInput = z.output<typeof priorityInput>;
export const priorityUpdateInput = priorityInput.extend({ version: fields.version() });

// ── measure parts ──

export const costLineInput = z.object({
	year: year(),
	source: z.enum(SOURCES, { error: 'Vyberte zdroj financování.' }),
	amount: czechNumber(0, MAX_AMOUNT)
});
export type CostLineInput = z.output<typeof costLineInput>;

export const indicatorTargetInput = z.object({ year: year(), target: czechNumber() });

export const indicatorInput = z
	.object({
		name: fields.text(300),
		unit: fields.text(50),
		baseline: optionalCzechNumber(),
		baselineYear: optionalYear(),
		direction: z.preprocess(blankToUndefined, z.enum(INDICATOR_DIRECTIONS).default('increase')),
		targets: z.preprocess((v) => v ?? [], z.array(indicatorTargetInput).max(50))
	})
	.superRefine((v, ctx) => {
		const seen = new Set<number>();
		v.targets.forEach((t, i) => {
			if (seen.has(t.year)) {
				ctx.addIssue({
					code: 'custom',
					path: ['targets', i, 'year'],
					message: `Cílová hodnota pro rok ${t.year} je zadaná dvakrát.`
				});
			}
			seen.add(t.year);
		});
		if (v.baseline !== null && v.baselineYear === null) {
			ctx.addIssue({
				code: 'custom',
				path: ['baselineYear'],
				message: 'Uveďte rok, ke kterému se výchozí hodnota vztahuje.'
			});
		}
	});
export type IndicatorInput = z.output<typeof indicatorInput>;
export const indicatorUpdateInput = indicatorInput.safeExtend({ version: fields.version() });

const ACTIVITY_NUMBER = 'Číslo aktivity zadejte jako 2.3.1.';
export const activityInput = z.object({
	/** Blank = the measure's number + the next free position. */
	number: z
		.preprocess(
			blankToUndefined,
			z
				.string()
				.trim()
				.max(20)
				.regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)+$/, ACTIVITY_NUMBER)
				.optional()
		)
		.transform((v) => v ?? null),
	title: fields.text(500),
	description: optText(5000),
	responsibleText: optText(500),
	dueYear: optionalYear()
});
export type ActivityInput = z.output<typeof activityInput>;
export const activityUpdateInput = activityInput.extend({ version: fields.version() });

// ── measures ──

export const CAPACITY_NEGATIVE_MESSAGE =
	'Záporná změna kapacity znamená snížení. Zaškrtněte „Jde o snížení kapacity“, nebo zadejte kladné číslo.';
const MEASURE_NUMBER = 'Číslo opatření zadejte jako 2.3 (číslo priority, tečka, pořadí).';

const measureFields = z.object({
	/** Blank = the priority's number + the next free position. */
	number: z
		.preprocess(
			blankToUndefined,
			z
				.string()
				.trim()
				.max(20)
				.regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)+$/, MEASURE_NUMBER)
				.optional()
		)
		.transform((v) => v ?? null),
	title: fields.text(500),
	description: optText(20000),
	rationale: optText(20000),
	responsibleOrganisationId: optionalUuid(),
	responsiblePersonId: optionalUuid(),
	responsibleText: optText(500),
	responsibleBodyId: optionalUuid(),
	partners: optText(2000),
	startYear: year(),
	endYear: year(),
	serviceKinds: z.preprocess(
		list,
		z
			.array(
				z
					.string()
					.trim()
					.refine((c) => SERVICE_KIND_CODES.includes(c), 'Neznámý druh sociální služby.')
			)
			.max(100)
	),
	targetGroupIds: uuidList(),
	municipalityCodes: z.preprocess(
		list,
		z
			.array(
				z
					.string()
					.trim()
					.regex(/^\d{6}$/, 'Kód obce má 6 číslic.')
			)
			.max(1000)
	),
	capacityChange: optionalCzechNumber(-1_000_000, 1_000_000),
	capacityUnit: optionalEnum(CAPACITY_UNITS),
	capacityDecrease: checkbox()
});

function checkMeasure(
	v: z.output<typeof measureFields>,
	ctx: z.core.$RefinementCtx<unknown>
): void {
	if (v.endYear < v.startYear) {
		ctx.addIssue({
			code: 'custom',
			path: ['endYear'],
			message: 'Rok ukončení nemůže být dříve než rok zahájení.'
		});
	}
	if (v.capacityChange !== null && v.capacityChange < 0 && !v.capacityDecrease) {
		ctx.addIssue({ code: 'custom', path: ['capacityChange'], message: CAPACITY_NEGATIVE_MESSAGE });
	}
	if (v.capacityChange !== null && v.capacityUnit === null) {
		ctx.addIssue({
			code: 'custom',
			path: ['capacityUnit'],
			message: 'Vyberte jednotku změny kapacity.'
		});
	}
	if (v.capacityChange === null && v.capacityUnit !== null) {
		ctx.addIssue({
			code: 'custom',
			path: ['capacityChange'],
			message: 'Zadejte změnu kapacity, nebo jednotku nechte prázdnou.'
		});
	}
	if (v.capacityChange === null && v.capacityDecrease) {
		ctx.addIssue({
			code: 'custom',
			path: ['capacityChange'],
			message: 'Zadejte, o kolik se kapacita sníží.'
		});
	}
}

/** Decrease flag + positive value = the value is the size of the decrease (stored negative). */
function normaliseCapacity<T extends { capacityChange: number | null; capacityDecrease: boolean }>(
	v: T
): T {
	if (v.capacityDecrease && v.capacityChange !== null && v.capacityChange > 0) {
		return { ...v, capacityChange: -v.capacityChange };
	}
	return v;
}

/** The measure's own fields (the edit form). */
export const measureFieldsInput = measureFields
	.superRefine(checkMeasure)
	.transform(normaliseCapacity);
export type MeasureFieldsInput = z.output<typeof measureFieldsInput>;
export const measureUpdateInput = measureFields
	.extend({ version: fields.version() })
	.superRefine(checkMeasure)
	.transform(normaliseCapacity);
export type MeasureUpdateInput = z.output<typeof measureUpdateInput>;

/** A whole measure with its planned costs, indicators (with targets) and activities (create, import). */
export const measureInput = measureFields
	.extend({
		costs: z.preprocess((v) => v ?? [], z.array(costLineInput).max(500)),
		indicators: z.preprocess((v) => v ?? [], z.array(indicatorInput).max(50)),
		activities: z.preprocess((v) => v ?? [], z.array(activityInput).max(100))
	})
	.superRefine((v, ctx) => {
		checkMeasure(v, ctx);
		const seen = new Set<string>();
		v.costs.forEach((c, i) => {
			const key = `${c.source}:${c.year}`;
			if (seen.has(key)) {
				ctx.addIssue({
					code: 'custom',
					path: ['costs', i, 'amount'],
					message: `Náklad ze stejného zdroje v roce ${c.year} je zadaný dvakrát.`
				});
			}
			seen.add(key);
		});
	})
	.transform(normaliseCapacity);
export type MeasureInput = z.output<typeof measureInput>;

/** Planned costs of a measure as a whole grid (replaces all planned lines). */
export const costGridInput = z.object({
	costs: z.array(costLineInput).max(500),
	version: fields.version()
});

const inRange = (y: number, from: number, to: number) => y >= from && y <= to;

/**
 * Rules that need the plan: the measure's years inside the plan period; costs, indicator targets
 * and activity deadlines inside the measure's years. Keys match the form fields
 * (`costs.<source>.<year>`, `indicators.<i>.targets.<year>`, `activities.<i>.dueYear`).
 */
export function measurePeriodErrors(
	m: {
		startYear: number;
		endYear: number;
		costs?: readonly { year: number; source: string; amount: number }[];
		indicators?: readonly { baselineYear: number | null; targets: readonly { year: number }[] }[];
		activities?: readonly { dueYear: number | null }[];
	},
	plan: { periodFrom: number; periodTo: number }
): FieldErrors {
	const errors: FieldErrors = {};
	const add = (key: string, message: string) => (errors[key] ??= []).push(message);
	const period = `${plan.periodFrom}–${plan.periodTo}`;
	if (!inRange(m.startYear, plan.periodFrom, plan.periodTo)) {
		add('startYear', `Opatření musí začít v období plánu (${period}).`);
	}
	if (!inRange(m.endYear, plan.periodFrom, plan.periodTo)) {
		add('endYear', `Opatření musí skončit v období plánu (${period}).`);
	}
	const measureYears = `${m.startYear}–${m.endYear}`;
	for (const c of m.costs ?? []) {
		if (!inRange(c.year, m.startYear, m.endYear)) {
			add(
				`costs.${c.source}.${c.year}`,
				`Náklad v roce ${c.year} je mimo dobu realizace opatření (${measureYears}).`
			);
		}
	}
	(m.indicators ?? []).forEach((ind, i) => {
		for (const t of ind.targets) {
			if (!inRange(t.year, plan.periodFrom, plan.periodTo)) {
				add(
					`indicators.${i}.targets.${t.year}`,
					`Cílová hodnota pro rok ${t.year} je mimo období plánu (${period}).`
				);
			}
		}
		if (ind.baselineYear !== null && ind.baselineYear > plan.periodTo) {
			add(
				`indicators.${i}.baselineYear`,
				`Výchozí hodnota se musí vztahovat k roku nejpozději ${plan.periodTo}.`
			);
		}
	});
	(m.activities ?? []).forEach((a, i) => {
		if (a.dueYear !== null && !inRange(a.dueYear, m.startYear, m.endYear)) {
			add(
				`activities.${i}.dueYear`,
				`Termín aktivity musí ležet v době realizace opatření (${measureYears}).`
			);
		}
	});
	return errors;
}

// ── lifecycle ──

export const statusChangeInput = z.object({
	to: z.enum(PLAN_STATUSES, { error: 'Vyberte nový stav plánu.' }),
	note: optText(2000),
	version: fields.version()
});
export type StatusChangeInput = z.output<typeof statusChangeInput>;

export const approvalInput = z.object({
	byLabel: fields.text(300),
	byBodyId: optionalUuid(),
	on: isoDate(),
	resolution: fields.text(100),
	note: optText(2000),
	version: fields.version()
});
export type ApprovalInput = z.output<typeof approvalInput>;

export const reorderInput = z.object({
	direction: z.enum(['up', 'down'], { error: 'Neplatný směr přesunu.' }),
	version: fields.version()
});

export const planListQuery = z.object({
	areaId: optionalUuid(),
	status: optionalEnum(PLAN_STATUSES),
	q: z
		.preprocess(blankToUndefined, z.string().trim().max(200).optional())
		.transform((v) => v ?? null),
	page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10000).default(1)),
	pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(20))
});
export type PlanListQuery = z.output<typeof planListQuery>;
