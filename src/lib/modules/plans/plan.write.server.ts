/**
 * Transaction-level writes of the plan structure, shared by the plan services and the XLSX
 * import. They validate with the zod schemas of `plan.validation.ts`, check the plan-dependent
 * rules (editable status, period, numbering, references) and audit every row. They assume the
 * caller has authorized `plans.manage` on the plan and runs them inside `db().transaction`.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedInsert, recordAudit } from '#lib/platform/audit/audit.server.ts';
import type { Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError, type FieldErrors } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import {
	areaLineage,
	areaMunicipalities,
	bodies,
	organisations,
	people,
	targetGroups
} from '#lib/modules/organisation/index.ts';
import {
	activities,
	indicators,
	indicatorTargets,
	measureCosts,
	measures,
	plans,
	priorities
} from './plan.schema.ts';
import { EDITABLE_PLAN_STATUSES, type PlanStatus } from './plan.tree.ts';
import {
	measureInput,
	measurePeriodErrors,
	priorityInput,
	type ActivityInput,
	type CostLineInput,
	type IndicatorInput,
	type MeasureFieldsInput
} from './plan.validation.ts';

export const ENTITY = {
	plan: 'plans.plan',
	priority: 'plans.priority',
	measure: 'plans.measure',
	activity: 'plans.activity',
	indicator: 'plans.indicator',
	version: 'plans.version'
} as const;

export type PlanRow = typeof plans.$inferSelect;
export type PriorityRow = typeof priorities.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;

export const NOT_EDITABLE_MESSAGE =
	'Plán je schválený nebo v připomínkování, jeho obsah teď nelze měnit. Chcete-li ho upravit, zvolte na stránce plánu „Zahájit aktualizaci plánu“ – vznikne nový návrh a schválená verze zůstane zveřejněná.';

/** Refuse structure edits outside `EDITABLE_PLAN_STATUSES`. */
export function assertEditable(plan: { status: PlanStatus }): void {
	if (!EDITABLE_PLAN_STATUSES.includes(plan.status)) {
		throw new ValidationError({ _form: [NOT_EDITABLE_MESSAGE] }, NOT_EDITABLE_MESSAGE);
	}
}

/** The plan row locked for the rest of the transaction. */
export async function lockPlan(tx: Db, planId: string): Promise<PlanRow> {
	const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
	if (!plan) throw new NotFoundError('Plán nebyl nalezen.');
	return plan;
}

const numeric = (n: number | null | undefined): string | null =>
	n === null || n === undefined ? null : n.toFixed(2);

/** Next free integer after the highest numeric part among `numbers` (with an optional prefix). */
export function nextNumber(numbers: readonly string[], prefix = ''): string {
	let max = 0;
	for (const n of numbers) {
		if (prefix && !n.startsWith(prefix)) continue;
		const rest = n.slice(prefix.length);
		const v = /^\d+$/.test(rest) ? Number(rest) : NaN;
		if (Number.isFinite(v) && v > max) max = v;
	}
	return `${prefix}${max + 1}`;
}

function fail(errors: FieldErrors): never {
	throw new ValidationError(errors);
}

/** Check that referenced records exist (and bodies/municipalities belong to the plan's area). */
export async function checkReferences(
	tx: Db,
	plan: PlanRow,
	refs: {
		targetGroupIds?: readonly string[];
		bodyIds?: Record<string, string | null>;
		organisationId?: string | null;
		personId?: string | null;
		municipalityCodes?: readonly string[];
	}
): Promise<void> {
	const errors: FieldErrors = {};
	const tgIds = [...new Set(refs.targetGroupIds ?? [])];
	if (tgIds.length) {
		const found = await tx
			.select({ id: targetGroups.id })
			.from(targetGroups)
			.where(inArray(targetGroups.id, tgIds));
		if (found.length !== tgIds.length) {
			errors.targetGroupIds = ['Vybraná cílová skupina neexistuje.'];
		}
	}
	const bodyEntries = Object.entries(refs.bodyIds ?? {}).filter(([, v]) => !!v) as [
		string,
		string
	][];
	if (bodyEntries.length) {
		const lineage = await areaLineage(plan.areaId, tx);
		const ids = [...new Set(bodyEntries.map(([, v]) => v))];
		const found = await tx
			.select({ id: bodies.id, areaId: bodies.areaId })
			.from(bodies)
			.where(inArray(bodies.id, ids));
		for (const [field, id] of bodyEntries) {
			const body = found.find((b) => b.id === id);
			if (!body || !lineage.includes(body.areaId)) {
				errors[field] = ['Vyberte skupinu z území plánu.'];
			}
		}
	}
	if (refs.organisationId) {
		const [o] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(eq(organisations.id, refs.organisationId));
		if (!o) errors.responsibleOrganisationId = ['Vybraná organizace neexistuje.'];
	}
	if (refs.personId) {
		const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, refs.personId));
		if (!p) errors.responsiblePersonId = ['Vybraná osoba neexistuje.'];
	}
	const codes = [...new Set(refs.municipalityCodes ?? [])];
	if (codes.length) {
		const found = await tx
			.select({ code: areaMunicipalities.code })
			.from(areaMunicipalities)
			.where(
				and(eq(areaMunicipalities.areaId, plan.areaId), inArray(areaMunicipalities.code, codes))
			);
		const known = new Set(found.map((f) => f.code));
		const unknown = codes.filter((c) => !known.has(c));
		if (unknown.length) {
			errors.municipalityCodes = [`Obce s kódem ${unknown.join(', ')} nepatří do území plánu.`];
		}
	}
	if (Object.keys(errors).length) fail(errors);
}

/** Create a priority of the plan (number blank = next free). */
export async function writePriority(
	tx: Db,
	actor: Actor,
	planId: string,
	input: unknown
): Promise<PriorityRow> {
	const data = parseInput(priorityInput, input);
	const plan = await lockPlan(tx, planId);
	assertEditable(plan);
	await checkReferences(tx, plan, {
		targetGroupIds: data.targetGroupId ? [data.targetGroupId] : [],
		bodyIds: { responsibleBodyId: data.responsibleBodyId }
	});
	const existing = await tx
		.select({ number: priorities.number, sort: priorities.sort })
		.from(priorities)
		.where(eq(priorities.planId, planId));
	const number = data.number ?? nextNumber(existing.map((p) => p.number));
	if (existing.some((p) => p.number === number)) {
		fail({ number: [`Priorita s číslem ${number} už v plánu je.`] });
	}
	const sort = existing.reduce((m, p) => Math.max(m, p.sort), 0) + 1;
	return auditedInsert(
		tx,
		actor,
		priorities,
		ENTITY.priority,
		{ ...data, number, planId, sort },
		{ areaId: plan.areaId }
	);
}

/** The measure row values of validated measure fields. */
export function measureValues(data: MeasureFieldsInput) {
	return {
		title: data.title,
		description: data.description,
		rationale: data.rationale,
		responsibleOrganisationId: data.responsibleOrganisationId,
		responsiblePersonId: data.responsiblePersonId,
		responsibleText: data.responsibleText,
		responsibleBodyId: data.responsibleBodyId,
		partners: data.partners,
		startYear: data.startYear,
		endYear: data.endYear,
		serviceKinds: [...new Set(data.serviceKinds)],
		targetGroupIds: [...new Set(data.targetGroupIds)],
		municipalityCodes: [...new Set(data.municipalityCodes)],
		capacityChange: numeric(data.capacityChange),
		capacityUnit: data.capacityUnit,
		capacityDecrease: data.capacityDecrease
	};
}

/** Reference checks of a measure's fields. */
export function measureReferences(data: MeasureFieldsInput) {
	return {
		targetGroupIds: data.targetGroupIds,
		bodyIds: { responsibleBodyId: data.responsibleBodyId },
		organisationId: data.responsibleOrganisationId,
		personId: data.responsiblePersonId,
		municipalityCodes: data.municipalityCodes
	};
}

/** Check a measure number against its priority and the plan's other measures. */
export async function checkMeasureNumber(
	tx: Db,
	planId: string,
	priorityNumber: string,
	number: string,
	exceptId?: string
): Promise<void> {
	if (!number.startsWith(`${priorityNumber}.`)) {
		fail({
			number: [
				`Číslo opatření musí začínat číslem priority (${priorityNumber}.), např. ${priorityNumber}.1.`
			]
		});
	}
	const [clash] = await tx
		.select({ id: measures.id })
		.from(measures)
		.where(and(eq(measures.planId, planId), eq(measures.number, number)));
	if (clash && clash.id !== exceptId) {
		fail({ number: [`Opatření s číslem ${number} už v plánu je.`] });
	}
}

/** Replace the planned costs of a measure; one history entry with the whole before/after grid. */
export async function replacePlannedCosts(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	measureId: string,
	costs: readonly CostLineInput[]
): Promise<void> {
	const before = await tx
		.select({ year: measureCosts.year, source: measureCosts.source, amount: measureCosts.amount })
		.from(measureCosts)
		.where(and(eq(measureCosts.measureId, measureId), eq(measureCosts.kind, 'planned')));
	const lines = costs.filter((c) => c.amount !== 0);
	const norm = (l: { year: number; source: string; amount: string | number }[]) =>
		l
			.map((c) => ({ year: c.year, source: c.source, amount: Number(c.amount) }))
			.sort((a, b) => a.year - b.year || a.source.localeCompare(b.source));
	const b = norm(before);
	const a = norm(lines);
	if (JSON.stringify(a) === JSON.stringify(b)) return;
	await tx
		.delete(measureCosts)
		.where(and(eq(measureCosts.measureId, measureId), eq(measureCosts.kind, 'planned')));
	if (lines.length) {
		await tx.insert(measureCosts).values(
			lines.map((c) => ({
				planId: plan.id,
				measureId,
				kind: 'planned' as const,
				year: c.year,
				source: c.source as (typeof measureCosts.$inferInsert)['source'],
				amount: c.amount.toFixed(2)
			}))
		);
	}
	await recordAudit(tx, actor, {
		entityType: ENTITY.measure,
		entityId: measureId,
		action: 'update',
		before: { plannedCosts: b },
		after: { plannedCosts: a },
		areaId: plan.areaId
	});
}

/** Create an indicator with its targets. */
export async function insertIndicator(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	measureId: string,
	ind: IndicatorInput,
	sort: number
): Promise<IndicatorRow> {
	const row = await auditedInsert(
		tx,
		actor,
		indicators,
		ENTITY.indicator,
		{
			planId: plan.id,
			measureId,
			name: ind.name,
			unit: ind.unit,
			baseline: numeric(ind.baseline),
			baselineYear: ind.baselineYear,
			direction: ind.direction,
			sort
		},
		{ areaId: plan.areaId }
	);
	await replaceTargets(tx, actor, plan, row.id, ind.targets, []);
	return row;
}

/** Replace the yearly targets of an indicator (audited on the indicator). */
export async function replaceTargets(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	indicatorId: string,
	targets: readonly { year: number; target: number }[],
	before: readonly { year: number; target: number }[]
): Promise<void> {
	const a = [...targets].sort((x, y) => x.year - y.year);
	const b = [...before].sort((x, y) => x.year - y.year);
	if (JSON.stringify(a) === JSON.stringify(b)) return;
	await tx.delete(indicatorTargets).where(eq(indicatorTargets.indicatorId, indicatorId));
	if (a.length) {
		await tx
			.insert(indicatorTargets)
			.values(a.map((t) => ({ indicatorId, year: t.year, target: t.target.toFixed(2) })));
	}
	await recordAudit(tx, actor, {
		entityType: ENTITY.indicator,
		entityId: indicatorId,
		action: 'update',
		before: { targets: b },
		after: { targets: a },
		areaId: plan.areaId
	});
}

/** Create an activity (number blank = measure number + next free position). */
export async function insertActivity(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	measure: Pick<MeasureRow, 'id' | 'number'>,
	act: ActivityInput,
	existingNumbers: string[],
	sort: number
): Promise<ActivityRow> {
	const number = act.number ?? nextNumber(existingNumbers, `${measure.number}.`);
	existingNumbers.push(number);
	return auditedInsert(
		tx,
		actor,
		activities,
		ENTITY.activity,
		{
			planId: plan.id,
			measureId: measure.id,
			number,
			sort,
			title: act.title,
			description: act.description,
			responsibleText: act.responsibleText,
			dueYear: act.dueYear
		},
		{ areaId: plan.areaId }
	);
}

/**
 * Create a measure under a priority with its planned costs, indicators (with targets) and
 * activities. Number blank = priority number + next free position.
 */
export async function writeMeasure(
	tx: Db,
	actor: Actor,
	planId: string,
	priorityId: string,
	input: unknown
): Promise<MeasureRow> {
	const data = parseInput(measureInput, input);
	const plan = await lockPlan(tx, planId);
	assertEditable(plan);
	const [priority] = await tx
		.select()
		.from(priorities)
		.where(and(eq(priorities.id, priorityId), eq(priorities.planId, planId)));
	if (!priority) throw new NotFoundError('Priorita nebyla nalezena.');
	const periodErrors = measurePeriodErrors(data, plan);
	if (Object.keys(periodErrors).length) fail(periodErrors);
	await checkReferences(tx, plan, measureReferences(data));
	const siblings = await tx
		.select({ number: measures.number, sort: measures.sort })
		.from(measures)
		.where(eq(measures.priorityId, priorityId));
	const number =
		data.number ??
		nextNumber(
			siblings.map((s) => s.number),
			`${priority.number}.`
		);
	await checkMeasureNumber(tx, planId, priority.number, number);
	const [{ maxSort }] = await tx
		.select({ maxSort: sql<number>`coalesce(max(${measures.sort}), 0)`.mapWith(Number) })
		.from(measures)
		.where(eq(measures.planId, planId));
	const row = await auditedInsert(
		tx,
		actor,
		measures,
		ENTITY.measure,
		{ ...measureValues(data), planId, priorityId, number, sort: maxSort + 1 },
		{ areaId: plan.areaId }
	);
	await replacePlannedCosts(tx, actor, plan, row.id, data.costs);
	for (const [i, ind] of data.indicators.entries()) {
		await insertIndicator(tx, actor, plan, row.id, ind, i + 1);
	}
	const numbers: string[] = [];
	for (const [i, act] of data.activities.entries()) {
		await insertActivity(tx, actor, plan, row, act, numbers, i + 1);
	}
	return row;
}
