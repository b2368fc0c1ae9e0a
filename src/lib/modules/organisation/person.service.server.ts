/** People taking part in planning (the triad), registered in a planning area. */
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { fields, parseInput } from '#lib/platform/http/validation.ts';
import { organisations, people } from './organisation.schema.ts';
import { PersonInput } from './organisation.validation.ts';
import { areaScope, denyAnonymous } from './scope.server.ts';
import { isUuid } from './uuid.ts';
import './organisation.permissions.ts';

export type Person = typeof people.$inferSelect;
const ENTITY = 'organisation.person';

/**
 * The optional link to a user account is given as the account's e-mail (`userEmail`): absent
 * keeps the current link, empty removes it, an unknown address is a Czech field error.
 */
async function resolveUser(input: unknown): Promise<string | null | undefined> {
	const raw = (input as { userEmail?: unknown } | null)?.userEmail;
	if (raw === undefined) return undefined;
	const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
	if (!email) return null;
	const [user] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
	if (!user) {
		throw new ValidationError({
			userEmail: [
				`Uživatelský účet s e-mailem ${email} neexistuje. Nechte pole prázdné, nebo nejdřív založte účet.`
			]
		});
	}
	return user.id;
}

export async function createPerson(actor: Actor, input: unknown): Promise<Person> {
	denyAnonymous(actor, 'organisation.people.manage');
	const data = parseInput(PersonInput, input);
	authorize(actor, 'organisation.people.manage', await areaScope(data.areaId));
	const userId = (await resolveUser(input)) ?? null;
	return db().transaction((tx) =>
		auditedInsert(
			tx,
			actor,
			people,
			ENTITY,
			{ ...data, userId, consentAt: data.publishName ? new Date() : null },
			{ areaId: data.areaId }
		)
	);
}

export async function updatePerson(actor: Actor, id: string, input: unknown): Promise<Person> {
	denyAnonymous(actor, 'organisation.people.manage');
	const { version, ...data } = parseInput(PersonInput.extend({ version: fields.version() }), input);
	const current = await findPerson(id);
	authorize(actor, 'organisation.people.manage', await areaScope(current.areaId));
	if (data.areaId !== current.areaId) {
		authorize(actor, 'organisation.people.manage', await areaScope(data.areaId));
	}
	const userId = await resolveUser(input);
	const consentAt = data.publishName
		? current.publishName
			? current.consentAt
			: new Date()
		: null;
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			people,
			ENTITY,
			id,
			{ ...data, consentAt, ...(userId !== undefined ? { userId } : {}) },
			{ expectedVersion: version, areaId: data.areaId }
		)
	);
}

async function findPerson(id: string): Promise<Person> {
	if (!isUuid(id)) throw new NotFoundError('Osoba nebyla nalezena.');
	const [row] = await db().select().from(people).where(eq(people.id, id));
	if (!row) throw new NotFoundError('Osoba nebyla nalezena.');
	return row;
}

export async function getPerson(actor: Actor, id: string): Promise<Person> {
	const person = await findPerson(id);
	authorize(actor, 'organisation.people.read', await areaScope(person.areaId));
	return person;
}

/** A person with the names of the linked organisation and account, for the detail page. */
export async function getPersonDetail(
	actor: Actor,
	id: string
): Promise<{ person: Person; organisationName: string | null; userEmail: string | null }> {
	const person = await getPerson(actor, id);
	const [org] = person.organisationId
		? await db()
				.select({ name: organisations.name })
				.from(organisations)
				.where(eq(organisations.id, person.organisationId))
		: [];
	const [user] = person.userId
		? await db().select({ email: users.email }).from(users).where(eq(users.id, person.userId))
		: [];
	return { person, organisationName: org?.name ?? null, userEmail: user?.email ?? null };
}

/** "Mgr. Jana Urbanová, Ph.D." */
export function fullName(
	p: Pick<Person, 'titlesBefore' | 'firstName' | 'lastName' | 'titlesAfter'>
): string {
	const core = [p.titlesBefore, p.firstName, p.lastName].filter(Boolean).join(' ');
	return p.titlesAfter ? `${core}, ${p.titlesAfter}` : core;
}

/** "J. Urbanová" — the short form used in minutes ("Z: K. Marcinková"). */
export function shortName(p: Pick<Person, 'firstName' | 'lastName'>): string {
	return `${p.firstName.charAt(0)}. ${p.lastName}`;
}

export type PersonListRow = Person & { organisationName: string | null };

export async function listPeople(
	actor: Actor,
	query: { areaId: string; q?: string; page?: number; pageSize?: number }
): Promise<{ rows: PersonListRow[]; total: number }> {
	authorize(actor, 'organisation.people.read', await areaScope(query.areaId));
	const page = Math.max(1, query.page ?? 1);
	const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
	const parts: SQL[] = [eq(people.areaId, query.areaId)];
	if (query.q?.trim()) {
		const q = `%${query.q.trim()}%`;
		parts.push(
			sql`(unaccent(${people.firstName} || ' ' || ${people.lastName}) ilike unaccent(${q}) or unaccent(coalesce(${people.email}, '')) ilike unaccent(${q}))`
		);
	}
	const where = and(...parts);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({ p: people, organisationName: organisations.name })
			.from(people)
			.leftJoin(organisations, eq(organisations.id, people.organisationId))
			.where(where)
			.orderBy(
				asc(sql`lower(unaccent(${people.lastName}))`),
				asc(sql`lower(unaccent(${people.firstName}))`),
				asc(people.id)
			)
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(people).where(where)
	]);
	return { rows: rows.map((r) => ({ ...r.p, organisationName: r.organisationName })), total: n };
}

/**
 * Everyone registered in an area, for the member select (surname order, capped). With `bodyId`
 * the group's manager may list them too (to add members to that group).
 */
export async function personOptions(
	actor: Actor,
	areaId: string,
	{ bodyId, limit = 2000 }: { bodyId?: string; limit?: number } = {}
): Promise<{ id: string; name: string; position: string | null }[]> {
	authorize(actor, 'organisation.people.read', await areaScope(areaId, { bodyId }));
	const rows = await db()
		.select()
		.from(people)
		.where(eq(people.areaId, areaId))
		.orderBy(asc(sql`lower(unaccent(${people.lastName}))`), asc(people.firstName))
		.limit(limit);
	return rows.map((p) => ({ id: p.id, name: fullName(p), position: p.position }));
}

/**
 * People of an organisation that the actor may see: only those registered in areas where the
 * actor may read people (coordinators see their areas' people, administrators everyone).
 */
export async function listOrganisationPeople(
	actor: Actor,
	organisationId: string
): Promise<Person[]> {
	authorize(actor, 'organisation.organisations.read');
	const rows = await db()
		.select()
		.from(people)
		.where(eq(people.organisationId, organisationId))
		.orderBy(asc(people.lastName), asc(people.firstName))
		.limit(500);
	const areaIds = [...new Set(rows.map((r) => r.areaId))];
	const allowed = new Set<string>();
	for (const areaId of areaIds) {
		if (can(actor, 'organisation.people.read', await areaScope(areaId))) allowed.add(areaId);
	}
	return rows.filter((r) => allowed.has(r.areaId));
}

/** Ids → people (for presenting memberships and history). */
export async function peopleByIds(ids: string[]): Promise<Person[]> {
	if (!ids.length) return [];
	return db().select().from(people).where(inArray(people.id, ids));
}
