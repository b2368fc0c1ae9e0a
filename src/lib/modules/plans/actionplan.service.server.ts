/**
 * Annual action plans (akční plány): for one year of the plan, the measures (or their
 * activities) selected with that year's planned cost — by default the sum of the measure's
 * planned costs for the year — and planned capacity, notes and order; draft → approved (by
 * whom, when) → back to draft. `plans.manage` writes; reading needs `plans.read`, except an
 * approved action plan of a public plan, which anyone may read (principle "vše je veřejné").
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedDelete, auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import {
	ConflictError,
	NotFoundError,
	ValidationError,
	type FieldErrors
} from '#lib/platform/http/errors.ts';
import { fieldErrorsOf, parseInput } from '#lib/platform/http/validation.ts';
import { actionPlanItems, actionPlans } from './plan.schema.ts';
import {
	authorizeManagePlan,
	authorizeReadPlan,
	canManagePlan,
	canReadPlan,
	findPlan,
	isPublicStatus,
	type PlanRow
} from './plan.access.server.ts';
import { loadPlanTree } from './plan.tree.server.ts';
import {
	FUNDING_SOURCES,
	type CapacityUnit,
	type FundingSource,
	type PlanStatus,
	type PlanTree
} from './plan.tree.ts';
import {
	actionPlanApproveInput,
	actionPlanCreateInput,
	actionPlanUpdateInput,
	itemKey,
	versionInput
} from './actionplan.validation.ts';

export const ACTION_PLAN_ENTITY = 'plans.action-plan';
export const ACTION_PLAN_ITEM_ENTITY = 'plans.action-plan-item';

type ActionPlanRow = typeof actionPlans.$inferSelect;
type ItemRow = typeof actionPlanItems.$inferSelect;

const money = (n: number | null) => (n === null ? null : n.toFixed(2));
const num = (v: string | null) => (v === null ? null : Number(v));
const round2 = (n: number) => Math.round(n * 100) / 100;

// ── view models ──

export interface ActionPlanCandidate {
	key: string;
	measureId: string;
	activityId: string | null;
	priorityNumber: string;
	priorityTitle: string;
	number: string;
	title: string;
	responsible: string | null;
	years: string;
	/** Sum of the measure's planned costs for the year (activities: null). */
	defaultCost: number | null;
	/** Planned costs of the measure for the year by source. */
	costsBySource: { source: FundingSource; amount: number }[];
	capacityChange: number | null;
	capacityUnit: CapacityUnit | null;
}

export interface ActionPlanItemView extends ActionPlanCandidate {
	id: string;
	plannedCost: number | null;
	/** The cost shown: the stored one, or the default. */
	effectiveCost: number;
	plannedCapacity: number | null;
	note: string | null;
	sort: number;
}

export interface ActionPlanView {
	plan: {
		id: string;
		title: string;
		areaName: string;
		periodFrom: number;
		periodTo: number;
		status: PlanStatus;
	};
	actionPlan: {
		id: string;
		year: number;
		title: string;
		introduction: string | null;
		status: 'draft' | 'approved';
		approvedByLabel: string | null;
		approvedOn: string | null;
		version: number;
		updatedAt: string;
	};
	items: ActionPlanItemView[];
	/** Every measure and activity that may be selected for the year (edit form). */
	candidates: ActionPlanCandidate[];
	totals: { cost: number; bySource: { source: FundingSource; amount: number }[]; items: number };
	canManage: boolean;
}

export interface ActionPlanListView {
	plan: ActionPlanView['plan'];
	years: {
		year: number;
		actionPlan: {
			id: string;
			title: string;
			status: 'draft' | 'approved';
			approvedOn: string | null;
			items: number;
		} | null;
	}[];
	canManage: boolean;
}

function planHead(tree: PlanTree): ActionPlanView['plan'] {
	return {
		id: tree.id,
		title: tree.title,
		areaName: tree.area.name,
		periodFrom: tree.periodFrom,
		periodTo: tree.periodTo,
		status: tree.status
	};
}

/** Measures active in the year, and their activities due that year or without a deadline. */
export function candidatesOf(tree: PlanTree, year: number): ActionPlanCandidate[] {
	const out: ActionPlanCandidate[] = [];
	for (const p of tree.priorities) {
		for (const m of p.measures) {
			if (year < m.startYear || year > m.endYear) continue;
			const yearCosts = m.costs.filter((c) => c.year === year);
			const responsible =
				m.responsibleText ?? m.responsibleOrganisation?.name ?? m.responsiblePerson?.name ?? null;
			const base = {
				measureId: m.id,
				priorityNumber: p.number,
				priorityTitle: p.title,
				responsible,
				years: m.startYear === m.endYear ? String(m.startYear) : `${m.startYear}–${m.endYear}`,
				capacityChange: m.capacityChange,
				capacityUnit: m.capacityUnit
			};
			out.push({
				...base,
				key: itemKey(m.id, null),
				activityId: null,
				number: m.number,
				title: m.title,
				defaultCost: round2(yearCosts.reduce((s, c) => s + c.amount, 0)),
				costsBySource: yearCosts.map((c) => ({ source: c.source, amount: c.amount }))
			});
			for (const a of m.activities) {
				if (a.dueYear !== null && a.dueYear !== year) continue;
				out.push({
					...base,
					key: itemKey(m.id, a.id),
					activityId: a.id,
					number: a.number,
					title: a.title,
					responsible: a.responsibleText ?? responsible,
					defaultCost: null,
					costsBySource: [],
					capacityChange: null,
					capacityUnit: null
				});
			}
		}
	}
	return out;
}

function buildView(
	tree: PlanTree,
	ap: ActionPlanRow,
	rows: ItemRow[],
	canManage: boolean
): ActionPlanView {
	const candidates = candidatesOf(tree, ap.year);
	const byKey = new Map(candidates.map((c) => [c.key, c]));
	const items: ActionPlanItemView[] = [];
	for (const r of rows) {
		const c = byKey.get(itemKey(r.measureId, r.activityId));
		if (!c) continue; // the measure no longer runs in that year
		const plannedCost = num(r.plannedCost);
		items.push({
			...c,
			id: r.id,
			plannedCost,
			effectiveCost: plannedCost ?? c.defaultCost ?? 0,
			plannedCapacity: num(r.plannedCapacity),
			note: r.note,
			sort: r.sort
		});
	}
	items.sort((a, b) => a.sort - b.sort);
	const bySource = new Map<FundingSource, number>();
	for (const i of items) {
		if (i.activityId || i.plannedCost !== null) continue;
		for (const c of i.costsBySource) {
			bySource.set(c.source, (bySource.get(c.source) ?? 0) + c.amount);
		}
	}
	return {
		plan: planHead(tree),
		actionPlan: {
			id: ap.id,
			year: ap.year,
			title: ap.title,
			introduction: ap.introduction,
			status: ap.status,
			approvedByLabel: ap.approvedByLabel,
			approvedOn: ap.approvedOn,
			version: ap.version,
			updatedAt: ap.updatedAt.toISOString()
		},
		items,
		candidates,
		totals: {
			cost: round2(items.reduce((s, i) => s + i.effectiveCost, 0)),
			bySource: FUNDING_SOURCES.filter((s) => bySource.has(s)).map((source) => ({
				source,
				amount: round2(bySource.get(source)!)
			})),
			items: items.length
		},
		canManage
	};
}

// ── reads ──

async function findActionPlan(plan: PlanRow, year: number): Promise<ActionPlanRow> {
	if (!Number.isInteger(year)) throw new NotFoundError('Akční plán nebyl nalezen.');
	const [ap] = await db()
		.select()
		.from(actionPlans)
		.where(and(eq(actionPlans.planId, plan.id), eq(actionPlans.year, year)));
	if (!ap) throw new NotFoundError(`Akční plán na rok ${year} zatím není sestaven.`);
	return ap;
}

/** May the actor read this action plan? Approved ones of a public plan: everyone. */
async function authorizeReadActionPlan(actor: Actor, plan: PlanRow, ap: ActionPlanRow) {
	if (ap.status === 'approved' && isPublicStatus(plan.status)) return;
	await authorizeReadPlan(actor, plan);
}

/** Years of the plan with their action plans (`plans.read`). */
export async function listActionPlans(actor: Actor, planId: string): Promise<ActionPlanListView> {
	const plan = await findPlan(planId);
	await authorizeReadPlan(actor, plan);
	const [tree, rows] = await Promise.all([
		loadPlanTree(plan.id, { monitoring: false, publicNames: actor.kind !== 'user' }),
		db()
			.select({ ap: actionPlans, items: actionPlanItems.id })
			.from(actionPlans)
			.leftJoin(actionPlanItems, eq(actionPlanItems.actionPlanId, actionPlans.id))
			.where(eq(actionPlans.planId, plan.id))
	]);
	const byYear = new Map<number, { ap: ActionPlanRow; items: number }>();
	for (const r of rows) {
		const entry = byYear.get(r.ap.year) ?? { ap: r.ap, items: 0 };
		if (r.items) entry.items++;
		byYear.set(r.ap.year, entry);
	}
	const years: ActionPlanListView['years'] = [];
	for (let y = plan.periodFrom; y <= plan.periodTo; y++) {
		const e = byYear.get(y);
		years.push({
			year: y,
			actionPlan: e
				? {
						id: e.ap.id,
						title: e.ap.title,
						status: e.ap.status,
						approvedOn: e.ap.approvedOn,
						items: e.items
					}
				: null
		});
	}
	return { plan: planHead(tree), years, canManage: await canManagePlan(actor, plan) };
}

/** One year's action plan with its items and the selectable measures. */
export async function getActionPlan(
	actor: Actor,
	planId: string,
	year: number
): Promise<ActionPlanView> {
	const plan = await findPlan(planId);
	const ap = await findActionPlan(plan, year).catch(async (error) => {
		// Do not reveal to outsiders whether a draft exists.
		await authorizeReadPlan(actor, plan);
		throw error;
	});
	await authorizeReadActionPlan(actor, plan, ap);
	const readsAll = await canReadPlan(actor, plan);
	const [tree, rows] = await Promise.all([
		loadPlanTree(plan.id, { monitoring: false, publicNames: !readsAll }),
		db()
			.select()
			.from(actionPlanItems)
			.where(eq(actionPlanItems.actionPlanId, ap.id))
			.orderBy(asc(actionPlanItems.sort))
	]);
	return buildView(tree, ap, rows, await canManagePlan(actor, plan));
}

// ── writes ──

/** Create the action plan for a year, with every measure running that year pre-selected. */
export async function createActionPlan(
	actor: Actor,
	planId: string,
	input: unknown
): Promise<{ id: string; year: number }> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const data = parseInput(actionPlanCreateInput, input);
	if (data.year < plan.periodFrom || data.year > plan.periodTo) {
		throw new ValidationError({
			year: [`Rok ${data.year} je mimo období plánu ${plan.periodFrom}–${plan.periodTo}.`]
		});
	}
	if (plan.status === 'archived') {
		throw new ValidationError({ _form: ['Plán je archivovaný; akční plány už nelze zakládat.'] });
	}
	const tree = await loadPlanTree(plan.id, { monitoring: false });
	return db().transaction(async (tx) => {
		const [clash] = await tx
			.select({ id: actionPlans.id })
			.from(actionPlans)
			.where(and(eq(actionPlans.planId, plan.id), eq(actionPlans.year, data.year)));
		if (clash) {
			throw new ValidationError({ year: [`Akční plán na rok ${data.year} už existuje.`] });
		}
		const ap = await auditedInsert(
			tx,
			actor,
			actionPlans,
			ACTION_PLAN_ENTITY,
			{
				planId: plan.id,
				year: data.year,
				title: data.title ?? `Akční plán na rok ${data.year}`,
				introduction: data.introduction
			},
			{ areaId: plan.areaId }
		);
		const measuresOfYear = candidatesOf(tree, data.year).filter((c) => !c.activityId);
		for (const [i, c] of measuresOfYear.entries()) {
			await auditedInsert(
				tx,
				actor,
				actionPlanItems,
				ACTION_PLAN_ITEM_ENTITY,
				{
					actionPlanId: ap.id,
					measureId: c.measureId,
					activityId: null,
					plannedCost: null,
					plannedCapacity: money(c.capacityChange),
					sort: (i + 1) * 10
				},
				{ areaId: plan.areaId }
			);
		}
		return { id: ap.id, year: ap.year };
	});
}

async function lockedActionPlan(plan: PlanRow, year: number) {
	const ap = await findActionPlan(plan, year);
	return ap;
}

function assertDraft(ap: ActionPlanRow) {
	if (ap.status !== 'draft') {
		throw new ValidationError({
			_form: ['Akční plán je schválený. Chcete-li ho změnit, nejdřív ho vraťte do přípravy.']
		});
	}
}

/** Save the texts and the selection (items matched by measure/activity; audited per row). */
export async function updateActionPlan(
	actor: Actor,
	planId: string,
	year: number,
	input: unknown
): Promise<void> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const raw = (input ?? {}) as { items?: { key?: string }[] };
	const parsed = actionPlanUpdateInput.safeParse(input);
	if (!parsed.success) {
		// items.<i>.<field> → <field prefix>.<row key> (the form's inputs)
		const prefix: Record<string, string> = {
			plannedCost: 'cost',
			plannedCapacity: 'capacity',
			note: 'note',
			sort: 'sort',
			measureId: 'measure',
			activityId: 'measure'
		};
		const errors: FieldErrors = {};
		for (const [path, messages] of Object.entries(fieldErrorsOf(parsed.error))) {
			const m = /^items\.(\d+)\.(\w+)$/.exec(path);
			const key = m ? `${prefix[m[2]] ?? m[2]}.${raw.items?.[Number(m[1])]?.key ?? m[1]}` : path;
			(errors[key] ??= []).push(...messages);
		}
		throw new ValidationError(errors);
	}
	const data = parsed.data;
	const ap = await lockedActionPlan(plan, year);
	assertDraft(ap);
	const tree = await loadPlanTree(plan.id, { monitoring: false });
	const allowed = new Set(candidatesOf(tree, year).map((c) => c.key));
	const wanted = new Map<string, (typeof data.items)[number]>();
	for (const item of data.items) {
		const key = itemKey(item.measureId, item.activityId);
		if (!allowed.has(key)) {
			throw new ValidationError({
				_form: [`Vybrané opatření nebo aktivita v roce ${year} neprobíhá nebo do plánu nepatří.`]
			});
		}
		wanted.set(key, item);
	}
	await db().transaction(async (tx) => {
		await auditedUpdate(
			tx,
			actor,
			actionPlans,
			ACTION_PLAN_ENTITY,
			ap.id,
			{ title: data.title, introduction: data.introduction },
			{ expectedVersion: data.version, areaId: plan.areaId }
		);
		const existing = await tx
			.select()
			.from(actionPlanItems)
			.where(eq(actionPlanItems.actionPlanId, ap.id));
		const seen = new Set<string>();
		let next = 0;
		for (const row of existing) {
			const key = itemKey(row.measureId, row.activityId);
			const item = wanted.get(key);
			if (!item || seen.has(key)) {
				await auditedDelete(tx, actor, actionPlanItems, ACTION_PLAN_ITEM_ENTITY, row.id, {
					areaId: plan.areaId
				});
				continue;
			}
			seen.add(key);
			const values = {
				plannedCost: money(item.plannedCost),
				plannedCapacity: money(item.plannedCapacity),
				note: item.note,
				sort: item.sort ?? row.sort
			};
			next = Math.max(next, values.sort);
			const changed =
				num(row.plannedCost) !== item.plannedCost ||
				num(row.plannedCapacity) !== item.plannedCapacity ||
				row.note !== item.note ||
				row.sort !== values.sort;
			if (changed) {
				await auditedUpdate(tx, actor, actionPlanItems, ACTION_PLAN_ITEM_ENTITY, row.id, values, {
					areaId: plan.areaId
				});
			}
		}
		for (const [key, item] of wanted) {
			if (seen.has(key)) continue;
			next += 10;
			await auditedInsert(
				tx,
				actor,
				actionPlanItems,
				ACTION_PLAN_ITEM_ENTITY,
				{
					actionPlanId: ap.id,
					measureId: item.measureId,
					activityId: item.activityId,
					plannedCost: money(item.plannedCost),
					plannedCapacity: money(item.plannedCapacity),
					note: item.note,
					sort: item.sort ?? next
				},
				{ areaId: plan.areaId }
			);
		}
	});
}

/** Approve the action plan (who approved it and when). */
export async function approveActionPlan(
	actor: Actor,
	planId: string,
	year: number,
	input: unknown
): Promise<void> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const data = parseInput(actionPlanApproveInput, input);
	const ap = await lockedActionPlan(plan, year);
	assertDraft(ap);
	await db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			actionPlans,
			ACTION_PLAN_ENTITY,
			ap.id,
			{ status: 'approved', approvedByLabel: data.approvedByLabel, approvedOn: data.approvedOn },
			{ expectedVersion: data.version, areaId: plan.areaId }
		)
	);
}

/** Return an approved action plan to draft (the approval is cleared, history keeps it). */
export async function reopenActionPlan(
	actor: Actor,
	planId: string,
	year: number,
	input: unknown
): Promise<void> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const data = parseInput(versionInput, input);
	const ap = await lockedActionPlan(plan, year);
	if (ap.status !== 'approved') throw new ConflictError('Akční plán už je v přípravě.');
	await db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			actionPlans,
			ACTION_PLAN_ENTITY,
			ap.id,
			{ status: 'draft', approvedByLabel: null, approvedOn: null },
			{ expectedVersion: data.version, areaId: plan.areaId }
		)
	);
}

/** Delete a draft action plan with its items. */
export async function deleteActionPlan(
	actor: Actor,
	planId: string,
	year: number,
	input: unknown
): Promise<void> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const data = parseInput(versionInput, input);
	const ap = await lockedActionPlan(plan, year);
	assertDraft(ap);
	await db().transaction(async (tx) => {
		const items = await tx
			.select({ id: actionPlanItems.id })
			.from(actionPlanItems)
			.where(eq(actionPlanItems.actionPlanId, ap.id));
		for (const i of items) {
			await auditedDelete(tx, actor, actionPlanItems, ACTION_PLAN_ITEM_ENTITY, i.id, {
				areaId: plan.areaId
			});
		}
		await auditedDelete(tx, actor, actionPlans, ACTION_PLAN_ENTITY, ap.id, {
			expectedVersion: data.version,
			areaId: plan.areaId
		});
	});
}
