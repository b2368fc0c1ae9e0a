/**
 * Calls for development intentions (výzvy): a kraj coordinator opens a call for a network year
 * with a submission window, eligible kinds and needs, linked plan measures, rules and evaluation
 * criteria with maximum scores. Signed-in users read calls (providers answer them).
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { auditedInsert, recordAudit } from '#lib/platform/audit/audit.server.ts';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { areas, areaScope, isUuid } from '#lib/modules/organisation/index.ts';
import { measures, plans } from '#lib/modules/plans/index.ts';
import { networkCallCriteria, networkCallMeasures, networkCalls } from './intention.schema.ts';
import { callInput } from './intention.validation.ts';
import './intention.permissions.ts';

export const CALL_ENTITY = 'network.call';
export const CALL_NOT_FOUND = 'Výzva nebyla nalezena.';
export const CALLS_PAGE_SIZE = 25;

export type CallRow = typeof networkCalls.$inferSelect;
export type CallState = 'upcoming' | 'open' | 'closed';

export function callState(
	call: Pick<CallRow, 'opensOn' | 'closesOn'>,
	today = pragueDay()
): CallState {
	if (today < call.opensOn) return 'upcoming';
	if (today > call.closesOn) return 'closed';
	return 'open';
}

export interface CallListItem {
	id: string;
	title: string;
	year: number;
	regionAreaId: string;
	regionName: string;
	opensOn: string;
	closesOn: string;
	state: CallState;
	intentionCount: number;
}

export interface CallDetail extends CallListItem {
	eligibleKinds: string[];
	eligibleNeeds: string | null;
	rulesText: string | null;
	version: number;
	measures: { id: string; number: string; title: string; planId: string; planTitle: string }[];
	criteria: { id: string; name: string; maxScore: number }[];
	canManage: boolean;
}

/** Kraj areas where the actor may open calls (kraj coordinator; admin: all kraje). */
export async function callRegionOptions(actor: Actor): Promise<{ id: string; name: string }[]> {
	const rows = await db()
		.select({ id: areas.id, name: areas.name })
		.from(areas)
		.where(eq(areas.kind, 'kraj'))
		.orderBy(asc(areas.name));
	const out: { id: string; name: string }[] = [];
	for (const r of rows) {
		if (can(actor, 'network.calls.manage', await areaScope(r.id))) out.push(r);
	}
	return out;
}

/** Measures of approved / in-force plans in the region (for linking and for intentions). */
export async function measureOptionsOfRegion(
	regionAreaId: string,
	target: Db = db()
): Promise<{ id: string; number: string; title: string; planId: string; planTitle: string }[]> {
	const rows = await queryRows<Record<string, string>>(
		target,
		sql`
		with recursive down(id) as (
			select id from organisation_areas where id = ${regionAreaId}
			union all select a.id from organisation_areas a join down on a.parent_id = down.id
		)
		select m.id, m.number, m.title, p.id as plan_id, p.title as plan_title
		from plans_measures m join plans_plans p on p.id = m.plan_id
		where p.area_id in (select id from down) and p.status in ('approved', 'in_force')
		order by p.title, m.sort, m.number`
	);
	return rows.map((r) => ({
		id: r.id,
		number: r.number,
		title: r.title,
		planId: r.plan_id,
		planTitle: r.plan_title
	}));
}

async function assertKraj(regionAreaId: string, target: Db): Promise<void> {
	const [area] = await target
		.select({ kind: areas.kind })
		.from(areas)
		.where(eq(areas.id, regionAreaId));
	if (!area || area.kind !== 'kraj') {
		throw new ValidationError({ regionAreaId: ['Výzvu vyhlašuje kraj: vyberte kraj.'] });
	}
}

/** Open a call (kraj coordinator). */
export async function createCall(actor: Actor, raw: unknown): Promise<CallRow> {
	if (actor.kind === 'anonymous') authorize(actor, 'network.calls.manage');
	const input = parseInput(callInput, raw);
	await assertKraj(input.regionAreaId, db());
	authorize(actor, 'network.calls.manage', await areaScope(input.regionAreaId));
	const allowed = new Set((await measureOptionsOfRegion(input.regionAreaId)).map((m) => m.id));
	const foreign = input.measureIds.filter((id) => !allowed.has(id));
	if (foreign.length) {
		throw new ValidationError({
			measureIds: ['Vyberte opatření schválených nebo platných plánů z území kraje.']
		});
	}
	return db().transaction(async (tx) => {
		const call = await auditedInsert(
			tx,
			actor,
			networkCalls,
			CALL_ENTITY,
			{
				regionAreaId: input.regionAreaId,
				year: input.year,
				title: input.title,
				opensOn: input.opensOn,
				closesOn: input.closesOn,
				eligibleKinds: [...new Set(input.eligibleKinds)],
				eligibleNeeds: input.eligibleNeeds,
				rulesText: input.rulesText,
				createdById: actor.kind === 'user' ? actor.userId : null
			},
			{ areaId: input.regionAreaId }
		);
		const measureIds = [...new Set(input.measureIds)];
		if (measureIds.length) {
			await tx
				.insert(networkCallMeasures)
				.values(measureIds.map((measureId) => ({ callId: call.id, measureId })));
		}
		if (input.criteria.length) {
			await tx
				.insert(networkCallCriteria)
				.values(input.criteria.map((c, sort) => ({ callId: call.id, sort, ...c })));
		}
		await recordAudit(tx, actor, {
			entityType: CALL_ENTITY,
			entityId: call.id,
			action: 'update',
			after: { measureIds, criteria: input.criteria },
			areaId: input.regionAreaId
		});
		return call;
	});
}

export async function findCall(callId: string, target: Db = db()): Promise<CallRow> {
	if (!isUuid(callId)) throw new NotFoundError(CALL_NOT_FOUND);
	const [row] = await target.select().from(networkCalls).where(eq(networkCalls.id, callId));
	if (!row) throw new NotFoundError(CALL_NOT_FOUND);
	return row;
}

/** Calls, newest year first (any signed-in user), optionally of one region; paginated. */
export async function listCalls(
	actor: Actor,
	options: { regionAreaId?: string; openOnly?: boolean; page?: number; pageSize?: number } = {}
): Promise<{ rows: CallListItem[]; total: number }> {
	authorize(actor, 'network.calls.read');
	const today = pragueDay();
	const pageSize = options.pageSize ?? CALLS_PAGE_SIZE;
	const page = Math.max(1, options.page ?? 1);
	const where = and(
		options.regionAreaId ? eq(networkCalls.regionAreaId, options.regionAreaId) : undefined,
		options.openOnly
			? and(sql`${networkCalls.opensOn} <= ${today}`, sql`${networkCalls.closesOn} >= ${today}`)
			: undefined
	);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({
				call: networkCalls,
				regionName: areas.name,
				intentionCount: sql<number>`(select count(*)::int from network_intentions i where i.call_id = ${networkCalls.id})`
			})
			.from(networkCalls)
			.innerJoin(areas, eq(areas.id, networkCalls.regionAreaId))
			.where(where)
			.orderBy(desc(networkCalls.year), desc(networkCalls.opensOn))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(networkCalls).where(where)
	]);
	return {
		rows: rows.map((r) => ({
			id: r.call.id,
			title: r.call.title,
			year: r.call.year,
			regionAreaId: r.call.regionAreaId,
			regionName: r.regionName,
			opensOn: r.call.opensOn,
			closesOn: r.call.closesOn,
			state: callState(r.call, today),
			intentionCount: Number(r.intentionCount)
		})),
		total: n
	};
}

/** One call with its measures and criteria. */
export async function getCall(actor: Actor, callId: string): Promise<CallDetail> {
	authorize(actor, 'network.calls.read');
	const call = await findCall(callId);
	const [[region], linked, criteria, [{ n }]] = await Promise.all([
		db().select({ name: areas.name }).from(areas).where(eq(areas.id, call.regionAreaId)),
		db()
			.select({
				id: measures.id,
				number: measures.number,
				title: measures.title,
				planId: plans.id,
				planTitle: plans.title
			})
			.from(networkCallMeasures)
			.innerJoin(measures, eq(measures.id, networkCallMeasures.measureId))
			.innerJoin(plans, eq(plans.id, measures.planId))
			.where(eq(networkCallMeasures.callId, call.id))
			.orderBy(asc(plans.title), asc(measures.sort)),
		db()
			.select({
				id: networkCallCriteria.id,
				name: networkCallCriteria.name,
				maxScore: networkCallCriteria.maxScore
			})
			.from(networkCallCriteria)
			.where(eq(networkCallCriteria.callId, call.id))
			.orderBy(asc(networkCallCriteria.sort)),
		db()
			.select({ n: count() })
			.from(sql`network_intentions`)
			.where(sql`call_id = ${call.id}`)
	]);
	return {
		id: call.id,
		title: call.title,
		year: call.year,
		regionAreaId: call.regionAreaId,
		regionName: region?.name ?? '',
		opensOn: call.opensOn,
		closesOn: call.closesOn,
		state: callState(call),
		intentionCount: n,
		eligibleKinds: call.eligibleKinds,
		eligibleNeeds: call.eligibleNeeds,
		rulesText: call.rulesText,
		version: call.version,
		measures: linked,
		criteria,
		canManage: can(actor, 'network.calls.manage', await areaScope(call.regionAreaId))
	};
}

/** Criteria of calls (for scoring). */
export async function criteriaOfCall(
	callId: string,
	target: Db = db()
): Promise<{ id: string; name: string; maxScore: number }[]> {
	return target
		.select({
			id: networkCallCriteria.id,
			name: networkCallCriteria.name,
			maxScore: networkCallCriteria.maxScore
		})
		.from(networkCallCriteria)
		.where(eq(networkCallCriteria.callId, callId))
		.orderBy(asc(networkCallCriteria.sort));
}

/** Measure ids linked to calls (for the intentions form's hints). */
export async function measureIdsOfCalls(callIds: string[]): Promise<Map<string, string[]>> {
	const out = new Map<string, string[]>();
	if (!callIds.length) return out;
	const rows = await db()
		.select()
		.from(networkCallMeasures)
		.where(inArray(networkCallMeasures.callId, callIds));
	for (const r of rows) out.set(r.callId, [...(out.get(r.callId) ?? []), r.measureId]);
	return out;
}
