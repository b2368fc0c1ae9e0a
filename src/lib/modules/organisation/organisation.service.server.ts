/** Organisations (providers, municipalities, NGOs…): shared by all areas, IČO unique. */
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { fields, parseInput } from '#lib/platform/http/validation.ts';
import { organisations } from './organisation.schema.ts';
import { OrganisationInput, type ORGANISATION_TYPES } from './organisation.validation.ts';
import { isUuid } from './uuid.ts';
import './organisation.permissions.ts';

export type Organisation = typeof organisations.$inferSelect;
const ENTITY = 'organisation.organisation';

async function assertIcoFree(tx: Db, ico: string | null, exceptId?: string): Promise<void> {
	if (!ico) return;
	const [row] = await tx
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.ico, ico));
	if (row && row.id !== exceptId) {
		throw new ValidationError({ ico: [`Organizace s IČO ${ico} už je vedena: ${row.name}.`] });
	}
}

export async function createOrganisation(actor: Actor, input: unknown): Promise<Organisation> {
	authorize(actor, 'organisation.organisations.manage');
	const data = parseInput(OrganisationInput, input);
	return db().transaction(async (tx) => {
		await assertIcoFree(tx, data.ico);
		return auditedInsert(
			tx,
			actor,
			organisations,
			ENTITY,
			{ ...data, areaId: data.areaId ?? null },
			{ areaId: data.areaId ?? null }
		);
	});
}

export async function updateOrganisation(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Organisation> {
	authorize(actor, 'organisation.organisations.manage');
	if (!isUuid(id)) throw new NotFoundError('Organizace nebyla nalezena.');
	const { version, ...rest } = parseInput(
		OrganisationInput.extend({ version: fields.version() }),
		input
	);
	return db().transaction(async (tx) => {
		await assertIcoFree(tx, rest.ico, id);
		return auditedUpdate(
			tx,
			actor,
			organisations,
			ENTITY,
			id,
			// Without areaId the registering area stays as it is.
			rest.areaId === undefined ? { ...rest, areaId: undefined } : rest,
			{ expectedVersion: version, areaId: rest.areaId ?? null }
		);
	});
}

export async function getOrganisation(actor: Actor, id: string): Promise<Organisation> {
	authorize(actor, 'organisation.organisations.read');
	if (!isUuid(id)) throw new NotFoundError('Organizace nebyla nalezena.');
	const [row] = await db().select().from(organisations).where(eq(organisations.id, id));
	if (!row) throw new NotFoundError('Organizace nebyla nalezena.');
	return row;
}

export const ORGANISATION_SORTS = ['name', 'ico', 'type', 'city'] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

export interface OrganisationQuery {
	q?: string;
	type?: (typeof ORGANISATION_TYPES)[number];
	page?: number;
	pageSize?: number;
	sort?: OrganisationSort;
	dir?: 'asc' | 'desc';
}

const SORT_COLUMNS = {
	name: sql`lower(unaccent(${organisations.name}))`,
	ico: organisations.ico,
	type: organisations.type,
	city: sql`lower(unaccent(coalesce(${organisations.city}, '')))`
};

/** Search by name (diacritics-insensitive) or IČO; paginated, Czech collation. */
export async function listOrganisations(
	actor: Actor,
	query: OrganisationQuery = {}
): Promise<{ rows: Organisation[]; total: number }> {
	authorize(actor, 'organisation.organisations.read');
	const page = Math.max(1, query.page ?? 1);
	const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
	const parts: SQL[] = [];
	if (query.q?.trim()) {
		const q = query.q.trim();
		parts.push(
			or(
				sql`unaccent(${organisations.name}) ilike unaccent(${'%' + q + '%'})`,
				ilike(organisations.ico, `${q.replace(/\s+/g, '')}%`)
			)!
		);
	}
	if (query.type) parts.push(eq(organisations.type, query.type));
	const where = parts.length ? and(...parts) : undefined;
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(organisations)
			.where(where)
			.orderBy(
				(query.dir === 'desc' ? desc : asc)(SORT_COLUMNS[query.sort ?? 'name']),
				asc(organisations.name),
				asc(organisations.id)
			)
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(organisations).where(where)
	]);
	return { rows, total: n };
}

/** Id and name of every organisation for a select (name order, capped). */
export async function organisationOptions(
	actor: Actor,
	limit = 2000
): Promise<{ id: string; name: string; ico: string | null }[]> {
	authorize(actor, 'organisation.organisations.read');
	return db()
		.select({ id: organisations.id, name: organisations.name, ico: organisations.ico })
		.from(organisations)
		.orderBy(asc(sql`lower(unaccent(${organisations.name}))`))
		.limit(limit);
}
