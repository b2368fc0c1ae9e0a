/**
 * The HSDS API against the HSDS 3.0 JSON schemas (ajv, draft 2020-12, `$ref`s between the files
 * resolved by file name): every endpoint, the paging envelope, filters, CORS and JSON errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestHandler } from '@sveltejs/kit';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eq, sql } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { services } from '#lib/modules/catalogue/index.ts';
/* eslint-disable no-restricted-imports -- test-only fixture and vendored schemas of the catalogue module */
import {
	createCatalogueFixture,
	type CatalogueFixture
} from '#lib/modules/catalogue/hsds.testing.server.ts';
import bundle from '#lib/modules/catalogue/hsds.schemas.json' with { type: 'json' };
/* eslint-enable no-restricted-imports */
import { GET as root, OPTIONS as rootOptions } from './+server.ts';
import { GET as listServices } from './services/+server.ts';
import { GET as getService } from './services/[id]/+server.ts';
import { GET as listOrganizations } from './organizations/+server.ts';
import { GET as getOrganization } from './organizations/[id]/+server.ts';
import { GET as listSal } from './service_at_locations/+server.ts';
import { GET as getSal } from './service_at_locations/[id]/+server.ts';
import { GET as listTaxonomies } from './taxonomies/+server.ts';
import { GET as getTaxonomy } from './taxonomies/[id]/+server.ts';
import { GET as listTerms } from './taxonomy_terms/+server.ts';
import { GET as getTerm } from './taxonomy_terms/[id]/+server.ts';

useTestDatabase();

const schemas = bundle.schemas as Record<string, Record<string, unknown>>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const [file, schema] of Object.entries(schemas)) ajv.addSchema({ ...schema, $id: file });
const validator = (file: string): ValidateFunction => ajv.getSchema(file)!;
const pageValidator = ajv.compile({
	...bundle.page,
	required: [
		'total_items',
		'total_pages',
		'page_number',
		'size',
		'first_page',
		'last_page',
		'empty',
		'contents'
	],
	properties: { ...bundle.page.properties, contents: { type: 'array' } }
});

function expectValid(validate: ValidateFunction, value: unknown): void {
	const ok = validate(value);
	expect(ok, JSON.stringify(validate.errors, null, 1)).toBe(true);
}

function expectPage(body: unknown, item: string): Record<string, unknown>[] {
	expectValid(pageValidator, body);
	const contents = (body as { contents: unknown[] }).contents;
	for (const entry of contents) expectValid(validator(item), entry);
	return contents as Record<string, unknown>[];
}

async function get(handler: RequestHandler, url: string, params: Record<string, string> = {}) {
	const res = await callEndpoint(handler, { url, params });
	expect(res.headers.get('access-control-allow-origin')).toBe('*');
	expect(res.headers.get('content-type')).toMatch(/application\/json/);
	return res;
}

let f: CatalogueFixture;
let other: CatalogueFixture;

beforeAll(async () => {
	f = await createCatalogueFixture();
	other = await createCatalogueFixture();
});

describe('schema validation really validates', () => {
	it('rejects a service with a wrong field', () => {
		const bad = { id: 'not-a-uuid', name: 'x', status: 'active' };
		expect(validator('service.json')(bad)).toBe(false);
		expect(validator('service.json')({ id: f.homeId, name: 'x', status: 'open' })).toBe(false);
		expect(
			validator('service.json')({
				id: f.homeId,
				name: 'x',
				status: 'active',
				phones: [{ id: f.homeId }]
			})
		).toBe(false);
	});
});

describe('GET /api/hsds', () => {
	it('returns version and profile, with CORS and preflight', async () => {
		const res = await get(root, '/api/hsds');
		expect(res.status).toBe(200);
		expect(res.json.version).toBe('3.0');
		expect(String(res.json.profile)).toMatch(/hsds-profile\.md$/);
		expect(res.json.datapackage_url).toBe('http://localhost/open-data/catalogue.zip');
		const pre = await callEndpoint(rootOptions, { url: '/api/hsds', method: 'OPTIONS' });
		expect(pre.status).toBe(204);
		expect(pre.headers.get('access-control-allow-origin')).toBe('*');
		expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
	});
});

describe('services', () => {
	it('lists active services only, valid against the schemas, paged', async () => {
		const res = await get(listServices, '/api/hsds/services?per_page=100');
		expect(res.status).toBe(200);
		const items = expectPage(res.json, 'service.json');
		const ids = items.map((s) => s.id);
		expect(ids).toContain(f.homeId);
		expect(ids).toContain(f.adviceId);
		expect(ids).not.toContain(f.endedId);
		expect(res.json.total_items).toBe(4);
		const home = items.find((s) => s.id === f.homeId)!;
		expect(home.organization).toMatchObject({ id: f.providerA });
		expect(home.email).toBe('domov@pohoda.example');
		expect(home.assured_date).toBe('2026-10-01');
		// An invalid e-mail in the registry is left out rather than breaking the schema.
		expect(items.find((s) => s.id === f.adviceId)!.email).toBeUndefined();
	});

	it('pages with the HSDS envelope', async () => {
		const first = await get(listServices, '/api/hsds/services?per_page=3&page=1');
		expect(first.json).toMatchObject({
			total_items: 4,
			total_pages: 2,
			page_number: 1,
			size: 3,
			first_page: true,
			last_page: false,
			empty: false
		});
		const second = await get(listServices, '/api/hsds/services?per_page=3&page=2');
		expect(second.json).toMatchObject({ size: 1, first_page: false, last_page: true });
		const beyond = await get(listServices, '/api/hsds/services?per_page=3&page=9');
		expect(beyond.json).toMatchObject({ size: 0, empty: true, contents: [] });
		expectPage(beyond.json, 'service.json');
	});

	it('filters by organization_id, taxonomy_term_id, search and modified_after (ANDed)', async () => {
		const byOrg = await get(listServices, `/api/hsds/services?organization_id=${f.providerA}`);
		expect((byOrg.json.contents as { id: string }[]).map((s) => s.id)).toEqual([f.homeId]);

		const terms = await get(listTerms, '/api/hsds/taxonomy_terms?per_page=100');
		const all = terms.json.contents as { id: string; code: string; taxonomy: string }[];
		const kind49 = all.find((t) => t.code === '49')!;
		const ambulant = all.find((t) => t.code === 'amb')!;
		const seniors = all.find((t) => t.code === 'CilovaSkupinaOsoby/24')!;
		const beds = all.find((t) => t.code === 'kapacita-luzka')!;
		const ids = async (query: string) =>
			(
				(await get(listServices, `/api/hsds/services?per_page=100&${query}`)).json.contents as {
					id: string;
				}[]
			)
				.map((s) => s.id)
				.sort();
		expect(await ids(`taxonomy_term_id=${kind49.id}`)).toEqual([f.homeId, other.homeId].sort());
		expect(await ids(`taxonomy_term_id=${ambulant.id}`)).toEqual(
			[f.adviceId, other.adviceId].sort()
		);
		expect(await ids(`taxonomy_term_id=${seniors.id}`)).toEqual([f.homeId, other.homeId].sort());
		expect(await ids(`taxonomy_term_id=${beds.id}&organization_id=${other.providerA}`)).toEqual([
			other.homeId
		]);
		expect(await ids(`taxonomy_term_id=00000000-0000-4000-8000-000000000000`)).toEqual([]);
		const [{ registryId }] = await db()
			.select({ registryId: services.registryId })
			.from(services)
			.where(eq(services.id, f.adviceId));
		expect(await ids(`search=PORADNA%20${registryId}`)).toEqual([f.adviceId]);
		expect(await ids(`search=obcanska%20PORADNA`)).toEqual([f.adviceId, other.adviceId].sort());

		await db()
			.update(services)
			.set({ updatedAt: sql`now() + interval '1 day'` })
			.where(eq(services.id, other.adviceId));
		const tomorrowIso = new Date(Date.now() + 12 * 3600_000).toISOString();
		expect(await ids(`modified_after=${encodeURIComponent(tomorrowIso)}`)).toEqual([
			other.adviceId
		]);
		expect(
			await ids(`modified_after=${encodeURIComponent(tomorrowIso)}&organization_id=${f.providerB}`)
		).toEqual([]);
	});

	it('returns a fully nested service valid against service.json', async () => {
		const res = await get(getService, `/api/hsds/services/${f.homeId}`, { id: f.homeId });
		expect(res.status).toBe(200);
		expectValid(validator('service.json'), res.json);
		const s = res.json as Record<string, unknown> & {
			service_at_locations: { location: { addresses: Record<string, unknown>[] } }[];
			attributes: { link_type: string; value?: string; taxonomy_term: { taxonomy: string } }[];
			organization: { organization_identifiers: Record<string, unknown>[] };
			phones: { number: string }[];
			schedules: Record<string, unknown>[];
			service_areas: { uri: string }[];
		};
		expect(s.organization.organization_identifiers[0]).toMatchObject({
			identifier_scheme: 'CZ-ICO',
			identifier_type: 'IČO'
		});
		expect(s.service_at_locations).toHaveLength(2);
		const address = s.service_at_locations[0].location.addresses[0];
		expect(address).toMatchObject({
			address_1: 'Lipová 12/3',
			city: 'Liberec',
			postal_code: '46001',
			country: 'CZ',
			state_province: 'Liberecký kraj'
		});
		expect(s.service_at_locations[0].location).toMatchObject({
			external_identifier: '12345678',
			external_identifier_type: 'RUIAN-AM'
		});
		expect(s.attributes.map((a) => a.link_type)).toEqual(
			expect.arrayContaining([
				'service_kind',
				'service_form',
				'target_group',
				'registry_identifier',
				'capacity:pob'
			])
		);
		expect(s.attributes.find((a) => a.link_type === 'capacity:pob')!.value).toBe('40');
		expect(s.phones.map((p) => p.number)).toEqual(['485 000 222']);
		expect(s.schedules[0]).toMatchObject({ opens_at: '00:00', closes_at: '23:59', freq: 'WEEKLY' });
		expect(s.service_areas.map((a) => a.uri)).toEqual(['urn:cz:orp:5103', 'urn:cz:kraj:78']);

		const advice = await get(getService, `/api/hsds/services/${f.adviceId}`, { id: f.adviceId });
		expectValid(validator('service.json'), advice.json);
		const schedules = advice.json.schedules as Record<string, unknown>[];
		expect(schedules[0]).toMatchObject({ byday: 'MO', opens_at: '08:00', closes_at: '12:00' });
		expect(schedules[0].description).toBe('ambulantní: pondělí 08:00–12:00');
		expect(schedules[2].description).toContain('po domluvě');
	});

	it('answers 404 as JSON for unknown, ended and malformed ids', async () => {
		for (const id of [f.endedId, '00000000-0000-4000-8000-000000000000', 'nope']) {
			const res = await get(getService, `/api/hsds/services/${id}`, { id });
			expect(res.status).toBe(404);
			expect(res.json).toMatchObject({ status: 404, code: 'not-found' });
		}
	});

	it('rejects a bad per_page, page or filter with 400 JSON', async () => {
		for (const q of [
			'per_page=0',
			'per_page=101',
			'per_page=abc',
			'page=0',
			'organization_id=x',
			'modified_after=yesterday'
		]) {
			const res = await get(listServices, `/api/hsds/services?${q}`);
			expect(res.status, q).toBe(400);
			expect(res.json).toMatchObject({ status: 400, code: 'validation' });
		}
	});
});

describe('organizations', () => {
	it('lists providers with an active service, valid against organization.json', async () => {
		const res = await get(listOrganizations, '/api/hsds/organizations?per_page=100');
		const items = expectPage(res.json, 'organization.json');
		const ids = items.map((o) => o.id);
		expect(ids).toContain(f.providerA);
		expect(ids).not.toContain(f.providerEnded);
		expect(items.find((o) => o.id === f.providerA)!.website).toBe('https://www.pohoda.example/');
		expect(items.find((o) => o.id === f.providerB)!.website).toBeUndefined();
		const search = await get(listOrganizations, '/api/hsds/organizations?search=pohoda');
		expect(search.json.total_items).toBe(2);
	});

	it('returns one organization with identifiers and services', async () => {
		const res = await get(getOrganization, `/api/hsds/organizations/${f.providerA}`, {
			id: f.providerA
		});
		expectValid(validator('organization.json'), res.json);
		expect((res.json.services as { id: string }[]).map((s) => s.id)).toEqual([f.homeId]);
		for (const s of res.json.services as unknown[]) expectValid(validator('service.json'), s);
		const ended = await get(getOrganization, `/api/hsds/organizations/${f.providerEnded}`, {
			id: f.providerEnded
		});
		expect(ended.status).toBe(404);
	});
});

describe('service_at_locations', () => {
	it('lists facilities of active services and returns one with its address', async () => {
		const res = await get(listSal, `/api/hsds/service_at_locations?organization_id=${f.providerA}`);
		const items = expectPage(res.json, 'service_at_location.json');
		expect(items).toHaveLength(2);
		expect(items.map((i) => i.location_id)).toEqual(f.facilityIds.slice(0, 2));
		const one = await get(getSal, `/api/hsds/service_at_locations/${items[1].id}`, {
			id: String(items[1].id)
		});
		expect(one.status).toBe(200);
		expectValid(validator('service_at_location.json'), one.json);
		expect(one.json).toMatchObject({ service_id: f.homeId, location_id: f.facilityIds[1] });
		const all = await get(listSal, '/api/hsds/service_at_locations?per_page=100');
		expect(all.json.total_items).toBe(6);
		const missing = await get(getSal, `/api/hsds/service_at_locations/${f.facilityIds[3]}`, {
			id: f.facilityIds[3]
		});
		expect(missing.status).toBe(404);
	});
});

describe('taxonomies and terms', () => {
	it('lists the four taxonomies and their terms, valid against the schemas', async () => {
		const res = await get(listTaxonomies, '/api/hsds/taxonomies');
		const items = expectPage(res.json, 'taxonomy.json');
		expect(items.map((t) => t.name)).toEqual([
			'Druhy sociálních služeb (zákon 108/2006 Sb.)',
			'Formy poskytování',
			'Cílové skupiny (registr MPSV)',
			'Údaje registru poskytovatelů sociálních služeb'
		]);
		const one = await get(getTaxonomy, `/api/hsds/taxonomies/${items[1].id}`, {
			id: String(items[1].id)
		});
		expectValid(validator('taxonomy.json'), one.json);

		const forms = await get(listTerms, `/api/hsds/taxonomy_terms?taxonomy_id=${items[1].id}`);
		const terms = expectPage(forms.json, 'taxonomy_term.json');
		expect(terms.map((t) => t.code)).toEqual(['amb', 'pob', 'ter']);
		const term = await get(getTerm, `/api/hsds/taxonomy_terms/${terms[0].id}`, {
			id: String(terms[0].id)
		});
		expectValid(validator('taxonomy_term.json'), term.json);
		expect(term.json.name).toBe('ambulantní');
		const searched = await get(listTerms, '/api/hsds/taxonomy_terms?search=pecovatelska');
		expect((searched.json.contents as { code: string }[]).map((t) => t.code)).toEqual(['40']);
		const kinds = await get(
			listTerms,
			`/api/hsds/taxonomy_terms?taxonomy_id=${items[0].id}&per_page=100`
		);
		expect(kinds.json.total_items).toBeGreaterThanOrEqual(33);
		const unknown = await get(getTerm, '/api/hsds/taxonomy_terms/x', { id: 'x' });
		expect(unknown.status).toBe(404);
	});
});
