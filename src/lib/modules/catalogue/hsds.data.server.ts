/**
 * Reading the catalogue for open data (HSDS API and the datapackage): pages of active services
 * with all their related rows in a constant number of queries, and the taxonomy terms of the
 * Czech profile. Public data only — never statutory bodies, heads of facilities or edits in review.
 */
import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import {
	capacities,
	codeListItems,
	facilities,
	providers,
	serviceForms,
	services
} from './catalogue.schema.ts';
import { foldText } from './search-text.ts';
import {
	SERVICE_FORM_LABELS,
	SERVICE_FORMS,
	SERVICE_KINDS,
	serviceKindLabel
} from './service-kinds.ts';
import { hsdsIds, type HsdsTaxonomyKey } from './hsds.ids.server.ts';

export type ServiceRow = typeof services.$inferSelect;
export type ProviderRow = typeof providers.$inferSelect;
export type FacilityRow = typeof facilities.$inferSelect;
export type FormRow = typeof serviceForms.$inferSelect;
export type CapacityRow = typeof capacities.$inferSelect;

/** A service with everything the open-data outputs need. */
export interface ServiceBundle {
	service: ServiceRow;
	provider: ProviderRow;
	facilities: FacilityRow[];
	forms: FormRow[];
	capacities: CapacityRow[];
}

export interface ServiceFilter {
	search?: string;
	taxonomyTermId?: string;
	organizationId?: string;
	modifiedAfter?: Date;
}

/** Active services only: ended services and edits awaiting approval are never published. */
const ACTIVE = eq(services.status, 'active');

/** Target groups: the registry code list when loaded, else the code itself. */
export async function targetGroupLabels(): Promise<Map<string, string>> {
	const rows = await db()
		.select({ code: codeListItems.code, label: codeListItems.label })
		.from(codeListItems)
		.where(eq(codeListItems.list, 'CilovaSkupinaOsoby'));
	return new Map(rows.map((r) => [r.code, r.label]));
}

/** Term of the Czech profile: which taxonomy, its code, name. */
export interface ProfileTerm {
	id: string;
	taxonomy: HsdsTaxonomyKey;
	code: string;
	name: string;
	description: string;
}

/** Terms of the "registry" taxonomy: the registry identifier, non-registered services and capacity units. */
export const REGISTRY_TERMS: { code: string; name: string; description: string }[] = [
	{
		code: 'identifikator',
		name: 'Identifikátor sociální služby',
		description:
			'Sedmimístný identifikátor služby v registru poskytovatelů sociálních služeb (MPSV); hodnota atributu.'
	},
	{
		code: 'navazna-sluzba',
		name: 'Návazná služba (mimo registr)',
		description:
			'Služba, která není registrovanou sociální službou podle zákona 108/2006 Sb.; hodnota atributu je její druh.'
	},
	...(['klient', 'kontakt', 'interv', 'luzka', 'hovor'] as const).map((unit) => ({
		code: `kapacita-${unit}`,
		name: `Kapacita: ${
			{
				klient: 'počet klientů',
				kontakt: 'počet kontaktů',
				interv: 'počet intervencí',
				luzka: 'počet lůžek',
				hovor: 'počet hovorů'
			}[unit]
		}`,
		description:
			'Registrovaná kapacita služby v této jednotce; hodnota atributu je počet, link_type „capacity:<forma>“.'
	}))
];

/** All terms of the profile (target groups from the loaded code list). */
export async function profileTerms(): Promise<ProfileTerm[]> {
	const groups = await targetGroupLabels();
	return [
		...SERVICE_KINDS.map((k) => ({
			id: hsdsIds.term('kinds', k.code),
			taxonomy: 'kinds' as const,
			code: k.code,
			name: serviceKindLabel(k.code),
			description: k.paragraph
				? `Druh sociální služby podle § ${k.paragraph} zákona 108/2006 Sb.`
				: 'Druh služby vedený v registru poskytovatelů.'
		})),
		...SERVICE_FORMS.map((f) => ({
			id: hsdsIds.term('forms', f),
			taxonomy: 'forms' as const,
			code: f,
			name: SERVICE_FORM_LABELS[f],
			description: `Forma poskytování sociální služby: ${SERVICE_FORM_LABELS[f]}.`
		})),
		...[...groups.entries()].map(([code, label]) => ({
			id: hsdsIds.term('target-groups', code),
			taxonomy: 'target-groups' as const,
			code,
			name: label,
			description: `Cílová skupina osob podle číselníku registru (${code}).`
		})),
		...REGISTRY_TERMS.map((t) => ({
			id: hsdsIds.term('registry', t.code),
			taxonomy: 'registry' as const,
			...t
		}))
	];
}

/** The SQL condition of a taxonomy term, or `false` for an unknown term. */
async function termCondition(termId: string): Promise<SQL | false> {
	const term = (await profileTerms()).find((t) => t.id === termId);
	if (!term) return false;
	switch (term.taxonomy) {
		case 'kinds':
			return eq(services.kindCode, term.code);
		case 'forms':
			return sql`exists (select 1 from ${serviceForms} where ${serviceForms.serviceId} = ${services.id} and ${serviceForms.form} = ${term.code})`;
		case 'target-groups':
			return sql`${term.code} = any(${services.targetGroupCodes})`;
		case 'registry': {
			if (term.code === 'identifikator') return sql`${services.registryId} is not null`;
			if (term.code === 'navazna-sluzba') return eq(services.source, 'manual');
			const unit = term.code.replace('kapacita-', '');
			return sql`exists (select 1 from ${capacities} where ${capacities.serviceId} = ${services.id} and ${capacities.unit} = ${unit})`;
		}
	}
}

/** Conditions ANDed (HSDS filters are cumulative); `false` when nothing can match. */
export async function serviceConditions(filter: ServiceFilter): Promise<SQL | false> {
	const parts: SQL[] = [ACTIVE];
	if (filter.search?.trim()) {
		for (const word of foldText(filter.search).split(' ').slice(0, 10)) {
			const escaped = word.replace(/[\\%_]/g, (c) => `\\${c}`);
			parts.push(sql`${services.searchText} like ${'%' + escaped + '%'}`);
		}
	}
	if (filter.organizationId) parts.push(eq(services.providerId, filter.organizationId));
	if (filter.modifiedAfter) parts.push(gt(services.updatedAt, filter.modifiedAfter));
	if (filter.taxonomyTermId) {
		const condition = await termCondition(filter.taxonomyTermId);
		if (condition === false) return false;
		parts.push(condition);
	}
	return and(...parts)!;
}

const SERVICE_ORDER = [sql`lower(unaccent(${services.name}))`, asc(services.id)];

/** One page of active services (ids only) and the total. */
export async function pageServiceIds(
	filter: ServiceFilter,
	limit: number,
	offset: number
): Promise<{ ids: string[]; total: number }> {
	const where = await serviceConditions(filter);
	if (where === false) return { ids: [], total: 0 };
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({ id: services.id })
			.from(services)
			.where(where)
			.orderBy(...SERVICE_ORDER)
			.limit(limit)
			.offset(offset),
		db().select({ n: count() }).from(services).where(where)
	]);
	return { ids: rows.map((r) => r.id), total: n };
}

/** Services with their provider, facilities, forms and capacities — five queries for any page size. */
export async function loadBundles(ids: string[]): Promise<ServiceBundle[]> {
	if (!ids.length) return [];
	const [rows, facilityRows, formRows, capacityRows] = await Promise.all([
		db()
			.select({ service: services, provider: providers })
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(and(inArray(services.id, ids), ACTIVE)),
		db()
			.select()
			.from(facilities)
			.where(inArray(facilities.serviceId, ids))
			.orderBy(asc(facilities.sort), asc(facilities.id)),
		db()
			.select()
			.from(serviceForms)
			.where(inArray(serviceForms.serviceId, ids))
			.orderBy(asc(serviceForms.form)),
		db()
			.select()
			.from(capacities)
			.where(inArray(capacities.serviceId, ids))
			.orderBy(asc(capacities.form), asc(capacities.unit))
	]);
	const group = <T extends { serviceId: string }>(list: T[]) => {
		const map = new Map<string, T[]>();
		for (const item of list) {
			const bucket = map.get(item.serviceId);
			if (bucket) bucket.push(item);
			else map.set(item.serviceId, [item]);
		}
		return map;
	};
	const byFacility = group(facilityRows);
	const byForm = group(formRows);
	const byCapacity = group(capacityRows);
	const byId = new Map(rows.map((r) => [r.service.id, r]));
	return ids
		.map((id) => byId.get(id))
		.filter((r) => r !== undefined)
		.map((r) => ({
			service: r.service,
			provider: r.provider,
			facilities: byFacility.get(r.service.id) ?? [],
			forms: byForm.get(r.service.id) ?? [],
			capacities: byCapacity.get(r.service.id) ?? []
		}));
}

/** Providers that have at least one active service (the published organizations). */
const PUBLISHED_PROVIDER = sql`exists (select 1 from ${services} where ${services.providerId} = ${providers.id} and ${services.status} = 'active')`;

export async function pageProviders(
	search: string | undefined,
	limit: number,
	offset: number
): Promise<{ rows: ProviderRow[]; total: number }> {
	const parts: SQL[] = [PUBLISHED_PROVIDER];
	if (search?.trim()) {
		const q = search.trim();
		parts.push(
			sql`(unaccent(${providers.name}) ilike unaccent(${'%' + q + '%'}) or ${providers.ico} like ${q.replace(/\s+/g, '') + '%'})`
		);
	}
	const where = and(...parts);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(providers)
			.where(where)
			.orderBy(sql`lower(unaccent(${providers.name}))`, asc(providers.id))
			.limit(limit)
			.offset(offset),
		db().select({ n: count() }).from(providers).where(where)
	]);
	return { rows, total: n };
}

export async function findPublishedProvider(id: string): Promise<ProviderRow | undefined> {
	const [row] = await db()
		.select()
		.from(providers)
		.where(and(eq(providers.id, id), PUBLISHED_PROVIDER));
	return row;
}

/** Active service ids of one provider (for `/organizations/{id}`), capped. */
export async function providerServiceIds(providerId: string, limit = 500): Promise<string[]> {
	const rows = await db()
		.select({ id: services.id })
		.from(services)
		.where(and(eq(services.providerId, providerId), ACTIVE))
		.orderBy(...SERVICE_ORDER)
		.limit(limit);
	return rows.map((r) => r.id);
}

/** A page of facilities of active services (service_at_location), with the total. */
export async function pageFacilities(
	filter: ServiceFilter,
	limit: number,
	offset: number
): Promise<{ rows: { facilityId: string; serviceId: string }[]; total: number }> {
	const where = await serviceConditions(filter);
	if (where === false) return { rows: [], total: 0 };
	const base = db()
		.select({ facilityId: facilities.id, serviceId: facilities.serviceId })
		.from(facilities)
		.innerJoin(services, eq(services.id, facilities.serviceId))
		.where(where);
	const [rows, [{ n }]] = await Promise.all([
		base
			.orderBy(
				sql`lower(unaccent(${services.name}))`,
				asc(services.id),
				asc(facilities.sort),
				asc(facilities.id)
			)
			.limit(limit)
			.offset(offset),
		db()
			.select({ n: count() })
			.from(facilities)
			.innerJoin(services, eq(services.id, facilities.serviceId))
			.where(where)
	]);
	return { rows, total: n };
}

/** The service id of a facility of an active service. */
export async function facilityServiceId(facilityId: string): Promise<string | undefined> {
	const [row] = await db()
		.select({ serviceId: facilities.serviceId })
		.from(facilities)
		.innerJoin(services, eq(services.id, facilities.serviceId))
		.where(and(eq(facilities.id, facilityId), ACTIVE));
	return row?.serviceId;
}

/** The facility whose derived service_at_location id is `salId` (ids are UUIDv5 of the facility). */
export async function facilityIdOfServiceAtLocation(salId: string): Promise<string | undefined> {
	// service_at_location ids are derived, so look them up among the facilities of active services.
	const rows = await db()
		.select({ id: facilities.id })
		.from(facilities)
		.innerJoin(services, eq(services.id, facilities.serviceId))
		.where(ACTIVE);
	return rows.find((r) => hsdsIds.serviceAtLocation(r.id) === salId)?.id;
}
