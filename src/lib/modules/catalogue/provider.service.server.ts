/**
 * Reading providers and services for the internal REST API (`/api/v1/providers`,
 * `/api/v1/services`): filtered, paginated lists and full details, each in a constant number of
 * queries. The catalogue is public registry data, so reading needs `catalogue.public.read`.
 */
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { isUuid } from '#lib/modules/organisation/index.ts';
import { capacities, facilities, providers, serviceForms, services } from './catalogue.schema.ts';
import { foldText } from './search-text.ts';
import './catalogue.permissions.ts';

type ProviderRow = typeof providers.$inferSelect;
type ServiceRow = typeof services.$inferSelect;

export interface ProviderListRow extends ProviderRow {
	serviceCount: number;
}

export async function listCatalogueProviders(
	actor: Actor,
	query: { q?: string; page: number; perPage: number }
): Promise<{ rows: ProviderListRow[]; total: number }> {
	authorize(actor, 'catalogue.public.read');
	const parts: SQL[] = [];
	if (query.q?.trim()) {
		const q = query.q.trim();
		parts.push(
			sql`(unaccent(${providers.name}) ilike unaccent(${'%' + q + '%'}) or ${providers.ico} like ${q.replace(/\s+/g, '') + '%'})`
		);
	}
	const where = parts.length ? and(...parts) : undefined;
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({
				provider: providers,
				// Raw names: drizzle leaves columns unqualified inside selected expressions.
				serviceCount: sql<number>`(select count(*)::int from catalogue_services s where s.provider_id = catalogue_providers.id and s.status = 'active')`
			})
			.from(providers)
			.where(where)
			.orderBy(sql`lower(unaccent(${providers.name}))`, asc(providers.id))
			.limit(query.perPage)
			.offset((query.page - 1) * query.perPage),
		db().select({ n: count() }).from(providers).where(where)
	]);
	return { rows: rows.map((r) => ({ ...r.provider, serviceCount: r.serviceCount })), total: n };
}

export interface ServiceListRow extends ServiceRow {
	providerName: string;
}

export async function getCatalogueProvider(
	actor: Actor,
	id: string
): Promise<{ provider: ProviderRow; services: ServiceListRow[] }> {
	authorize(actor, 'catalogue.public.read');
	if (!isUuid(id)) throw new NotFoundError('Poskytovatel nebyl nalezen.');
	const [provider] = await db().select().from(providers).where(eq(providers.id, id));
	if (!provider) throw new NotFoundError('Poskytovatel nebyl nalezen.');
	const rows = await db()
		.select()
		.from(services)
		.where(eq(services.providerId, id))
		.orderBy(sql`lower(unaccent(${services.name}))`, asc(services.id))
		.limit(1000);
	return { provider, services: rows.map((s) => ({ ...s, providerName: provider.name })) };
}

export interface ServiceListQuery {
	kind?: string;
	kraj?: string;
	orp?: string;
	status?: 'active' | 'ended';
	source?: 'registry' | 'manual';
	text?: string;
	page: number;
	perPage: number;
}

export async function listCatalogueServices(
	actor: Actor,
	query: ServiceListQuery
): Promise<{ rows: ServiceListRow[]; total: number }> {
	authorize(actor, 'catalogue.public.read');
	const parts: SQL[] = [eq(services.status, query.status ?? 'active')];
	if (query.kind) parts.push(eq(services.kindCode, query.kind));
	if (query.kraj) parts.push(sql`${query.kraj} = any(${services.krajCodes})`);
	if (query.orp) parts.push(sql`${query.orp} = any(${services.orpCodes})`);
	if (query.source) parts.push(eq(services.source, query.source));
	if (query.text?.trim()) {
		for (const word of foldText(query.text).split(' ').slice(0, 10)) {
			parts.push(
				sql`${services.searchText} like ${'%' + word.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'}`
			);
		}
	}
	const where = and(...parts);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({ service: services, providerName: providers.name })
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(where)
			.orderBy(sql`lower(unaccent(${services.name}))`, asc(services.id))
			.limit(query.perPage)
			.offset((query.page - 1) * query.perPage),
		db().select({ n: count() }).from(services).where(where)
	]);
	return { rows: rows.map((r) => ({ ...r.service, providerName: r.providerName })), total: n };
}

export interface ServiceFullDetail {
	service: ServiceRow;
	provider: ProviderRow;
	forms: (typeof serviceForms.$inferSelect)[];
	capacities: (typeof capacities.$inferSelect)[];
	facilities: (typeof facilities.$inferSelect)[];
}

/** Everything about one service (any status): four queries. */
export async function getCatalogueService(actor: Actor, id: string): Promise<ServiceFullDetail> {
	authorize(actor, 'catalogue.public.read');
	if (!isUuid(id)) throw new NotFoundError('Služba nebyla nalezena.');
	const [[row], forms, caps, places] = await Promise.all([
		db()
			.select({ service: services, provider: providers })
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(eq(services.id, id)),
		db()
			.select()
			.from(serviceForms)
			.where(inArray(serviceForms.serviceId, [id]))
			.orderBy(asc(serviceForms.form)),
		db()
			.select()
			.from(capacities)
			.where(eq(capacities.serviceId, id))
			.orderBy(asc(capacities.form), asc(capacities.unit)),
		db()
			.select()
			.from(facilities)
			.where(eq(facilities.serviceId, id))
			.orderBy(asc(facilities.sort), asc(facilities.id))
	]);
	if (!row) throw new NotFoundError('Služba nebyla nalezena.');
	return { ...row, forms, capacities: caps, facilities: places };
}
