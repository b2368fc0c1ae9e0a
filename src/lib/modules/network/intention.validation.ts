/**
 * Input of calls (výzvy) and development intentions (rozvojové záměry): zod schemas with Czech
 * messages shared by the pages and the REST API, and the mapping of the flat HTML forms (fixed rows
 * per form, funding source and evidence line, so the forms work without JavaScript) to that input.
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { SERVICE_KIND_CODES } from '#lib/modules/catalogue/index.ts';
import { czechNumber, optionalCzechNumber, FUNDING_SOURCES } from '#lib/modules/plans/index.ts';
import {
	CHANGE_TYPES,
	DECISION_OUTCOMES,
	EVIDENCE_KINDS,
	INTENTION_TYPES,
	STATEMENT_VERDICTS
} from './intention.schema.ts';

export const FORMS = ['amb', 'pob', 'ter'] as const;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** Fixed evidence and criterion rows of the HTML forms. */
export const EVIDENCE_ROWS = 3;
export const CRITERION_ROWS = 5;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const blankToNull = (v: unknown) =>
	v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v;

const YEAR_MESSAGE = `Zadejte rok mezi ${YEAR_MIN} a ${YEAR_MAX} (např. 2025).`;
const yearField = () =>
	z.preprocess(
		(v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
		z
			.number({ error: (i) => (i.input === undefined ? 'Toto pole je povinné.' : YEAR_MESSAGE) })
			.int(YEAR_MESSAGE)
			.min(YEAR_MIN, YEAR_MESSAGE)
			.max(YEAR_MAX, YEAR_MESSAGE)
	);
const DATE_MESSAGE = 'Zadejte datum ve tvaru RRRR-MM-DD (např. 2025-01-01).';
const dateField = () =>
	z.preprocess(
		blankToUndefined,
		z.iso.date({ error: (i) => (i.input === undefined ? 'Toto pole je povinné.' : DATE_MESSAGE) })
	);
/** Optional text: null, blank or missing → null (the API may send null). */
const optText = (max: number) =>
	z.preprocess((v) => (v === null ? undefined : v), fields.optionalText(max));
const optionalUuid = () => z.preprocess(blankToNull, z.uuid().nullable());
const kindCode = () =>
	z.enum(SERVICE_KIND_CODES as unknown as [string, ...string[]], {
		error: 'Vyberte druh služby z nabídky.'
	});

// ── calls ──

export const callInput = z
	.object({
		regionAreaId: z.uuid({ error: 'Vyberte kraj.' }),
		year: yearField(),
		title: fields.text(300),
		opensOn: dateField(),
		closesOn: dateField(),
		eligibleKinds: z.array(kindCode()).max(60).default([]),
		eligibleNeeds: optText(5000),
		rulesText: optText(20000),
		measureIds: z.array(z.uuid()).max(100).default([]),
		criteria: z
			.array(
				z.object({
					name: fields.text(300),
					maxScore: z.coerce
						.number({ error: 'Zadejte celé číslo.' })
						.int('Zadejte celé číslo.')
						.min(1)
						.max(1000)
				})
			)
			.max(30)
			.default([])
	})
	.superRefine((v, ctx) => {
		if (v.opensOn && v.closesOn && v.closesOn < v.opensOn) {
			ctx.addIssue({
				code: 'custom',
				path: ['closesOn'],
				message: 'Konec příjmu záměrů nesmí být dříve než jeho začátek.'
			});
		}
	});
export type CallInput = z.output<typeof callInput>;

const asArray = (v: unknown): string[] =>
	v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

/** Flat call form (`eligibleKinds`/`measureIds` repeated, `criterion_name_N`/`criterion_max_N`) → input. */
export function callFormToInput(values: Record<string, unknown>): Record<string, unknown> {
	const criteria: { name: string; maxScore: string }[] = [];
	for (let i = 0; i < CRITERION_ROWS; i++) {
		const name = String(values[`criterion_name_${i}`] ?? '').trim();
		const max = String(values[`criterion_max_${i}`] ?? '').trim();
		if (name || max) criteria.push({ name, maxScore: max });
	}
	return {
		regionAreaId: values.regionAreaId,
		year: values.year,
		title: values.title ?? '',
		opensOn: values.opensOn,
		closesOn: values.closesOn,
		eligibleKinds: asArray(values.eligibleKinds),
		eligibleNeeds: values.eligibleNeeds ?? '',
		rulesText: values.rulesText ?? '',
		measureIds: asArray(values.measureIds),
		criteria
	};
}

/** Field errors of nested criteria (`criteria.0.name`) → the flat form fields (`criterion_name_0`). */
export function callErrorsToForm(errors: Record<string, string[]>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [key, list] of Object.entries(errors)) {
		const m = /^criteria\.(\d+)\.(name|maxScore)$/.exec(key);
		const target = m ? `criterion_${m[2] === 'name' ? 'name' : 'max'}_${m[1]}` : key;
		(out[target] ??= []).push(...list);
	}
	return out;
}

// ── intentions ──

const capacityLine = z.object({
	form: z.enum(FORMS, { error: 'Vyberte formu služby.' }),
	delta: czechNumber(-100000, 100000)
});
const fundingLine = z.object({
	source: z.enum(FUNDING_SOURCES as unknown as [string, ...string[]], {
		error: 'Vyberte zdroj financování.'
	}),
	amount: czechNumber(0, 10_000_000_000)
});
const evidenceLine = z.object({
	kind: z.enum(EVIDENCE_KINDS, { error: 'Vyberte druh doložení potřebnosti.' }),
	description: fields.text(2000),
	link: optText(1000),
	count: z.preprocess(
		blankToNull,
		z.coerce.number({ error: 'Zadejte celé číslo.' }).int('Zadejte celé číslo.').min(0).nullable()
	)
});

export const intentionInput = z
	.object({
		type: z.enum(INTENTION_TYPES, { error: 'Vyberte typ záměru.' }),
		callId: optionalUuid(),
		regionAreaId: optionalUuid(),
		organisationId: z.uuid({ error: 'Vyberte předkládající organizaci.' }),
		serviceId: optionalUuid(),
		plannedName: optText(300),
		kindCode: z.preprocess(blankToNull, kindCode().nullable()),
		changeType: z.enum(CHANGE_TYPES, { error: 'Vyberte druh změny.' }),
		startDate: dateField(),
		costEstimate: optionalCzechNumber(0, 10_000_000_000),
		territoryText: optText(1000),
		justification: fields.text(10000),
		measureId: optionalUuid(),
		capacity: z.array(capacityLine).max(3).default([]),
		funding: z.array(fundingLine).max(20).default([]),
		evidence: z.array(evidenceLine).max(20).default([])
	})
	.superRefine((v, ctx) => {
		const issue = (path: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message });
		if (!v.serviceId) {
			if (!v.plannedName) issue('plannedName', 'U nové služby zadejte její název.');
			if (!v.kindCode) issue('kindCode', 'U nové služby vyberte druh služby.');
		}
		if (v.changeType === 'new_service' && v.serviceId) {
			issue('changeType', 'Nová služba nemůže být služba, která už je v katalogu.');
		}
		if (v.changeType !== 'new_service' && !v.serviceId && v.type !== 'C') {
			issue('serviceId', 'U změny existující služby vyberte službu z katalogu.');
		}
		if (v.type !== 'C' && !v.measureId) {
			issue('measureId', 'Vyberte opatření plánu, o které se záměr opírá.');
		}
		if (v.type === 'A' && !v.callId) {
			issue('callId', 'Záměr typu A odpovídá výzvě: vyberte výzvu.');
		}
		if (!v.callId && !v.regionAreaId) issue('regionAreaId', 'Vyberte kraj.');
		const forms = new Set<string>();
		for (const [i, line] of v.capacity.entries()) {
			if (forms.has(line.form)) {
				ctx.addIssue({
					code: 'custom',
					path: ['capacity', i, 'form'],
					message: 'Každou formu uveďte jen jednou.'
				});
			}
			forms.add(line.form);
			if (v.changeType === 'decrease' && line.delta > 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['capacity', i, 'delta'],
					message: 'Při snížení kapacity zadejte zápornou změnu (např. −2).'
				});
			}
			if (v.changeType !== 'decrease' && line.delta < 0) {
				ctx.addIssue({
					code: 'custom',
					path: ['capacity', i, 'delta'],
					message: 'Zápornou změnu lze zadat jen u snížení kapacity.'
				});
			}
		}
		const changes = v.capacity.filter((c) => c.delta !== 0);
		if (v.type !== 'C' && changes.length === 0) {
			issue('capacity', 'Zadejte změnu kapacity alespoň u jedné formy.');
		}
	});
export type IntentionInput = z.output<typeof intentionInput>;

/**
 * Flat intention form → input: `cap_amb|cap_pob|cap_ter` (blank = no change),
 * `fund_<source>` (blank = none), `ev_kind_N`/`ev_desc_N`/`ev_link_N`/`ev_count_N`.
 */
export function intentionFormToInput(values: Record<string, unknown>): Record<string, unknown> {
	const str = (k: string) => String(values[k] ?? '').trim();
	const capacity = FORMS.filter((f) => str(`cap_${f}`) !== '').map((form) => ({
		form,
		delta: str(`cap_${form}`)
	}));
	const funding = FUNDING_SOURCES.filter((s) => str(`fund_${s}`) !== '').map((source) => ({
		source,
		amount: str(`fund_${source}`)
	}));
	const evidence: Record<string, unknown>[] = [];
	for (let i = 0; i < EVIDENCE_ROWS; i++) {
		const description = str(`ev_desc_${i}`);
		const link = str(`ev_link_${i}`);
		const count = str(`ev_count_${i}`);
		if (!description && !link && !count) continue;
		// `row` (the form row) is stripped by the schema; it maps errors back to the right row.
		evidence.push({ kind: str(`ev_kind_${i}`), description, link, count, row: i });
	}
	return {
		type: str('type'),
		callId: str('callId'),
		regionAreaId: str('regionAreaId'),
		organisationId: str('organisationId'),
		serviceId: str('serviceId'),
		plannedName: str('plannedName'),
		kindCode: str('kindCode'),
		changeType: str('changeType'),
		startDate: str('startDate'),
		costEstimate: str('costEstimate'),
		territoryText: str('territoryText'),
		justification: str('justification'),
		measureId: str('measureId'),
		capacity,
		funding,
		evidence
	};
}

/** Nested errors (`capacity.0.delta`, `funding.1.amount`, `evidence.0.description`) → flat form names. */
export function intentionErrorsToForm(
	errors: Record<string, string[]>,
	input: Record<string, unknown>
): Record<string, string[]> {
	const capacity = (input.capacity ?? []) as { form: string }[];
	const funding = (input.funding ?? []) as { source: string }[];
	const evidenceRows = ((input.evidence ?? []) as { row?: number }[]).map((e, i) => e.row ?? i);
	const out: Record<string, string[]> = {};
	for (const [key, list] of Object.entries(errors)) {
		let target = key;
		const cap = /^capacity\.(\d+)\.\w+$/.exec(key);
		const fund = /^funding\.(\d+)\.\w+$/.exec(key);
		const ev = /^evidence\.(\d+)\.(\w+)$/.exec(key);
		if (cap) target = `cap_${capacity[Number(cap[1])]?.form ?? 'amb'}`;
		else if (key === 'capacity') target = 'cap_pob';
		else if (fund) target = `fund_${funding[Number(fund[1])]?.source ?? 'other'}`;
		else if (ev) {
			const names: Record<string, string> = {
				kind: 'ev_kind',
				description: 'ev_desc',
				link: 'ev_link',
				count: 'ev_count'
			};
			target = `${names[ev[2]] ?? 'ev_desc'}_${evidenceRows[Number(ev[1])] ?? 0}`;
		}
		(out[target] ??= []).push(...list);
	}
	return out;
}

// ── statement, decision ──

export const statementInput = z.object({
	verdict: z.enum(STATEMENT_VERDICTS, { error: 'Vyberte stanovisko.' }),
	reasons: fields.text(10000),
	meetingId: optionalUuid(),
	resolutionText: optText(2000),
	version: fields.version()
});
export type StatementInput = z.output<typeof statementInput>;

export const decisionInput = z
	.object({
		outcome: z.enum(DECISION_OUTCOMES, { error: 'Vyberte rozhodnutí.' }),
		categoryCode: z.preprocess(blankToNull, z.string().trim().max(50).nullable()),
		fromYear: z.preprocess(blankToNull, yearField().nullable()),
		capacity: z.array(capacityLine).max(3).default([]),
		scores: z
			.array(
				z.object({
					criterionId: z.uuid(),
					score: z.coerce.number({ error: 'Zadejte celé číslo.' }).int('Zadejte celé číslo.').min(0)
				})
			)
			.max(30)
			.default([]),
		decisionRef: z.preprocess(
			(v) => (v === undefined || v === null ? '' : v),
			z
				.string()
				.trim()
				.min(1, 'Zadejte číslo usnesení nebo rozhodnutí (např. 0456/R12/23).')
				.max(300)
		),
		decidedOn: dateField(),
		note: optText(5000),
		version: fields.version()
	})
	.superRefine((v, ctx) => {
		if (v.outcome === 'approved') {
			if (!v.categoryCode) {
				ctx.addIssue({
					code: 'custom',
					path: ['categoryCode'],
					message: 'Vyberte kategorii sítě, do které se záměr zařazuje.'
				});
			}
			if (!v.fromYear) {
				ctx.addIssue({
					code: 'custom',
					path: ['fromYear'],
					message: 'Zadejte rok, od kterého je služba v síti.'
				});
			}
		}
	});
export type DecisionInput = z.output<typeof decisionInput>;

/** Flat decision form (`cap_<form>`, `score_<criterionId>`) → input. */
export function decisionFormToInput(values: Record<string, unknown>): Record<string, unknown> {
	const str = (k: string) => String(values[k] ?? '').trim();
	return {
		outcome: str('outcome'),
		categoryCode: str('categoryCode'),
		fromYear: str('fromYear'),
		capacity: FORMS.filter((f) => str(`cap_${f}`) !== '').map((form) => ({
			form,
			delta: str(`cap_${form}`)
		})),
		scores: Object.keys(values)
			.filter((k) => k.startsWith('score_') && str(k) !== '')
			.map((k) => ({ criterionId: k.slice(6), score: str(k) })),
		decisionRef: str('decisionRef'),
		decidedOn: str('decidedOn'),
		note: str('note'),
		version: str('version')
	};
}

export function decisionErrorsToForm(
	errors: Record<string, string[]>,
	input: Record<string, unknown>
): Record<string, string[]> {
	const capacity = (input.capacity ?? []) as { form: string }[];
	const scores = (input.scores ?? []) as { criterionId: string }[];
	const out: Record<string, string[]> = {};
	for (const [key, list] of Object.entries(errors)) {
		const cap = /^capacity\.(\d+)\.\w+$/.exec(key);
		const sc = /^scores\.(\d+)\.\w+$/.exec(key);
		const target = cap
			? `cap_${capacity[Number(cap[1])]?.form ?? 'pob'}`
			: sc
				? `score_${scores[Number(sc[1])]?.criterionId ?? ''}`
				: key;
		(out[target] ??= []).push(...list);
	}
	return out;
}
