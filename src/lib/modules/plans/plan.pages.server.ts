/**
 * View data of the plan pages, one call per page load: the tree with what the actor may do,
 * the options of the forms and the history. Permission checks happen here (and again in each
 * write use case).
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { can } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { findFile } from '#lib/platform/files/files.service.server.ts';
import type { AuditEntry } from '#lib/platform/audit/audit.server.ts';
import {
	areaLineage,
	areas,
	bodies,
	coordinatedAreas,
	listMunicipalities,
	listTargetGroups,
	organisationOptions,
	personOptions,
	SERVICE_KINDS_FOR_PLANS
} from './plan.deps.server.ts';
import { activities, indicators, measures, planTargetGroups, planVersions } from './plan.schema.ts';
import {
	EDITABLE_PLAN_STATUSES,
	type MeasureNode,
	type PlanTree,
	type PriorityNode
} from './plan.tree.ts';
import { PLAN_KINDS } from './plan.kinds.ts';
import { TRANSITIONS, UPDATE_FROM } from './plan.lifecycle.ts';
import {
	authorizeManagePlan,
	authorizeViewPlan,
	canManagePlan,
	canReadPlan,
	findPlan,
	type PlanRow
} from './plan.access.server.ts';
import { loadPlanTree } from './plan.tree.server.ts';
import { historyOf } from './plan.service.server.ts';
import type { PlanStatus } from './plan.tree.ts';

export interface Option {
	value: string;
	label: string;
}

export const kindOptions = (current?: string): Option[] => {
	const list = PLAN_KINDS.map((k) => ({ value: k.code, label: k.label }));
	if (current && !list.some((k) => k.value === current)) {
		list.push({ value: current, label: current });
	}
	return list;
};

/** Bodies of areas (with the area's name), sorted by area then name. */
async function bodiesOf(areaIds: readonly string[]) {
	if (!areaIds.length) return [];
	return db()
		.select({ id: bodies.id, name: bodies.name, areaName: areas.name })
		.from(bodies)
		.innerJoin(areas, eq(areas.id, bodies.areaId))
		.where(and(inArray(bodies.areaId, [...areaIds]), eq(bodies.isActive, true)))
		.orderBy(areas.name, bodies.name);
}

/** "Nový plán": areas the actor coordinates, their bodies, plan kinds. */
export async function newPlanForm(actor: Actor) {
	const areaList = (await coordinatedAreas(actor)).filter((a) =>
		can(actor, 'plans.manage', { areaIds: [a.id] })
	);
	return {
		areas: areaList.map((a) => ({ id: a.id, name: a.name })),
		bodies: await bodiesOf(areaList.map((a) => a.id)),
		kinds: kindOptions()
	};
}

async function viewablePlan(actor: Actor, planId: string): Promise<PlanRow> {
	const plan = await findPlan(planId);
	await authorizeViewPlan(actor, plan);
	return plan;
}

/** Overview: tree (live for readers), actions, versions count, approval file, history. */
export async function getPlanOverview(actor: Actor, planId: string) {
	const plan = await viewablePlan(actor, planId);
	const [canManage, canRead] = await Promise.all([
		canManagePlan(actor, plan),
		canReadPlan(actor, plan)
	]);
	const tree = await loadPlanTree(planId, { monitoring: true, publicNames: !canRead });
	const [[{ versions }], file, history, lineage] = await Promise.all([
		db().select({ versions: count() }).from(planVersions).where(eq(planVersions.planId, planId)),
		plan.approvalFileId ? findFile(plan.approvalFileId) : Promise.resolve(undefined),
		canRead ? historyOf([planId], 60) : Promise.resolve([] as AuditEntry[]),
		canManage ? areaLineage(plan.areaId) : Promise.resolve([] as string[])
	]);
	return {
		tree,
		canManage,
		canRead,
		editable: EDITABLE_PLAN_STATUSES.includes(plan.status),
		transitions: canManage ? [...TRANSITIONS[plan.status]] : ([] as PlanStatus[]),
		canStartUpdate: canManage && UPDATE_FROM.includes(plan.status),
		versions,
		approvalFile: file ? { id: file.id, filename: file.filename } : null,
		history,
		bodyOptions: canManage
			? (await bodiesOf(lineage)).map((b) => ({ value: b.id, label: b.name }))
			: []
	};
}

/** "Upravit plán": the plan's values and the options. */
export async function getPlanEditForm(actor: Actor, planId: string) {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const [lineage, tgRows, targetGroups] = await Promise.all([
		areaLineage(plan.areaId),
		db()
			.select({ id: planTargetGroups.targetGroupId })
			.from(planTargetGroups)
			.where(eq(planTargetGroups.planId, planId)),
		listTargetGroups()
	]);
	return {
		plan,
		targetGroupIds: tgRows.map((r) => r.id),
		editable: EDITABLE_PLAN_STATUSES.includes(plan.status),
		kinds: kindOptions(plan.kind),
		bodies: (await bodiesOf(lineage)).map((b) => ({ value: b.id, label: b.name })),
		targetGroups: targetGroups.map((t) => ({ value: t.id, label: t.name }))
	};
}

/** Structure editor: the tree (without monitoring) and the options of the priority form. */
export async function getStructurePage(actor: Actor, planId: string) {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const [tree, lineage, targetGroups] = await Promise.all([
		loadPlanTree(planId, { monitoring: false }),
		areaLineage(plan.areaId),
		listTargetGroups()
	]);
	return {
		tree,
		editable: EDITABLE_PLAN_STATUSES.includes(plan.status),
		bodies: (await bodiesOf(lineage)).map((b) => ({ value: b.id, label: b.name })),
		targetGroups: targetGroups.map((t) => ({ value: t.id, label: t.name }))
	};
}

/** Measure page: the measure with its priority, the plan's years, form options, history. */
export async function getMeasurePage(actor: Actor, planId: string, measureId: string) {
	const plan = await viewablePlan(actor, planId);
	const [canManage, canRead] = await Promise.all([
		canManagePlan(actor, plan),
		canReadPlan(actor, plan)
	]);
	const tree = await loadPlanTree(planId, { monitoring: true, publicNames: !canRead });
	let measure: MeasureNode | undefined;
	let priority: PriorityNode | undefined;
	for (const p of tree.priorities) {
		const found = p.measures.find((x) => x.id === measureId);
		if (found) {
			measure = found;
			priority = p;
		}
	}
	if (!measure || !priority) throw new NotFoundError('Opatření nebylo nalezeno.');
	const editable = canManage && EDITABLE_PLAN_STATUSES.includes(plan.status);
	const childIds = [
		measure.id,
		...measure.indicators.map((i) => i.id),
		...measure.activities.map((a) => a.id)
	];
	const [history, options, indVersions, actVersions, [own]] = await Promise.all([
		canRead ? historyOf(childIds, 100) : Promise.resolve([] as AuditEntry[]),
		editable ? measureOptions(actor, plan) : Promise.resolve(null),
		db()
			.select({ id: indicators.id, version: indicators.version })
			.from(indicators)
			.where(eq(indicators.measureId, measureId)),
		db()
			.select({ id: activities.id, version: activities.version })
			.from(activities)
			.where(eq(activities.measureId, measureId)),
		db()
			.select({ bodyId: measures.responsibleBodyId })
			.from(measures)
			.where(eq(measures.id, measureId))
	]);
	/** Versions of indicators and activities (optimistic locking of their edit forms). */
	const versions: Record<string, number> = Object.fromEntries(
		[...indVersions, ...actVersions].map((r) => [r.id, r.version])
	);
	return {
		tree,
		measure,
		priority,
		canManage,
		canRead,
		editable,
		history,
		options,
		versions,
		/** The measure's own working group (null = the priority's). */
		ownBodyId: own?.bodyId ?? null
	};
}

async function measureOptions(actor: Actor, plan: PlanRow) {
	const lineage = await areaLineage(plan.areaId);
	const [orgs, people, bodyRows, targetGroups, municipalities] = await Promise.all([
		organisationOptions(actor).catch(() => []),
		personOptions(actor, plan.areaId).catch(() => []),
		bodiesOf(lineage),
		listTargetGroups(),
		listMunicipalities(plan.areaId)
	]);
	return {
		organisations: orgs.map((o) => ({
			value: o.id,
			label: o.ico ? `${o.name} (IČO ${o.ico})` : o.name
		})),
		people: people.map((p) => ({
			value: p.id,
			label: p.position ? `${p.name} – ${p.position}` : p.name
		})),
		bodies: bodyRows.map((b) => ({ value: b.id, label: b.name })),
		targetGroups: targetGroups.map((t) => ({ value: t.id, label: t.name })),
		municipalities: municipalities
			.filter((x) => !!x.code)
			.map((x) => ({ value: x.code as string, label: x.name })),
		serviceKinds: SERVICE_KINDS_FOR_PLANS()
	};
}

export type PlanOverview = Awaited<ReturnType<typeof getPlanOverview>>;
export type MeasurePage = Awaited<ReturnType<typeof getMeasurePage>>;
export type { PlanTree };
