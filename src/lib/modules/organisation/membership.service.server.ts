/**
 * Memberships in bodies with role and term. A person cannot hold two memberships of the same body
 * with overlapping terms; member counts are computed for any date ("do skupiny dochází 20 členů").
 */
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate, type AuditEntry } from '#lib/platform/audit/audit.server.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { memberships, people } from './organisation.schema.ts';
import {
	MembershipEndInput,
	MembershipInput,
	MembershipUpdateInput
} from './organisation.validation.ts';
import { findBody } from './body.service.server.ts';
import { areaScope, denyAnonymous } from './scope.server.ts';
import { fullName } from './person.service.server.ts';
import { isUuid } from './uuid.ts';
import './organisation.permissions.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';

export type Membership = typeof memberships.$inferSelect;
const ENTITY = 'organisation.membership';

/** `2024-01-31` → `31. 1. 2024`. */
function czDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${Number(d)}. ${Number(m)}. ${y}`;
}

/** Overlap of [from, to] terms where a null end means open-ended. */
async function assertNoOverlap(
	tx: Db,
	m: { bodyId: string; personId: string; validFrom: string; validTo: string | null },
	exceptId?: string
): Promise<void> {
	const end = m.validTo ?? '9999-12-31';
	const rows = await tx
		.select({ id: memberships.id, validFrom: memberships.validFrom, validTo: memberships.validTo })
		.from(memberships)
		.where(
			and(
				eq(memberships.bodyId, m.bodyId),
				eq(memberships.personId, m.personId),
				lte(memberships.validFrom, end),
				or(isNull(memberships.validTo), gte(memberships.validTo, m.validFrom))
			)
		);
	const clash = rows.find((r) => r.id !== exceptId);
	if (clash) {
		const until = clash.validTo ? ` do ${czDate(clash.validTo)}` : ' bez data konce';
		throw new ValidationError({
			[exceptId ? 'validFrom' : 'personId']: [
				`Tato osoba už je ve skupině členem v překrývajícím se období (od ${czDate(clash.validFrom)}${until}). Upravte nebo ukončete nejdřív to členství.`
			]
		});
	}
}

export async function addMembership(actor: Actor, input: unknown): Promise<Membership> {
	denyAnonymous(actor, 'organisation.memberships.manage');
	const data = parseInput(MembershipInput, input);
	const body = await findBody(data.bodyId);
	authorize(
		actor,
		'organisation.memberships.manage',
		await areaScope(body.areaId, { bodyId: body.id })
	);
	return db().transaction(async (tx) => {
		const [person] = await tx
			.select({ areaId: people.areaId })
			.from(people)
			.where(eq(people.id, data.personId));
		if (!person) throw new ValidationError({ personId: ['Osoba neexistuje.'] });
		// Serialise membership changes of one body so two parallel requests cannot both pass the overlap check.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'membership:' + body.id}))`);
		await assertNoOverlap(tx, { ...data, validTo: data.validTo ?? null });
		return auditedInsert(
			tx,
			actor,
			memberships,
			ENTITY,
			{ ...data, validTo: data.validTo ?? null },
			{ areaId: body.areaId }
		);
	});
}

export async function updateMembership(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Membership> {
	const current = await findMembership(id);
	const body = await findBody(current.bodyId);
	authorize(
		actor,
		'organisation.memberships.manage',
		await areaScope(body.areaId, { bodyId: body.id })
	);
	const { version, ...data } = parseInput(MembershipUpdateInput, input);
	return db().transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'membership:' + body.id}))`);
		await assertNoOverlap(
			tx,
			{
				bodyId: current.bodyId,
				personId: current.personId,
				validFrom: data.validFrom,
				validTo: data.validTo ?? null
			},
			id
		);
		return auditedUpdate(
			tx,
			actor,
			memberships,
			ENTITY,
			id,
			{ ...data, validTo: data.validTo ?? null },
			{ expectedVersion: version, areaId: body.areaId }
		);
	});
}

export interface MemberRow {
	membershipId: string;
	personId: string;
	name: string;
	firstName: string;
	lastName: string;
	role: Membership['role'];
	validFrom: string;
	validTo: string | null;
	publishName: boolean;
	organisationId: string | null;
	position: string | null;
	triadRole: string;
}

const ROLE_ORDER: Record<Membership['role'], number> = {
	vedouci: 0,
	zastupce: 1,
	zapisovatel: 2,
	clen: 3,
	host: 4
};

/**
 * Memberships of a body valid on `date` (`YYYY-MM-DD`) with their people, by surname — the one
 * query for "who is a member on that day". No permission check: callers authorize (other modules
 * use it inside their own transactions, e.g. for invitations and attendance).
 */
export async function membershipsOn(
	target: Db,
	bodyId: string,
	date: string
): Promise<{ m: Membership; p: typeof people.$inferSelect }[]> {
	return target
		.select({ m: memberships, p: people })
		.from(memberships)
		.innerJoin(people, eq(people.id, memberships.personId))
		.where(
			and(
				eq(memberships.bodyId, bodyId),
				lte(memberships.validFrom, date),
				or(isNull(memberships.validTo), gte(memberships.validTo, date))
			)
		)
		.orderBy(asc(people.lastName), asc(people.firstName));
}

/** Members of a body on a date (default today): leader first, then by surname. */
export async function listMembers(
	actor: Actor,
	bodyId: string,
	on: string = pragueDay()
): Promise<MemberRow[]> {
	const body = await findBody(bodyId);
	authorize(actor, 'organisation.bodies.read', await areaScope(body.areaId, { bodyId }));
	const rows = await membershipsOn(db(), bodyId, on);
	return rows
		.map(({ m, p }) => ({
			membershipId: m.id,
			personId: p.id,
			name: fullName(p),
			firstName: p.firstName,
			lastName: p.lastName,
			role: m.role,
			validFrom: m.validFrom,
			validTo: m.validTo,
			publishName: p.publishName,
			organisationId: p.organisationId,
			position: p.position,
			triadRole: p.triadRole
		}))
		.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/** Number of members (guests excluded) at the end of each month of a year, for "member count over time". */
export async function memberCountByMonth(
	bodyId: string,
	year: number
): Promise<{ month: number; count: number }[]> {
	const rows = await queryRows<{ month: number; count: string }>(
		db(),
		sql`select m.month, count(ms.id) as count
			from generate_series(1, 12) as m(month)
			left join organisation_memberships ms
				on ms.body_id = ${bodyId} and ms.role <> 'host'
				and ms.valid_from <= (make_date(${year}, m.month, 1) + interval '1 month - 1 day')::date
				and (ms.valid_to is null or ms.valid_to >= (make_date(${year}, m.month, 1) + interval '1 month - 1 day')::date)
			group by m.month order by m.month`
	);
	return rows.map((r) => ({ month: Number(r.month), count: Number(r.count) }));
}

async function findMembership(id: string): Promise<Membership> {
	if (!isUuid(id)) throw new NotFoundError('Členství nebylo nalezeno.');
	const [row] = await db().select().from(memberships).where(eq(memberships.id, id));
	if (!row) throw new NotFoundError('Členství nebylo nalezeno.');
	return row;
}

export interface MembershipView extends Membership {
	personName: string;
	position: string | null;
}

async function authorizeManage(actor: Actor, bodyId: string) {
	const body = await findBody(bodyId);
	authorize(
		actor,
		'organisation.memberships.manage',
		await areaScope(body.areaId, { bodyId: body.id })
	);
	return body;
}

/** One membership with the person's name, for its edit form (coordinator or the body's manager). */
export async function getMembership(actor: Actor, id: string): Promise<MembershipView> {
	const m = await findMembership(id);
	await authorizeManage(actor, m.bodyId);
	const [p] = await db().select().from(people).where(eq(people.id, m.personId));
	return { ...m, personName: fullName(p), position: p.position };
}

/** Every membership of a body, current and past (newest term first within a person). */
export async function listMemberships(actor: Actor, bodyId: string): Promise<MembershipView[]> {
	await authorizeManage(actor, bodyId);
	const rows = await db()
		.select({ m: memberships, p: people })
		.from(memberships)
		.innerJoin(people, eq(people.id, memberships.personId))
		.where(eq(memberships.bodyId, bodyId))
		.orderBy(
			asc(sql`lower(unaccent(${people.lastName}))`),
			asc(people.firstName),
			desc(memberships.validFrom)
		);
	return rows.map(({ m, p }) => ({ ...m, personName: fullName(p), position: p.position }));
}

/** End a membership on a date (the last day of membership); overlaps are checked again. */
export async function endMembership(actor: Actor, id: string, input: unknown): Promise<Membership> {
	const current = await findMembership(id);
	const { validTo, version } = parseInput(MembershipEndInput, input);
	if (validTo < current.validFrom) {
		throw new ValidationError({
			validTo: ['Konec členství nemůže být před jeho začátkem.']
		});
	}
	return updateMembership(actor, id, {
		role: current.role,
		validFrom: current.validFrom,
		validTo,
		note: current.note ?? '',
		version
	});
}

/** History of all memberships of a body, newest first (for the members page). */
export async function membershipHistory(bodyId: string, limit = 100): Promise<AuditEntry[]> {
	const ids = (
		await db()
			.select({ id: memberships.id })
			.from(memberships)
			.where(eq(memberships.bodyId, bodyId))
	).map((r) => r.id);
	if (!ids.length) return [];
	return db()
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.entityType, ENTITY), inArray(auditLog.entityId, ids)))
		.orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
		.limit(limit);
}
