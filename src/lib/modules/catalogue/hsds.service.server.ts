/**
 * HSDS 3.0 read API of the catalogue (public, read-only): the use cases behind `/api/hsds/…`.
 * Each returns plain JSON of the Czech profile; routes only add CORS and serialise.
 */
import { z } from 'zod';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import {
	facilityIdOfServiceAtLocation,
	facilityServiceId,
	findPublishedProvider,
	loadBundles,
	pageFacilities,
	pageProviders,
	pageServiceIds,
	profileTerms,
	providerServiceIds,
	type ServiceFilter
} from './hsds.data.server.ts';
import {
	HSDS_PROFILE_URL,
	HSDS_VERSION,
	hsdsPage,
	presentOrganization,
	presentService,
	presentServiceAtLocation,
	presentTaxonomy,
	presentTerm,
	termIndex
} from './hsds.presenter.server.ts';
import type { HsdsTaxonomyKey } from './hsds.ids.server.ts';
import { hsdsIds } from './hsds.ids.server.ts';
import './catalogue.permissions.ts';

type Json = Record<string, unknown>;

export const HSDS_MAX_PER_PAGE = 100;
const NOT_FOUND = 'Záznam nebyl nalezen (nebo není zveřejněn).';

const pageFields = {
	page: z.coerce.number().int().min(1).max(100_000).default(1),
	per_page: z.coerce.number().int().min(1).max(HSDS_MAX_PER_PAGE).default(25)
};
const uuidOrUndefined = z.uuid().optional();

const ListQuery = z.object({
	...pageFields,
	search: z.string().trim().max(200).optional(),
	taxonomy_term_id: uuidOrUndefined,
	organization_id: uuidOrUndefined,
	modified_after: z.iso.datetime({ offset: true }).or(z.iso.date()).optional()
});
const SearchQuery = z.object({ ...pageFields, search: z.string().trim().max(200).optional() });
const TermQuery = SearchQuery.extend({ taxonomy_id: uuidOrUndefined });
const IdParam = z.uuid();

function filterOf(q: z.output<typeof ListQuery>): ServiceFilter {
	return {
		search: q.search,
		taxonomyTermId: q.taxonomy_term_id,
		organizationId: q.organization_id,
		modifiedAfter: q.modified_after ? new Date(q.modified_after) : undefined
	};
}

function idOf(id: string): string {
	const parsed = IdParam.safeParse(id);
	if (!parsed.success) throw new NotFoundError(NOT_FOUND);
	return parsed.data;
}

/** `GET /`: version, profile and the OpenAPI document of this API. */
export function hsdsRoot(actor: Actor, baseUrl: string): Json {
	authorize(actor, 'catalogue.public.read');
	return {
		version: HSDS_VERSION,
		profile: HSDS_PROFILE_URL,
		openapi_url:
			'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
		datapackage_url: `${baseUrl}/open-data/catalogue.zip`
	};
}

export async function hsdsListServices(actor: Actor, query: unknown): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const q = parseInput(ListQuery, query);
	const { ids, total } = await pageServiceIds(filterOf(q), q.per_page, (q.page - 1) * q.per_page);
	const bundles = await loadBundles(ids);
	const index = termIndex([]);
	return hsdsPage(
		bundles.map((b) => presentService(b, index, false)),
		total,
		q.page,
		q.per_page
	);
}

export async function hsdsGetService(actor: Actor, id: string): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const [bundle] = await loadBundles([idOf(id)]);
	if (!bundle) throw new NotFoundError(NOT_FOUND);
	return presentService(bundle, termIndex(await profileTerms()), true);
}

export async function hsdsListOrganizations(actor: Actor, query: unknown): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const q = parseInput(SearchQuery, query);
	const { rows, total } = await pageProviders(q.search, q.per_page, (q.page - 1) * q.per_page);
	return hsdsPage(
		rows.map((p) => presentOrganization(p, false)),
		total,
		q.page,
		q.per_page
	);
}

/** One organization with its identifiers, phones and (one-to-one fields of) its active services. */
export async function hsdsGetOrganization(actor: Actor, id: string): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const provider = await findPublishedProvider(idOf(id));
	if (!provider) throw new NotFoundError(NOT_FOUND);
	const bundles = await loadBundles(await providerServiceIds(provider.id));
	const index = termIndex([]);
	return {
		...presentOrganization(provider, true),
		services: bundles.map((b) => {
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the parent is this object
			const { organization, ...service } = presentService(b, index, false);
			return service;
		})
	};
}

export async function hsdsListServiceAtLocations(actor: Actor, query: unknown): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const q = parseInput(ListQuery, query);
	const { rows, total } = await pageFacilities(filterOf(q), q.per_page, (q.page - 1) * q.per_page);
	const bundles = new Map(
		(await loadBundles([...new Set(rows.map((r) => r.serviceId))])).map((b) => [b.service.id, b])
	);
	const contents = rows.flatMap((r) => {
		const bundle = bundles.get(r.serviceId);
		const facility = bundle?.facilities.find((f) => f.id === r.facilityId);
		return bundle && facility ? [presentServiceAtLocation(facility, bundle, false)] : [];
	});
	return hsdsPage(contents, total, q.page, q.per_page);
}

export async function hsdsGetServiceAtLocation(actor: Actor, id: string): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const facilityId = await facilityIdOfServiceAtLocation(idOf(id));
	const serviceId = facilityId && (await facilityServiceId(facilityId));
	const [bundle] = serviceId ? await loadBundles([serviceId]) : [];
	const facility = bundle?.facilities.find((f) => f.id === facilityId);
	if (!bundle || !facility) throw new NotFoundError(NOT_FOUND);
	return presentServiceAtLocation(facility, bundle, true);
}

const TAXONOMY_KEYS: HsdsTaxonomyKey[] = ['kinds', 'forms', 'target-groups', 'registry'];

function matches(search: string | undefined, ...texts: string[]): boolean {
	if (!search) return true;
	const needle = search
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
	return texts.some((t) =>
		t
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.includes(needle)
	);
}

export function hsdsListTaxonomies(actor: Actor, query: unknown): Json {
	authorize(actor, 'catalogue.public.read');
	const q = parseInput(SearchQuery, query);
	const all = TAXONOMY_KEYS.map(presentTaxonomy).filter((t) =>
		matches(q.search, String(t.name), String(t.description))
	);
	const offset = (q.page - 1) * q.per_page;
	return hsdsPage(all.slice(offset, offset + q.per_page), all.length, q.page, q.per_page);
}

export function hsdsGetTaxonomy(actor: Actor, id: string): Json {
	authorize(actor, 'catalogue.public.read');
	const key = TAXONOMY_KEYS.find((k) => hsdsIds.taxonomy(k) === id);
	if (!key) throw new NotFoundError(NOT_FOUND);
	return presentTaxonomy(key);
}

export async function hsdsListTaxonomyTerms(actor: Actor, query: unknown): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const q = parseInput(TermQuery, query);
	const all = (await profileTerms()).filter(
		(t) =>
			(!q.taxonomy_id || hsdsIds.taxonomy(t.taxonomy) === q.taxonomy_id) &&
			matches(q.search, t.name, t.code, t.description)
	);
	const offset = (q.page - 1) * q.per_page;
	return hsdsPage(
		all.slice(offset, offset + q.per_page).map((t) => presentTerm(t)),
		all.length,
		q.page,
		q.per_page
	);
}

export async function hsdsGetTaxonomyTerm(actor: Actor, id: string): Promise<Json> {
	authorize(actor, 'catalogue.public.read');
	const term = (await profileTerms()).find((t) => t.id === id);
	if (!term) throw new NotFoundError(NOT_FOUND);
	return presentTerm(term);
}
