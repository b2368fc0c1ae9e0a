/**
 * Loading the whole plan as a `PlanTree` in a constant number of queries (one per table, no
 * N+1), and the public tree of the latest approved version with the live monitoring merged in.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import {
	areas,
	bodies,
	fullName,
	organisations,
	people,
	targetGroups
} from '#lib/modules/organisation/index.ts';
import {
	activities,
	indicators,
	indicatorTargets,
	indicatorValues,
	measureCosts,
	measureMonitoring,
	measures,
	planTargetGroups,
	plans,
	planVersions,
	priorities
} from './plan.schema.ts';
import {
	PUBLIC_PLAN_STATUSES,
	type CostLine,
	type MeasureNode,
	type MeasureYearStatus,
	type PlanStatus,
	type PlanTree,
	type PriorityNode
} from './plan.tree.ts';
import { authorizeViewPlan, findPlan, PLAN_NOT_FOUND } from './plan.access.server.ts';

export interface LoadTreeOptions {
	/** Include monitoring, indicator actuals and actual costs (false for version snapshots). */
	monitoring?: boolean;
	/** Names of responsible people only with their consent (public pages, snapshots). */
	publicNames?: boolean;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));
const HIDDEN_PERSON = 'odpovědná osoba';

function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
	const map = new Map<K, T[]>();
	for (const r of rows) {
		const k = key(r);
		const list = map.get(k);
		if (list) list.push(r);
		else map.set(k, [r]);
	}
	return map;
}

/** The live tree of a plan (no permission check: callers authorize). */
export async function loadPlanTree(
	planId: string,
	options: LoadTreeOptions = {},
	target: Db = db()
): Promise<PlanTree> {
	const withMonitoring = options.monitoring ?? true;
	const [head] = await target
		.select({
			plan: plans,
			area: { id: areas.id, name: areas.name, kind: areas.kind },
			bodyName: bodies.name
		})
		.from(plans)
		.innerJoin(areas, eq(areas.id, plans.areaId))
		.leftJoin(bodies, eq(bodies.id, plans.responsibleBodyId))
		.where(eq(plans.id, planId));
	if (!head) throw new NotFoundError(PLAN_NOT_FOUND);
	const measureBody = bodies;
	const [tgRows, allTargetGroups, prioRows, measureRows, actRows, costRows, indRows, targetRows] =
		await Promise.all([
			target
				.select({ id: targetGroups.id, name: targetGroups.name })
				.from(planTargetGroups)
				.innerJoin(targetGroups, eq(targetGroups.id, planTargetGroups.targetGroupId))
				.where(eq(planTargetGroups.planId, planId))
				.orderBy(asc(targetGroups.sort), asc(targetGroups.name)),
			target
				.select({ id: targetGroups.id, name: targetGroups.name, sort: targetGroups.sort })
				.from(targetGroups),
			target
				.select({
					p: priorities,
					bodyName: bodies.name
				})
				.from(priorities)
				.leftJoin(bodies, eq(bodies.id, priorities.responsibleBodyId))
				.where(eq(priorities.planId, planId))
				.orderBy(asc(priorities.sort), asc(priorities.number)),
			target
				.select({
					m: measures,
					orgName: organisations.name,
					person: {
						titlesBefore: people.titlesBefore,
						firstName: people.firstName,
						lastName: people.lastName,
						titlesAfter: people.titlesAfter,
						publishName: people.publishName,
						position: people.position
					},
					bodyName: measureBody.name
				})
				.from(measures)
				.leftJoin(organisations, eq(organisations.id, measures.responsibleOrganisationId))
				.leftJoin(people, eq(people.id, measures.responsiblePersonId))
				.leftJoin(measureBody, eq(measureBody.id, measures.responsibleBodyId))
				.where(eq(measures.planId, planId))
				.orderBy(asc(measures.sort), asc(measures.number)),
			target
				.select()
				.from(activities)
				.where(eq(activities.planId, planId))
				.orderBy(asc(activities.sort), asc(activities.number)),
			target
				.select({
					measureId: measureCosts.measureId,
					kind: measureCosts.kind,
					year: measureCosts.year,
					source: measureCosts.source,
					amount: measureCosts.amount
				})
				.from(measureCosts)
				.where(
					withMonitoring
						? eq(measureCosts.planId, planId)
						: and(eq(measureCosts.planId, planId), eq(measureCosts.kind, 'planned'))
				)
				.orderBy(asc(measureCosts.year), asc(measureCosts.source)),
			target
				.select()
				.from(indicators)
				.where(eq(indicators.planId, planId))
				.orderBy(asc(indicators.sort), asc(indicators.createdAt)),
			target
				.select({
					indicatorId: indicatorTargets.indicatorId,
					year: indicatorTargets.year,
					target: indicatorTargets.target
				})
				.from(indicatorTargets)
				.innerJoin(indicators, eq(indicators.id, indicatorTargets.indicatorId))
				.where(eq(indicators.planId, planId))
				.orderBy(asc(indicatorTargets.year))
		]);
	const [valueRows, monitoringRows] = withMonitoring
		? await Promise.all([
				target
					.select({
						indicatorId: indicatorValues.indicatorId,
						year: indicatorValues.year,
						actual: indicatorValues.actual,
						note: indicatorValues.note
					})
					.from(indicatorValues)
					.where(eq(indicatorValues.planId, planId))
					.orderBy(asc(indicatorValues.year)),
				target
					.select({
						measureId: measureMonitoring.measureId,
						year: measureMonitoring.year,
						status: measureMonitoring.status,
						progress: measureMonitoring.progress,
						comment: measureMonitoring.comment
					})
					.from(measureMonitoring)
					.where(eq(measureMonitoring.planId, planId))
					.orderBy(asc(measureMonitoring.year))
			])
		: [[], []];

	const tgById = new Map(allTargetGroups.map((t) => [t.id, t]));
	const actsBy = groupBy(actRows, (a) => a.measureId);
	const costsBy = groupBy(costRows, (c) => c.measureId);
	const indsBy = groupBy(indRows, (i) => i.measureId);
	const targetsBy = groupBy(targetRows, (t) => t.indicatorId);
	const valuesBy = groupBy(valueRows, (v) => v.indicatorId);
	const monBy = groupBy(monitoringRows, (m) => m.measureId);
	const measuresBy = groupBy(measureRows, (r) => r.m.priorityId);

	const toCost = (c: (typeof costRows)[number]): CostLine => ({
		year: c.year,
		source: c.source,
		amount: Number(c.amount)
	});

	const priorityNodes: PriorityNode[] = prioRows.map(({ p, bodyName }) => {
		const prioBody =
			p.responsibleBodyId && bodyName ? { id: p.responsibleBodyId, name: bodyName } : null;
		const ms: MeasureNode[] = (measuresBy.get(p.id) ?? []).map(
			({ m, orgName, person, bodyName: mb }) => {
				const costs = costsBy.get(m.id) ?? [];
				let personNode: MeasureNode['responsiblePerson'] = null;
				if (m.responsiblePersonId && person) {
					const name =
						options.publicNames && !person.publishName
							? person.position || HIDDEN_PERSON
							: fullName(person);
					personNode = { id: m.responsiblePersonId, name };
				}
				return {
					id: m.id,
					priorityId: p.id,
					number: m.number,
					title: m.title,
					description: m.description,
					rationale: m.rationale,
					responsibleOrganisation:
						m.responsibleOrganisationId && orgName
							? { id: m.responsibleOrganisationId, name: orgName }
							: null,
					responsiblePerson: personNode,
					responsibleText: m.responsibleText,
					responsibleBody:
						m.responsibleBodyId && mb ? { id: m.responsibleBodyId, name: mb } : prioBody,
					partners: m.partners,
					startYear: m.startYear,
					endYear: m.endYear,
					serviceKinds: m.serviceKinds,
					targetGroups: m.targetGroupIds
						.map((id) => tgById.get(id))
						.filter((t) => !!t)
						.sort((a, b) => a.sort - b.sort)
						.map((t) => ({ id: t.id, name: t.name })),
					municipalityCodes: m.municipalityCodes,
					capacityChange: num(m.capacityChange),
					capacityUnit: m.capacityUnit,
					capacityDecrease: m.capacityDecrease,
					costs: costs.filter((c) => c.kind === 'planned').map(toCost),
					actualCosts: costs.filter((c) => c.kind === 'actual').map(toCost),
					indicators: (indsBy.get(m.id) ?? []).map((i) => ({
						id: i.id,
						name: i.name,
						unit: i.unit,
						baseline: num(i.baseline),
						baselineYear: i.baselineYear,
						direction: i.direction,
						targets: (targetsBy.get(i.id) ?? []).map((t) => ({
							year: t.year,
							target: Number(t.target)
						})),
						actuals: (valuesBy.get(i.id) ?? []).map((v) => ({
							year: v.year,
							actual: Number(v.actual),
							note: v.note
						}))
					})),
					activities: (actsBy.get(m.id) ?? []).map((a) => ({
						id: a.id,
						number: a.number,
						title: a.title,
						description: a.description,
						responsibleText: a.responsibleText,
						dueYear: a.dueYear
					})),
					monitoring: (monBy.get(m.id) ?? []).map((s): MeasureYearStatus => ({
						year: s.year,
						status: s.status,
						progress: s.progress,
						comment: s.comment
					})),
					version: m.version
				};
			}
		);
		return {
			id: p.id,
			number: p.number,
			title: p.title,
			description: p.description,
			targetGroup: p.targetGroupId ? (tgById.get(p.targetGroupId) ?? null) : null,
			responsibleBody: prioBody,
			measures: ms,
			version: p.version
		};
	});
	for (const p of priorityNodes) {
		if (p.targetGroup) p.targetGroup = { id: p.targetGroup.id, name: p.targetGroup.name };
	}

	const plan = head.plan;
	return {
		id: plan.id,
		area: head.area,
		kind: plan.kind,
		title: plan.title,
		periodFrom: plan.periodFrom,
		periodTo: plan.periodTo,
		vision: plan.vision,
		principles: plan.principles,
		responsibleBody:
			plan.responsibleBodyId && head.bodyName
				? { id: plan.responsibleBodyId, name: head.bodyName }
				: null,
		targetGroups: tgRows,
		status: plan.status,
		approval: {
			byLabel: plan.approvedByLabel,
			byBodyId: plan.approvedByBodyId,
			on: plan.approvedOn,
			resolution: plan.approvalResolution,
			fileId: plan.approvalFileId
		},
		consultationId: plan.consultationId,
		rollupWeighting: plan.rollupWeighting,
		lastVersionNo: plan.lastVersionNo,
		priorities: priorityNodes,
		version: plan.version
	};
}

/**
 * The whole live tree including monitoring, indicator actuals and actual costs. Public statuses:
 * anyone (`plans.public.read`); otherwise `plans.read` (coordinator of the area, members of the
 * plan's responsible body or of a working group responsible for a priority or measure).
 */
export async function getPlanTree(actor: Actor, planId: string): Promise<PlanTree> {
	const plan = await findPlan(planId);
	await authorizeViewPlan(actor, plan);
	const canSeeNames = actor.kind === 'user' || actor.kind === 'system';
	return loadPlanTree(planId, { monitoring: true, publicNames: !canSeeNames });
}

/** The snapshot stored in `plans_versions` (tree without monitoring, names with consent only). */
export async function snapshotOf(tx: Db, planId: string): Promise<PlanTree> {
	return loadPlanTree(planId, { monitoring: false, publicNames: true }, tx);
}

/** Merge the live monitoring (by measure/indicator id) into a stored snapshot. */
export function mergeMonitoring(snapshot: PlanTree, live: PlanTree): PlanTree {
	const liveMeasures = new Map(
		live.priorities.flatMap((p) => p.measures).map((m) => [m.id, m] as const)
	);
	return {
		...snapshot,
		priorities: snapshot.priorities.map((p) => ({
			...p,
			measures: p.measures.map((m) => {
				const lm = liveMeasures.get(m.id);
				if (!lm) {
					return {
						...m,
						monitoring: [],
						actualCosts: [],
						indicators: m.indicators.map((i) => ({ ...i, actuals: [] }))
					};
				}
				const liveInd = new Map(lm.indicators.map((i) => [i.id, i] as const));
				return {
					...m,
					monitoring: lm.monitoring,
					actualCosts: lm.actualCosts,
					indicators: m.indicators.map((i) => ({ ...i, actuals: liveInd.get(i.id)?.actuals ?? [] }))
				};
			})
		}))
	};
}

/**
 * The public plan: the tree of the latest stored version whose status is public, with the live
 * monitoring merged in — a plan under update still shows its approved content. 404 when the
 * plan has never been approved.
 */
export async function getPublishedPlan(planId: string): Promise<PlanTree> {
	authorize({ kind: 'anonymous' }, 'plans.public.read');
	const plan = await findPlan(planId);
	const [version] = await db()
		.select({ snapshot: planVersions.snapshot, status: planVersions.status })
		.from(planVersions)
		.where(
			and(
				eq(planVersions.planId, planId),
				inArray(planVersions.status, PUBLIC_PLAN_STATUSES as PlanStatus[])
			)
		)
		.orderBy(desc(planVersions.versionNo))
		.limit(1);
	if (!version) throw new NotFoundError('Plán zatím nebyl schválen a zveřejněn.');
	const live = await loadPlanTree(plan.id, { monitoring: true, publicNames: true });
	const snapshot = version.snapshot as PlanTree;
	// The public status is the plan's current one when public, otherwise the version's.
	const status = PUBLIC_PLAN_STATUSES.includes(plan.status) ? plan.status : version.status;
	return { ...mergeMonitoring(snapshot, live), status };
}
