/** People taking part in planning (the triad), registered in a planning area. */
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { fields, parseInput } from '#lib/platform/http/validation.ts';
import { people } from './organisation.schema.ts';
import { PersonInput } from './organisation.validation.ts';
import { areaScope } from './scope.server.ts';
import './organisation.permissions.ts';

export type Person = typeof people.$inferSelect;
const ENTITY = 'organisation.person';

export async function createPerson(actor: Actor, input: unknown): Promise<Person> {
	const data = parseInput(PersonInput, input);
	authorize(actor, 'organisation.people.manage', await areaScope(data.areaId));
	return db().transaction((tx) =>
		auditedInsert(
			tx,
			actor,
			people,
			ENTITY,
			{ ...data, consentAt: data.publishName ? new Date() : null },
			{ areaId: data.areaId }
		)
	);
}

export async function updatePerson(actor: Actor, id: string, input: unknown): Promise<Person> {
	const { version, ...data } = parseInput(PersonInput.extend({ version: fields.version() }), input);
	const current = await findPerson(id);
	authorize(actor, 'organisation.people.manage', await areaScope(current.areaId));
	if (data.areaId !== current.areaId)
		authorize(actor, 'organisation.people.manage', await areaScope(data.areaId));
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
			{ ...data, consentAt },
			{ expectedVersion: version, areaId: data.areaId }
		)
	);
}

async function findPerson(id: string): Promise<Person> {
	const [row] = await db().select().from(people).where(eq(people.id, id));
	if (!row) throw new NotFoundError('Osoba nebyla nalezena.');
	return row;
}

export async function getPerson(actor: Actor, id: string): Promise<Person> {
	const person = await findPerson(id);
	authorize(actor, 'organisation.people.read', await areaScope(person.areaId));
	return person;
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

export async function listPeople(
	actor: Actor,
	query: { areaId: string; q?: string; page?: number; pageSize?: number }
): Promise<{ rows: Person[]; total: number }> {
	authorize(actor, 'organisation.people.read', await areaScope(query.areaId));
	const page = Math.max(1, query.page ?? 1);
	const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
	const parts: SQL[] = [eq(people.areaId, query.areaId)];
	if (query.q?.trim()) {
		const q = `%${query.q.trim()}%`;
		parts.push(
			sql`unaccent(${people.firstName} || ' ' || ${people.lastName}) ilike unaccent(${q})`
		);
	}
	const where = and(...parts);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(people)
			.where(where)
			.orderBy(asc(people.lastName), asc(people.firstName))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(people).where(where)
	]);
	return { rows, total: n };
}
