/**
 * Planning areas: the public list (hierarchy, body counts, SQL pagination), the detail, and
 * administration (create from the shipped kraj/ORP code list or by hand, edit).
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, isAdmin } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { areas } from './area.schema.ts';
import {
	AreaCreateInput,
	AreaUpdateInput,
	LISTED_KINDS,
	type AreaKind
} from './area.validation.ts';
import { areaLineage } from './scope.server.ts';
import { territoryChoice } from './territory.ts';
import { isUuid } from './uuid.ts';
import './organisation.permissions.ts';

export type Area = typeof areas.$inferSelect;
const ENTITY = 'organisation.area';

export async function listAreas(): Promise<Area[]> {
	return db().select().from(areas).orderBy(asc(areas.kind), asc(areas.name));
}

export async function getArea(id: string): Promise<Area | undefined> {
	if (!isUuid(id)) return undefined;
	const [row] = await db().select().from(areas).where(eq(areas.id, id));
	return row;
}

/** Like `getArea`, but a missing area is a 404 with a Czech message. */
export async function findArea(id: string): Promise<Area> {
	const row = await getArea(id);
	if (!row) throw new NotFoundError('Území nebylo nalezeno.');
	return row;
}

export interface AreaQuery {
	kind?: AreaKind;
	parentId?: string;
	/** Name contains (diacritics-insensitive) or code starts with. */
	q?: string;
	page?: number;
	pageSize?: number;
}

export interface AreaListRow extends Area {
	/** 0 for a top-level area, 1 for its children… (for indenting the hierarchy). */
	depth: number;
	parentName: string | null;
	bodyCount: number;
}

type RawAreaRow = {
	id: string;
	kind: AreaKind;
	name: string;
	code: string | null;
	parent_id: string | null;
	ico: string | null;
	description: string | null;
	created_at: string | Date;
	updated_at: string | Date;
	version: number;
	depth: number;
	parent_name: string | null;
	body_count: number | string;
};

/** Areas in hierarchy order (each kraj followed by its ORP…), filtered and paginated in SQL. */
export async function searchAreas(
	query: AreaQuery = {}
): Promise<{ rows: AreaListRow[]; total: number }> {
	const page = Math.max(1, query.page ?? 1);
	const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
	const parts: SQL[] = [sql`true`];
	if (query.kind) parts.push(sql`a.kind = ${query.kind}`);
	if (query.parentId) parts.push(sql`a.parent_id = ${query.parentId}`);
	const q = query.q?.trim();
	if (q) {
		parts.push(
			sql`(unaccent(a.name) ilike unaccent(${'%' + q + '%'}) or a.code like ${q.replace(/\s+/g, '') + '%'})`
		);
	}
	const where = sql.join(parts, sql` and `);
	const tree = sql`with recursive tree(id, path, depth) as (
			select id, array[lower(unaccent(name))], 0 from organisation_areas where parent_id is null
			union all
			select c.id, t.path || lower(unaccent(c.name)), t.depth + 1
			from organisation_areas c join tree t on c.parent_id = t.id where t.depth < 10
		)`;
	const [rows, [{ n }]] = await Promise.all([
		queryRows<RawAreaRow>(
			db(),
			sql`${tree}
			select a.*, t.depth, p.name as parent_name,
				(select count(*) from organisation_bodies b where b.area_id = a.id and b.is_active) as body_count
			from tree t join organisation_areas a on a.id = t.id
			left join organisation_areas p on p.id = a.parent_id
			where ${where}
			order by t.path, a.id
			limit ${pageSize} offset ${(page - 1) * pageSize}`
		),
		queryRows<{ n: number | string }>(
			db(),
			sql`${tree} select count(*) as n from tree t join organisation_areas a on a.id = t.id where ${where}`
		)
	]);
	return {
		total: Number(n),
		rows: rows.map((r) => ({
			id: r.id,
			kind: r.kind,
			name: r.name,
			code: r.code,
			parentId: r.parent_id,
			ico: r.ico,
			description: r.description,
			createdAt: new Date(r.created_at),
			updatedAt: new Date(r.updated_at),
			version: Number(r.version),
			depth: Number(r.depth),
			parentName: r.parent_name,
			bodyCount: Number(r.body_count)
		}))
	};
}

/** An area with its parent and sub-areas (public). */
export async function getAreaOverview(
	actor: Actor,
	id: string
): Promise<{ area: Area; parent: Area | null; children: Area[] }> {
	authorize(actor, 'organisation.areas.read');
	const area = await findArea(id);
	const [parent, children] = await Promise.all([
		area.parentId ? getArea(area.parentId) : undefined,
		db().select().from(areas).where(eq(areas.parentId, id)).orderBy(asc(areas.name))
	]);
	return { area, parent: parent ?? null, children };
}

/**
 * Areas the actor plans for: everything for an administrator, else the coordinator's areas and
 * all areas below them (a kraj coordinator also covers its ORP).
 */
export async function coordinatedAreas(actor: Actor): Promise<Area[]> {
	if (isAdmin(actor)) return listAreas();
	if (actor.kind !== 'user') return [];
	const roots = actor.grants
		.filter((g) => g.role === 'coordinator' && g.areaId)
		.map((g) => g.areaId as string);
	if (!roots.length) return [];
	const rows = await queryRows<{ id: string }>(
		db(),
		sql`with recursive down(id, depth) as (
			select id, 0 from organisation_areas where id in (${sql.join(
				roots.map((r) => sql`${r}`),
				sql`, `
			)})
			union all
			select c.id, d.depth + 1 from organisation_areas c join down d on c.parent_id = d.id where d.depth < 10
		) select distinct id from down`
	);
	const ids = new Set(rows.map((r) => r.id));
	const all = await listAreas();
	const order = new Map(roots.map((id, i) => [id, i]));
	return all
		.filter((a) => ids.has(a.id))
		.sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99));
}

async function assertKindCodeFree(
	tx: Db,
	kind: AreaKind,
	code: string | null,
	exceptId?: string
): Promise<void> {
	if (!code) return;
	const [row] = await tx
		.select({ id: areas.id, name: areas.name })
		.from(areas)
		.where(and(eq(areas.kind, kind), eq(areas.code, code)));
	if (row && row.id !== exceptId) {
		throw new ValidationError({
			[LISTED_KINDS.includes(kind) ? 'territory' : 'code']: [
				`Území s kódem ${code} už existuje: ${row.name}.`
			]
		});
	}
}

async function assertParent(tx: Db, parentId: string | null, selfId?: string): Promise<void> {
	if (!parentId) return;
	const [parent] = await tx.select({ id: areas.id }).from(areas).where(eq(areas.id, parentId));
	if (!parent) throw new ValidationError({ parentId: ['Nadřazené území neexistuje.'] });
	if (selfId && (await areaLineage(parentId, tx)).includes(selfId)) {
		throw new ValidationError({
			parentId: ['Území nemůže být nadřazené samo sobě ani svému podřízenému území.']
		});
	}
}

/** Administrators add an area; a kraj or ORP comes from the code list with its kraj as parent. */
export async function createArea(actor: Actor, input: unknown): Promise<Area> {
	authorize(actor, 'organisation.areas.manage');
	const data = parseInput(AreaCreateInput, input);
	return db().transaction(async (tx) => {
		const base = { ico: data.ico, description: data.description };
		if (data.kind === 'kraj' || data.kind === 'orp') {
			const choice = territoryChoice(data.territory ?? '')!;
			await assertKindCodeFree(tx, choice.kind, choice.code);
			if (!choice.code) {
				const [same] = await tx
					.select({ id: areas.id })
					.from(areas)
					.where(and(eq(areas.kind, choice.kind), eq(areas.name, choice.name)));
				if (same) {
					throw new ValidationError({ territory: [`Území ${choice.name} už existuje.`] });
				}
			}
			let parentId: string | null = null;
			if (choice.kraj) {
				const [kraj] = await tx
					.select({ id: areas.id })
					.from(areas)
					.where(and(eq(areas.kind, 'kraj'), eq(areas.code, choice.kraj.code)));
				parentId =
					kraj?.id ??
					(
						await auditedInsert(tx, actor, areas, ENTITY, {
							kind: 'kraj',
							name: choice.kraj.name,
							code: choice.kraj.code
						})
					).id;
			}
			return auditedInsert(tx, actor, areas, ENTITY, {
				...base,
				kind: choice.kind,
				name: choice.name,
				code: choice.code,
				parentId
			});
		}
		await assertKindCodeFree(tx, data.kind, data.code);
		await assertParent(tx, data.parentId ?? null);
		return auditedInsert(tx, actor, areas, ENTITY, {
			...base,
			kind: data.kind,
			name: data.name!,
			code: data.code,
			parentId: data.parentId ?? null
		});
	});
}

/** Edit an area; the code and parent of a kraj or ORP follow the code list and stay fixed. */
export async function updateArea(actor: Actor, id: string, input: unknown): Promise<Area> {
	authorize(actor, 'organisation.areas.manage');
	const { version, ...data } = parseInput(AreaUpdateInput, input);
	const current = await findArea(id);
	const listed = LISTED_KINDS.includes(current.kind);
	const values = listed
		? { name: data.name, ico: data.ico, description: data.description }
		: { ...data, parentId: data.parentId ?? null };
	return db().transaction(async (tx) => {
		if (!listed) {
			await assertKindCodeFree(tx, current.kind, data.code, id);
			await assertParent(tx, data.parentId ?? null, id);
		}
		return auditedUpdate(tx, actor, areas, ENTITY, id, values, {
			expectedVersion: version,
			areaId: id
		});
	});
}
