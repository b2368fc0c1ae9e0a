/**
 * Development intentions (rozvojové záměry): submit (provider for its organisation, coordinator
 * for a municipality), statement of consistency with the community plan (coordinator of the area
 * whose plan holds the measure), evaluation with the call's criteria and the region's decision
 * (approved into a network category → `applyApprovedIntention` in the same transaction /
 * postponed to the reservoir / rejected). Each step queues e-mails to the submitter and the next
 * actor. Every step is one transaction: nothing is half-written.
 */
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can, isAdmin, type ResourceScope } from '#lib/platform/access/can.ts';
import { roleAssignments } from '#lib/platform/access/access.schema.ts';
import { auditedInsert, auditedUpdate, listHistory } from '#lib/platform/audit/audit.server.ts';
import type { AuditEntry } from '#lib/platform/audit/audit.presenter.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { queueMail } from '#lib/platform/mail/mail.server.ts';
import { env } from '#lib/platform/config/env.server.ts';
import {
	areaLineage,
	areas,
	areaScope,
	isUuid,
	organisations
} from '#lib/modules/organisation/index.ts';
import { providers, serviceKindLabel, services } from '#lib/modules/catalogue/index.ts';
import { measures, plans } from '#lib/modules/plans/index.ts';
import { meetings } from '#lib/modules/meetings/index.ts';
import { bodies } from '#lib/modules/organisation/index.ts';
import {
	networkCalls,
	networkIntentionCapacities,
	networkIntentionDecisions,
	networkIntentionEvidence,
	networkIntentionFunding,
	networkIntentions,
	networkIntentionScores,
	networkIntentionStatements,
	type IntentionStatus
} from './intention.schema.ts';
import {
	decisionInput,
	intentionInput,
	statementInput,
	type IntentionInput
} from './intention.validation.ts';
import {
	callState,
	criteriaOfCall,
	findCall,
	measureOptionsOfRegion
} from './call.service.server.ts';
import { unitOfForm, type ServiceFormCode } from './network.contract.ts';
import { networkEntries } from './network.schema.ts';
import {
	applyApprovedIntention,
	currentNetworkCapacity,
	listNetworkCategories
} from './network.contract.server.ts';
import './intention.permissions.ts';

export const INTENTION_ENTITY = 'network.intention';
export const STATEMENT_ENTITY = 'network.intention-statement';
export const DECISION_ENTITY = 'network.intention-decision';
export const INTENTION_NOT_FOUND = 'Rozvojový záměr nebyl nalezen.';
export const INTENTIONS_PAGE_SIZE = 25;

export type IntentionRow = typeof networkIntentions.$inferSelect;

/** Plan statuses whose measures an intention may rely on. */
const RELIABLE_PLAN_STATUSES = ['approved', 'in_force', 'evaluated'] as const;

const num = (v: string | number | null | undefined) =>
	v === null || v === undefined ? null : Number(v);

export async function findIntention(id: string, target: Db = db()): Promise<IntentionRow> {
	if (!isUuid(id)) throw new NotFoundError(INTENTION_NOT_FOUND);
	const [row] = await target.select().from(networkIntentions).where(eq(networkIntentions.id, id));
	if (!row) throw new NotFoundError(INTENTION_NOT_FOUND);
	return row;
}

/** Scope of reading an intention: its organisation, the plan's area and the region. */
async function readScopes(row: IntentionRow): Promise<ResourceScope[]> {
	const scopes: ResourceScope[] = [
		{ organisationId: row.organisationId },
		await areaScope(row.regionAreaId)
	];
	if (row.planAreaId) scopes.push(await areaScope(row.planAreaId));
	return scopes;
}

async function canRead(actor: Actor, row: IntentionRow): Promise<boolean> {
	if (actor.kind !== 'user') return actor.kind === 'system';
	if (row.submittedById && row.submittedById === actor.userId) return true;
	for (const scope of await readScopes(row)) {
		if (can(actor, 'network.intentions.read', scope)) return true;
	}
	return false;
}

// ── notifications ──

/** E-mails of the coordinators granted exactly this area (the next actor of a step). */
async function coordinatorEmails(tx: Db, areaId: string): Promise<string[]> {
	const rows = await tx
		.selectDistinct({ email: users.email })
		.from(roleAssignments)
		.innerJoin(users, eq(users.id, roleAssignments.userId))
		.where(and(eq(roleAssignments.role, 'coordinator'), eq(roleAssignments.areaId, areaId)));
	return rows.map((r) => r.email);
}

function intentionUrl(id: string): string {
	const base = env().PUBLIC_URL ?? `http://localhost:${env().PORT}`;
	return `${base.replace(/\/$/, '')}/zamery/${id}`;
}

async function notify(
	tx: Db,
	to: Iterable<string | null | undefined>,
	kind: string,
	subject: string,
	text: string
): Promise<void> {
	for (const address of new Set([...to].filter((a): a is string => !!a))) {
		await queueMail(tx, { to: address, subject, text, kind: `network.intentions.${kind}` });
	}
}

// ── submit ──

export interface SubmitFormView {
	organisations: { id: string; name: string }[];
	services: { id: string; name: string; kindCode: string | null; organisationId: string }[];
	calls: { id: string; title: string; year: number; regionAreaId: string; regionName: string }[];
	regions: { id: string; name: string }[];
	measures: { id: string; label: string; planTitle: string }[];
}

/** Organisations the actor may submit for: own provider organisations; municipalities of own areas. */
async function submitterOrganisations(actor: Actor): Promise<{ id: string; name: string }[]> {
	if (actor.kind !== 'user') return [];
	if (isAdmin(actor)) {
		return db()
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(inArray(organisations.type, ['obec', 'poskytovatel', 'nno']))
			.orderBy(asc(organisations.name))
			.limit(500);
	}
	const orgIds = actor.grants
		.filter((g) => g.role === 'provider' && g.organisationId)
		.map((g) => g.organisationId!);
	const areaIds = actor.grants
		.filter((g) => g.role === 'coordinator' && g.areaId)
		.map((g) => g.areaId!);
	const parts: SQL[] = [];
	if (orgIds.length) parts.push(inArray(organisations.id, orgIds));
	if (areaIds.length) {
		parts.push(
			and(
				eq(organisations.type, 'obec'),
				sql`${organisations.areaId} in (with recursive down(id) as (
					select id from organisation_areas where id in (${sql.join(
						areaIds.map((a) => sql`${a}`),
						sql`, `
					)})
					union all select a.id from organisation_areas a join down on a.parent_id = down.id
				) select id from down)`
			)!
		);
	}
	if (!parts.length) return [];
	return db()
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(or(...parts))
		.orderBy(asc(organisations.name))
		.limit(500);
}

/** Options of the submit form (403 when the actor may submit for no organisation). */
export async function getSubmitForm(actor: Actor): Promise<SubmitFormView> {
	if (actor.kind !== 'user') authorize(actor, 'network.intentions.submit');
	const orgs = await submitterOrganisations(actor);
	if (!orgs.length) throw new ForbiddenError('Nemůžete předkládat záměry za žádnou organizaci.');
	const today = pragueDay();
	const [serviceRows, callRows, regionRows] = await Promise.all([
		db()
			.select({
				id: services.id,
				name: services.name,
				kindCode: services.kindCode,
				organisationId: providers.organisationId
			})
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(
				and(
					inArray(
						providers.organisationId,
						orgs.map((o) => o.id)
					),
					eq(services.status, 'active')
				)
			)
			.orderBy(asc(services.name))
			.limit(500),
		db()
			.select({
				id: networkCalls.id,
				title: networkCalls.title,
				year: networkCalls.year,
				regionAreaId: networkCalls.regionAreaId,
				regionName: areas.name
			})
			.from(networkCalls)
			.innerJoin(areas, eq(areas.id, networkCalls.regionAreaId))
			.where(
				and(sql`${networkCalls.opensOn} <= ${today}`, sql`${networkCalls.closesOn} >= ${today}`)
			)
			.orderBy(desc(networkCalls.year)),
		db()
			.select({ id: areas.id, name: areas.name })
			.from(areas)
			.where(eq(areas.kind, 'kraj'))
			.orderBy(asc(areas.name))
	]);
	const measureRows = (
		await Promise.all(regionRows.map((r) => measureOptionsOfRegion(r.id)))
	).flat();
	return {
		organisations: orgs,
		services: serviceRows.map((s) => ({ ...s, organisationId: s.organisationId ?? '' })),
		calls: callRows,
		regions: regionRows,
		measures: measureRows.map((m) => ({
			id: m.id,
			label: `${m.number} ${m.title}`,
			planTitle: m.planTitle
		}))
	};
}

/** The measure with its plan, checked against the intention's start year (Czech messages). */
async function reliedMeasure(
	tx: Db,
	measureId: string,
	regionAreaId: string,
	startYear: number
): Promise<{ measureId: string; planId: string; planAreaId: string }> {
	const [row] = await tx
		.select({
			id: measures.id,
			number: measures.number,
			planId: plans.id,
			planTitle: plans.title,
			planAreaId: plans.areaId,
			periodTo: plans.periodTo,
			status: plans.status
		})
		.from(measures)
		.innerJoin(plans, eq(plans.id, measures.planId))
		.where(eq(measures.id, measureId));
	if (!row) throw new ValidationError({ measureId: ['Vybrané opatření neexistuje.'] });
	if (row.status === 'archived' || row.periodTo < startYear) {
		throw new ValidationError({
			measureId: [
				`Opatření ${row.number} patří k plánu „${row.planTitle}“, jehož období skončilo v roce ${row.periodTo} (nebo je archivovaný). Záměr s počátkem v roce ${startYear} se o něj nemůže opírat; vyberte opatření platného plánu.`
			]
		});
	}
	if (!(RELIABLE_PLAN_STATUSES as readonly string[]).includes(row.status)) {
		throw new ValidationError({
			measureId: [
				`Plán „${row.planTitle}“ ještě není schválený. Záměr se může opírat jen o opatření schváleného nebo platného plánu.`
			]
		});
	}
	const lineage = await areaLineage(row.planAreaId, tx);
	if (!lineage.includes(regionAreaId)) {
		throw new ValidationError({
			measureId: ['Opatření patří k plánu území mimo kraj, jehož síť záměr mění.']
		});
	}
	return { measureId: row.id, planId: row.planId, planAreaId: row.planAreaId };
}

async function nextReference(tx: Db, year: number): Promise<string> {
	const [{ n }] = await tx
		.select({ n: count() })
		.from(networkIntentions)
		.where(eq(networkIntentions.year, year));
	return `RZ-${year}-${String(n + 1).padStart(4, '0')}`;
}

/** Submit a development intention (one transaction with its lines, evidence and notifications). */
export async function submitIntention(actor: Actor, raw: unknown): Promise<IntentionRow> {
	if (actor.kind === 'anonymous') authorize(actor, 'network.intentions.submit');
	const input: IntentionInput = parseInput(intentionInput, raw);
	const [org] = await db()
		.select()
		.from(organisations)
		.where(eq(organisations.id, input.organisationId));
	if (!org) throw new ValidationError({ organisationId: ['Vybraná organizace neexistuje.'] });
	// A provider acts for its organisation; a coordinator for a municipality of their area.
	const scope: ResourceScope = {
		organisationId: org.id,
		areaIds: org.type === 'obec' && org.areaId ? await areaLineage(org.areaId) : []
	};
	authorize(actor, 'network.intentions.submit', scope);

	const today = pragueDay();
	const startYear = Number(input.startDate.slice(0, 4));
	let regionAreaId = input.regionAreaId;
	let year = startYear;
	if (input.callId) {
		const call = await findCall(input.callId).catch(() => null);
		if (!call) throw new ValidationError({ callId: ['Vybraná výzva neexistuje.'] });
		if (callState(call, today) !== 'open') {
			throw new ValidationError({
				callId: [
					`Výzva „${call.title}“ přijímá záměry od ${czDate(call.opensOn)} do ${czDate(call.closesOn)}; nyní záměr předložit nelze.`
				]
			});
		}
		regionAreaId = call.regionAreaId;
		year = call.year;
		if (startYear > year) {
			throw new ValidationError({
				startDate: [`Výzva je na rok ${year}; zahájení nemůže být až v roce ${startYear}.`]
			});
		}
		const kind = input.kindCode;
		if (call.eligibleKinds.length && kind && !call.eligibleKinds.includes(kind)) {
			throw new ValidationError({
				kindCode: [
					`Výzva je určena jen pro druhy: ${call.eligibleKinds.map(serviceKindLabel).join(', ')}.`
				]
			});
		}
	}
	const [region] = await db()
		.select({ id: areas.id, kind: areas.kind, name: areas.name })
		.from(areas)
		.where(eq(areas.id, regionAreaId!));
	if (!region || region.kind !== 'kraj') {
		throw new ValidationError({ regionAreaId: ['Vyberte kraj, jehož síť záměr mění.'] });
	}

	let kindCode = input.kindCode;
	if (input.serviceId) {
		const [service] = await db()
			.select({
				id: services.id,
				kindCode: services.kindCode,
				organisationId: providers.organisationId
			})
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(eq(services.id, input.serviceId));
		if (!service || service.organisationId !== org.id) {
			throw new ValidationError({
				serviceId: ['Vyberte službu, kterou předkládající organizace poskytuje.']
			});
		}
		kindCode = service.kindCode ?? kindCode;
	}
	if (!kindCode) throw new ValidationError({ kindCode: ['Vyberte druh služby.'] });
	if (input.callId) {
		const call = await findCall(input.callId);
		if (call.eligibleKinds.length && !call.eligibleKinds.includes(kindCode)) {
			throw new ValidationError({
				serviceId: [
					`Výzva je určena jen pro druhy: ${call.eligibleKinds.map(serviceKindLabel).join(', ')}.`
				]
			});
		}
	}

	// Decrease: not more than the current network capacity of the service in that form.
	if (input.changeType === 'decrease' && input.serviceId) {
		const current = await currentNetworkCapacity(input.serviceId, region.id, year);
		for (const line of input.capacity) {
			const have = current.find((c) => c.form === line.form)?.amount ?? 0;
			if (-line.delta > have) {
				throw new ValidationError({
					[`cap_${line.form}`]: [
						`Snížení o ${czNumber(-line.delta)} ${unitWord(line.form)} je větší než současná kapacita služby v síti (${czNumber(have)}).`
					]
				});
			}
		}
	}

	return db().transaction(async (tx) => {
		const relied = input.measureId
			? await reliedMeasure(tx, input.measureId, region.id, startYear)
			: null;
		const row = await auditedInsert(
			tx,
			actor,
			networkIntentions,
			INTENTION_ENTITY,
			{
				reference: await nextReference(tx, year),
				callId: input.callId,
				type: input.type,
				regionAreaId: region.id,
				organisationId: org.id,
				submittedById: actor.kind === 'user' ? actor.userId : null,
				submitterEmail: actor.kind === 'user' ? actor.email : null,
				serviceId: input.serviceId,
				plannedName: input.serviceId ? null : input.plannedName,
				kindCode,
				changeType: input.changeType,
				year,
				startDate: input.startDate,
				costEstimate: input.costEstimate === null ? null : String(input.costEstimate),
				territoryText: input.territoryText,
				justification: input.justification,
				measureId: relied?.measureId ?? null,
				planId: relied?.planId ?? null,
				planAreaId: relied?.planAreaId ?? null,
				status: 'submitted'
			},
			{ areaId: region.id }
		);
		await writeLines(tx, row.id, input);
		const subject = `Rozvojový záměr ${row.reference} byl předložen`;
		const text = `Dobrý den,\n\nrozvojový záměr ${row.reference} (${row.plannedName ?? serviceKindLabel(kindCode)}) organizace ${org.name} byl předložen.\n\n${intentionUrl(row.id)}\n`;
		const next = relied
			? await coordinatorEmails(tx, relied.planAreaId)
			: await coordinatorEmails(tx, region.id);
		await notify(tx, [row.submitterEmail], 'submitted', subject, text);
		await notify(
			tx,
			next,
			'to-state',
			relied ? `Rozvojový záměr ${row.reference} čeká na stanovisko k souladu s plánem` : subject,
			text
		);
		return row;
	});
}

async function writeLines(tx: Db, intentionId: string, input: IntentionInput): Promise<void> {
	const capacity = input.capacity.filter((c) => c.delta !== 0);
	if (capacity.length) {
		await tx.insert(networkIntentionCapacities).values(
			capacity.map((c) => ({
				intentionId,
				form: c.form,
				unit: unitOfForm(c.form as ServiceFormCode),
				delta: String(c.delta)
			}))
		);
	}
	if (input.funding.length) {
		await tx
			.insert(networkIntentionFunding)
			.values(
				input.funding.map((f) => ({ intentionId, source: f.source, amount: String(f.amount) }))
			);
	}
	if (input.evidence.length) {
		await tx.insert(networkIntentionEvidence).values(
			input.evidence.map((e) => ({
				intentionId,
				kind: e.kind,
				description: e.description,
				link: e.link,
				count: e.count
			}))
		);
	}
}

const czDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d}. ${m}. ${y}`;
};
const czNumber = (n: number) => String(n).replace('.', ',');
const unitWord = (form: string) => (form === 'pob' ? 'lůžek' : 'úvazků');

// ── list ──

export interface IntentionListItem {
	id: string;
	reference: string;
	type: string;
	status: IntentionStatus;
	year: number;
	name: string;
	kindCode: string;
	kindLabel: string;
	changeType: string;
	organisationName: string;
	regionName: string;
	measureLabel: string | null;
	createdAt: string;
}

/**
 * Intentions the actor may see, newest first: admin all; kraj/area coordinator those of the
 * region and those relying on plans of their areas; provider those of own organisations.
 */
export async function listIntentions(
	actor: Actor,
	options: { status?: IntentionStatus; year?: number; page?: number; pageSize?: number } = {}
): Promise<{ rows: IntentionListItem[]; total: number }> {
	authorize(actor, 'network.calls.read');
	if (actor.kind !== 'user') return { rows: [], total: 0 };
	const pageSize = options.pageSize ?? INTENTIONS_PAGE_SIZE;
	const page = Math.max(1, options.page ?? 1);
	const parts: SQL[] = [];
	if (!isAdmin(actor)) {
		const orgIds = actor.grants
			.filter((g) => g.role === 'provider' && g.organisationId)
			.map((g) => g.organisationId!);
		const areaIds = actor.grants
			.filter((g) => g.role === 'coordinator' && g.areaId)
			.map((g) => g.areaId!);
		const visible: SQL[] = [eq(networkIntentions.submittedById, actor.userId)];
		if (orgIds.length) visible.push(inArray(networkIntentions.organisationId, orgIds));
		if (areaIds.length) {
			const down = sql`(with recursive down(id) as (
				select id from organisation_areas where id in (${sql.join(
					areaIds.map((a) => sql`${a}`),
					sql`, `
				)})
				union all select a.id from organisation_areas a join down on a.parent_id = down.id
			) select id from down)`;
			visible.push(sql`${networkIntentions.regionAreaId} in ${down}`);
			visible.push(sql`${networkIntentions.planAreaId} in ${down}`);
		}
		parts.push(or(...visible)!);
	}
	if (options.status) parts.push(eq(networkIntentions.status, options.status));
	if (options.year) parts.push(eq(networkIntentions.year, options.year));
	const where = parts.length ? and(...parts) : undefined;
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({
				i: networkIntentions,
				organisationName: organisations.name,
				regionName: areas.name,
				serviceName: services.name,
				measureNumber: measures.number,
				measureTitle: measures.title
			})
			.from(networkIntentions)
			.innerJoin(organisations, eq(organisations.id, networkIntentions.organisationId))
			.innerJoin(areas, eq(areas.id, networkIntentions.regionAreaId))
			.leftJoin(services, eq(services.id, networkIntentions.serviceId))
			.leftJoin(measures, eq(measures.id, networkIntentions.measureId))
			.where(where)
			.orderBy(desc(networkIntentions.createdAt), desc(networkIntentions.reference))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(networkIntentions).where(where)
	]);
	return {
		rows: rows.map((r) => ({
			id: r.i.id,
			reference: r.i.reference,
			type: r.i.type,
			status: r.i.status,
			year: r.i.year,
			name: r.serviceName ?? r.i.plannedName ?? '',
			kindCode: r.i.kindCode,
			kindLabel: serviceKindLabel(r.i.kindCode),
			changeType: r.i.changeType,
			organisationName: r.organisationName,
			regionName: r.regionName,
			measureLabel: r.measureNumber ? `${r.measureNumber} ${r.measureTitle}` : null,
			createdAt: r.i.createdAt.toISOString()
		})),
		total: n
	};
}

// ── detail ──

export interface IntentionDetail {
	id: string;
	reference: string;
	type: string;
	status: IntentionStatus;
	year: number;
	version: number;
	name: string;
	serviceId: string | null;
	kindCode: string;
	kindLabel: string;
	changeType: string;
	startDate: string;
	costEstimate: number | null;
	territoryText: string | null;
	justification: string;
	organisation: { id: string; name: string };
	region: { id: string; name: string };
	call: { id: string; title: string } | null;
	measure: { id: string; number: string; title: string; planId: string; planTitle: string } | null;
	capacity: { form: string; unit: string; delta: number }[];
	funding: { source: string; amount: number }[];
	evidence: { kind: string; description: string; link: string | null; count: number | null }[];
	statement: {
		verdict: string;
		reasons: string;
		meetingId: string | null;
		meetingLabel: string | null;
		resolutionText: string | null;
		statedByName: string | null;
		statedAt: string;
	} | null;
	scores: { criterionId: string; name: string; maxScore: number; score: number | null }[];
	decision: {
		outcome: string;
		categoryCode: string | null;
		fromYear: number | null;
		capacity: { form: string; delta: number }[];
		decisionRef: string;
		decidedOn: string;
		note: string | null;
		networkEntryId: string | null;
		/** The network the approval changed (for a link to it). */
		networkId: string | null;
	} | null;
	canState: boolean;
	canDecide: boolean;
	history: AuditEntry[];
}

export async function getIntention(actor: Actor, id: string): Promise<IntentionDetail> {
	if (actor.kind === 'anonymous') authorize(actor, 'network.intentions.read');
	const row = await findIntention(id);
	if (!(await canRead(actor, row))) throw new ForbiddenError();
	const [
		[org],
		[region],
		call,
		measure,
		capacity,
		funding,
		evidence,
		[statement],
		[decision],
		serviceRow
	] = await Promise.all([
		db()
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(eq(organisations.id, row.organisationId)),
		db()
			.select({ id: areas.id, name: areas.name })
			.from(areas)
			.where(eq(areas.id, row.regionAreaId)),
		row.callId
			? db()
					.select({ id: networkCalls.id, title: networkCalls.title })
					.from(networkCalls)
					.where(eq(networkCalls.id, row.callId))
					.then((r) => r[0] ?? null)
			: Promise.resolve(null),
		row.measureId
			? db()
					.select({
						id: measures.id,
						number: measures.number,
						title: measures.title,
						planId: plans.id,
						planTitle: plans.title
					})
					.from(measures)
					.innerJoin(plans, eq(plans.id, measures.planId))
					.where(eq(measures.id, row.measureId))
					.then((r) => r[0] ?? null)
			: Promise.resolve(null),
		db()
			.select()
			.from(networkIntentionCapacities)
			.where(eq(networkIntentionCapacities.intentionId, row.id))
			.orderBy(asc(networkIntentionCapacities.form)),
		db()
			.select()
			.from(networkIntentionFunding)
			.where(eq(networkIntentionFunding.intentionId, row.id)),
		db()
			.select()
			.from(networkIntentionEvidence)
			.where(eq(networkIntentionEvidence.intentionId, row.id)),
		db()
			.select({
				s: networkIntentionStatements,
				meetingAt: meetings.startsAt,
				bodyName: bodies.name
			})
			.from(networkIntentionStatements)
			.leftJoin(meetings, eq(meetings.id, networkIntentionStatements.meetingId))
			.leftJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(eq(networkIntentionStatements.intentionId, row.id)),
		db()
			.select()
			.from(networkIntentionDecisions)
			.where(eq(networkIntentionDecisions.intentionId, row.id)),
		row.serviceId
			? db()
					.select({ name: services.name })
					.from(services)
					.where(eq(services.id, row.serviceId))
					.then((r) => r[0] ?? null)
			: Promise.resolve(null)
	]);
	const criteria = row.callId ? await criteriaOfCall(row.callId) : [];
	const scoreRows = criteria.length
		? await db()
				.select()
				.from(networkIntentionScores)
				.where(eq(networkIntentionScores.intentionId, row.id))
		: [];
	const history = await listHistory(INTENTION_ENTITY, row.id, { limit: 100 });
	const [entry] = decision?.networkEntryId
		? await db()
				.select({ networkId: networkEntries.networkId })
				.from(networkEntries)
				.where(eq(networkEntries.id, decision.networkEntryId))
		: [];
	const stateScope = row.planAreaId ? await areaScope(row.planAreaId) : null;
	return {
		id: row.id,
		reference: row.reference,
		type: row.type,
		status: row.status,
		year: row.year,
		version: row.version,
		name: serviceRow?.name ?? row.plannedName ?? '',
		serviceId: row.serviceId,
		kindCode: row.kindCode,
		kindLabel: serviceKindLabel(row.kindCode),
		changeType: row.changeType,
		startDate: row.startDate,
		costEstimate: num(row.costEstimate),
		territoryText: row.territoryText,
		justification: row.justification,
		organisation: org,
		region,
		call,
		measure,
		capacity: capacity.map((c) => ({ form: c.form, unit: c.unit, delta: Number(c.delta) })),
		funding: funding.map((f) => ({ source: f.source, amount: Number(f.amount) })),
		evidence: evidence.map((e) => ({
			kind: e.kind,
			description: e.description,
			link: e.link,
			count: e.count
		})),
		statement: statement
			? {
					verdict: statement.s.verdict,
					reasons: statement.s.reasons,
					meetingId: statement.s.meetingId,
					meetingLabel: statement.meetingAt
						? `${statement.bodyName ?? ''} – ${czDate(pragueDay(statement.meetingAt))}`
						: null,
					resolutionText: statement.s.resolutionText,
					statedByName: statement.s.statedByName,
					statedAt: statement.s.statedAt.toISOString()
				}
			: null,
		scores: criteria.map((c) => ({
			criterionId: c.id,
			name: c.name,
			maxScore: c.maxScore,
			score: scoreRows.find((s) => s.criterionId === c.id)?.score ?? null
		})),
		decision: decision
			? {
					outcome: decision.outcome,
					categoryCode: decision.categoryCode,
					fromYear: decision.fromYear,
					capacity: decision.capacity,
					decisionRef: decision.decisionRef,
					decidedOn: decision.decidedOn,
					note: decision.note,
					networkEntryId: decision.networkEntryId,
					networkId: entry?.networkId ?? null
				}
			: null,
		canState:
			row.status === 'submitted' &&
			!!stateScope &&
			can(actor, 'network.intentions.state', stateScope),
		canDecide:
			(row.status === 'stated' || (row.status === 'submitted' && !row.measureId)) &&
			can(actor, 'network.intentions.decide', await areaScope(row.regionAreaId)),
		history
	};
}

/** Options of the statement form: meetings of the bodies of the plan's area. */
export async function statementMeetingOptions(
	row: Pick<IntentionRow, 'planAreaId'>
): Promise<{ id: string; label: string }[]> {
	if (!row.planAreaId) return [];
	const rows = await db()
		.select({ id: meetings.id, startsAt: meetings.startsAt, bodyName: bodies.name })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(meetings.areaId, row.planAreaId))
		.orderBy(desc(meetings.startsAt))
		.limit(50);
	return rows.map((r) => ({ id: r.id, label: `${r.bodyName} – ${czDate(pragueDay(r.startsAt))}` }));
}

/** Options of the decision form: the region's network categories. */
export async function decisionCategoryOptions(
	regionAreaId: string
): Promise<{ code: string; name: string; isReservoir: boolean }[]> {
	const rows = await listNetworkCategories(regionAreaId);
	return rows.map((c) => ({ code: c.code, name: c.name, isReservoir: c.isReservoir }));
}

// ── statement ──

/** Statement of consistency with the community plan (coordinator of the plan's area). */
export async function stateIntention(actor: Actor, id: string, raw: unknown): Promise<void> {
	if (actor.kind === 'anonymous') authorize(actor, 'network.intentions.state');
	const row = await findIntention(id);
	if (!row.planAreaId) {
		throw new ValidationError({
			_form: ['Záměr se neopírá o opatření plánu, stanovisko k souladu s plánem se nevydává.']
		});
	}
	if (!can(actor, 'network.intentions.state', await areaScope(row.planAreaId))) {
		if (actor.kind === 'anonymous') authorize(actor, 'network.intentions.state');
		throw new ForbiddenError(
			'Stanovisko k souladu s komunitním plánem vydává jen koordinátor území, jehož plán opatření obsahuje.'
		);
	}
	const input = parseInput(statementInput, raw);
	if (row.status !== 'submitted') {
		throw new ConflictError('Ke záměru už bylo stanovisko vydáno.', { status: row.status });
	}
	if (input.meetingId) {
		const [meeting] = await db()
			.select({ areaId: meetings.areaId })
			.from(meetings)
			.where(eq(meetings.id, input.meetingId));
		if (!meeting) throw new ValidationError({ meetingId: ['Vybrané jednání neexistuje.'] });
	}
	await db().transaction(async (tx) => {
		const updated = await auditedUpdate(
			tx,
			actor,
			networkIntentions,
			INTENTION_ENTITY,
			row.id,
			{ status: 'stated' },
			{ expectedVersion: input.version, action: 'state', areaId: row.planAreaId }
		);
		await auditedInsert(
			tx,
			actor,
			networkIntentionStatements,
			STATEMENT_ENTITY,
			{
				intentionId: row.id,
				verdict: input.verdict,
				reasons: input.reasons,
				meetingId: input.meetingId,
				resolutionText: input.resolutionText,
				statedById: actor.kind === 'user' ? actor.userId : null,
				statedByName: actor.kind === 'user' ? actor.name : null
			},
			{ areaId: row.planAreaId }
		);
		const verdicts: Record<string, string> = {
			consistent: 'v souladu',
			partly: 'částečně v souladu',
			not_consistent: 'není v souladu'
		};
		const text = `Dobrý den,\n\nk rozvojovému záměru ${updated.reference} bylo vydáno stanovisko: záměr ${verdicts[input.verdict]} s komunitním plánem.\n\nOdůvodnění: ${input.reasons}\n\n${intentionUrl(row.id)}\n`;
		await notify(
			tx,
			[row.submitterEmail],
			'stated',
			`Stanovisko k rozvojovému záměru ${updated.reference}`,
			text
		);
		await notify(
			tx,
			await coordinatorEmails(tx, row.regionAreaId),
			'to-decide',
			`Rozvojový záměr ${updated.reference} čeká na hodnocení kraje`,
			text
		);
	});
}

// ── decision ──

/** The region's evaluation and decision; an approval updates the network in the same transaction. */
export async function decideIntention(actor: Actor, id: string, raw: unknown): Promise<void> {
	if (actor.kind === 'anonymous') authorize(actor, 'network.intentions.decide');
	const row = await findIntention(id);
	authorize(actor, 'network.intentions.decide', await areaScope(row.regionAreaId));
	const input = parseInput(decisionInput, raw);
	if (row.status === 'submitted' && row.measureId) {
		throw new ValidationError({
			_form: ['Kraj rozhoduje až po stanovisku koordinátora území k souladu s plánem.']
		});
	}
	if (row.status !== 'stated' && row.status !== 'submitted') {
		throw new ConflictError('O záměru už bylo rozhodnuto.', { status: row.status });
	}
	const criteria = row.callId ? await criteriaOfCall(row.callId) : [];
	for (const s of input.scores) {
		const c = criteria.find((x) => x.id === s.criterionId);
		if (!c) throw new ValidationError({ [`score_${s.criterionId}`]: ['Neznámé kritérium výzvy.'] });
		if (s.score > c.maxScore) {
			throw new ValidationError({
				[`score_${s.criterionId}`]: [`Za kritérium „${c.name}“ lze dát nejvýše ${c.maxScore} bodů.`]
			});
		}
	}
	const requested = await db()
		.select()
		.from(networkIntentionCapacities)
		.where(eq(networkIntentionCapacities.intentionId, row.id));
	const capacity = input.capacity.length
		? input.capacity
		: requested.map((c) => ({ form: c.form as ServiceFormCode, delta: Number(c.delta) }));
	// read before the transaction (the embedded database has one connection)
	const categories = await listNetworkCategories(row.regionAreaId);
	await db().transaction(async (tx) => {
		const status = input.outcome;
		const updated = await auditedUpdate(
			tx,
			actor,
			networkIntentions,
			INTENTION_ENTITY,
			row.id,
			{ status },
			{ expectedVersion: input.version, action: 'decide', areaId: row.regionAreaId }
		);
		for (const s of input.scores) {
			await tx.insert(networkIntentionScores).values({
				intentionId: row.id,
				criterionId: s.criterionId,
				score: s.score
			});
		}
		let networkEntryId: string | null = null;
		if (input.outcome === 'approved' || input.outcome === 'postponed') {
			const categoryCode =
				input.outcome === 'approved'
					? input.categoryCode!
					: (input.categoryCode ?? categories.find((c) => c.isReservoir)?.code ?? null);
			if (categoryCode) {
				const applied = await applyApprovedIntention(tx, actor, {
					intentionId: row.id,
					regionAreaId: row.regionAreaId,
					year: input.fromYear ?? row.year,
					serviceId: row.serviceId,
					plannedName: row.plannedName,
					providerOrganisationId: row.organisationId,
					kindCode: row.kindCode,
					categoryCode,
					capacity: input.outcome === 'approved' ? capacity : [],
					decisionRef: input.decisionRef
				});
				networkEntryId = applied.entryId;
			}
		}
		await auditedInsert(
			tx,
			actor,
			networkIntentionDecisions,
			DECISION_ENTITY,
			{
				intentionId: row.id,
				outcome: input.outcome,
				categoryCode: input.categoryCode,
				fromYear: input.fromYear ?? (input.outcome === 'approved' ? row.year : null),
				capacity: input.outcome === 'approved' ? capacity : [],
				decisionRef: input.decisionRef,
				note: input.note,
				decidedById: actor.kind === 'user' ? actor.userId : null,
				decidedOn: input.decidedOn,
				networkEntryId
			},
			{ areaId: row.regionAreaId }
		);
		const outcomes: Record<string, string> = {
			approved: 'schválen a zařazen do sítě',
			postponed: 'odložen do zásobníku rozvojových záměrů',
			rejected: 'zamítnut'
		};
		await notify(
			tx,
			[row.submitterEmail],
			'decided',
			`Rozhodnutí o rozvojovém záměru ${updated.reference}`,
			`Dobrý den,\n\nrozvojový záměr ${updated.reference} byl ${outcomes[input.outcome]} (${input.decisionRef}).\n\n${intentionUrl(row.id)}\n`
		);
	});
}

// ── for the plans' monitoring ──

export interface RelyingIntention {
	id: string;
	reference: string;
	measureId: string;
	name: string;
	organisationName: string;
	year: number;
	status: IntentionStatus;
	capacity: { form: string; unit: string; delta: number }[];
}

/**
 * Intentions relying on the given plan measures (approved first), for the measure page and the
 * monitoring of the plan. Contains no personal data: reference, service, organisation, capacity.
 */
export async function intentionsForMeasures(
	measureIds: string[],
	options: { approvedOnly?: boolean } = {}
): Promise<RelyingIntention[]> {
	const ids = measureIds.filter(isUuid);
	if (!ids.length) return [];
	const rows = await db()
		.select({
			i: networkIntentions,
			organisationName: organisations.name,
			serviceName: services.name
		})
		.from(networkIntentions)
		.innerJoin(organisations, eq(organisations.id, networkIntentions.organisationId))
		.leftJoin(services, eq(services.id, networkIntentions.serviceId))
		.where(
			and(
				inArray(networkIntentions.measureId, ids),
				options.approvedOnly ? eq(networkIntentions.status, 'approved') : undefined
			)
		)
		.orderBy(asc(networkIntentions.year), asc(networkIntentions.reference));
	const caps = rows.length
		? await db()
				.select()
				.from(networkIntentionCapacities)
				.where(
					inArray(
						networkIntentionCapacities.intentionId,
						rows.map((r) => r.i.id)
					)
				)
		: [];
	return rows.map((r) => ({
		id: r.i.id,
		reference: r.i.reference,
		measureId: r.i.measureId!,
		name: r.serviceName ?? r.i.plannedName ?? '',
		organisationName: r.organisationName,
		year: r.i.year,
		status: r.i.status,
		capacity: caps
			.filter((c) => c.intentionId === r.i.id)
			.map((c) => ({ form: c.form, unit: c.unit, delta: Number(c.delta) }))
	}));
}
