import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { NotFoundError, UnauthorizedError, ValidationError } from '#lib/platform/http/errors.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import type { Actor } from '#lib/platform/access/actor.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the catalogue module
import { insertTestService } from '#lib/modules/catalogue/service.testing.server.ts';
import * as search from './+page.server.ts';
import * as situation from './situace/[slug]/+page.server.ts';
import * as detail from './sluzby/[id]/+page.server.ts';
import * as provider from './poskytovatele/[id]/+page.server.ts';
import * as overview from './prehled/+page.server.ts';
import * as xlsx from './prehled.xlsx/+server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, options: Parameters<typeof fakeEvent>[0]) =>
	outcome(() => (fn as Loose)(fakeEvent(options).event));
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let user: Actor;
let serviceId: string, providerId: string;

beforeAll(async () => {
	user = (await createTestUser()).actor;
	({ id: serviceId, providerId } = await insertTestService({
		name: 'Pečovatelská služba Liberec',
		kindCode: '40',
		provider: { name: 'Centrum sociálních služeb Liberec', ico: '00000001' },
		forms: [{ form: 'ter' }],
		capacities: [{ form: 'ter', unit: 'klient', count: 12 }],
		facilities: [
			{
				municipalityCode: '563889',
				municipalityName: 'Liberec',
				orpCode: '5105',
				krajCode: '78',
				street: 'Zhořelecká',
				houseNumber: '1',
				latitude: 50.77,
				longitude: 15.06
			}
		]
	}));
});

describe('/katalog public pages', () => {
	it('search: 200 for the anonymous public; diacritics-free text finds the service', async () => {
		const r = await call(search.load, {
			url: 'http://localhost/katalog?q=pecovatelska+sluzba+liberec'
		});
		expect(r.value).toMatchObject({
			search: { total: 1, filtered: true, items: [{ id: serviceId }] }
		});
	});

	it('search: 400 with a Czech message for bad parameters', async () => {
		for (const query of ['druh=999', 'strana=abc', 'razeni=x', 'orp=12', 'forma=xyz']) {
			const r = await call(search.load, { url: `http://localhost/katalog?${query}` });
			expect(r.thrown, query).toBeInstanceOf(ValidationError);
			expect((r.thrown as ValidationError).status).toBe(400);
			expect((r.thrown as ValidationError).message).toMatch(/^Neplatný odkaz na vyhledávání \(/);
		}
	});

	it('life situation: 200 pre-filtered; unknown slug 404', async () => {
		const ok = await call(situation.load, {
			url: 'http://localhost/katalog/situace/pecuji-o-blizkeho-doma',
			params: { slug: 'pecuji-o-blizkeho-doma' }
		});
		expect(ok.value).toMatchObject({
			situation: { title: 'Pečuji o blízkého doma' },
			search: { total: 1, path: '/katalog/situace/pecuji-o-blizkeho-doma' }
		});
		const missing = await call(situation.load, {
			url: 'http://localhost/katalog/situace/x',
			params: { slug: 'x' }
		});
		expect(missing.thrown).toBeInstanceOf(NotFoundError);
	});

	it('service detail: 200 with JSON-LD and map data; 404 unknown or malformed id', async () => {
		const r = await call(detail.load, {
			url: `http://localhost/katalog/sluzby/${serviceId}`,
			params: { id: serviceId }
		});
		const value = r.value as {
			service: { name: string; markers: unknown[]; forms: { capacities: { text: string }[] }[] };
			jsonLd: string;
			map: { tileUrl: string };
		};
		expect(value.service.name).toBe('Pečovatelská služba Liberec');
		expect(value.service.forms[0].capacities[0].text).toBe('12 klientů');
		expect(value.service.markers).toHaveLength(1);
		expect(JSON.parse(value.jsonLd)).toMatchObject({
			'@type': 'Service',
			'@id': `http://localhost/katalog/sluzby/${serviceId}#service`,
			provider: { identifier: { propertyID: 'CZ-ICO', value: '00000001' } }
		});
		expect(value.map.tileUrl).toContain('{z}');
		for (const id of [UNKNOWN, 'abc']) {
			const missing = await call(detail.load, {
				url: `http://localhost/katalog/sluzby/${id}`,
				params: { id }
			});
			expect(missing.thrown).toBeInstanceOf(NotFoundError);
		}
	});

	it('provider: 200 with its services; 404 unknown', async () => {
		const r = await call(provider.load, {
			url: `http://localhost/katalog/poskytovatele/${providerId}`,
			params: { id: providerId }
		});
		expect(r.value).toMatchObject({
			provider: { ico: '00000001' },
			total: 1,
			active: 1,
			services: [{ id: serviceId, kindLabel: '§ 40 Pečovatelská služba', forms: 'terénní' }]
		});
		const missing = await call(provider.load, {
			url: `http://localhost/katalog/poskytovatele/${UNKNOWN}`,
			params: { id: UNKNOWN }
		});
		expect(missing.thrown).toBeInstanceOf(NotFoundError);
	});
});

describe('/katalog/prehled (signed in)', () => {
	it('401 anonymous, 200 signed in, 400 bad parameters', async () => {
		const anon = await call(overview.load, { url: 'http://localhost/katalog/prehled' });
		expect(anon.thrown).toBeInstanceOf(UnauthorizedError);
		const ok = await call(overview.load, {
			actor: user,
			url: 'http://localhost/katalog/prehled?uroven=kraj'
		});
		expect(ok.value).toMatchObject({
			overview: {
				level: 'kraj',
				rows: [{ territoryName: 'Liberecký kraj', values: { klient: 12 } }]
			},
			exportHref: '/katalog/prehled.xlsx?uroven=kraj'
		});
		const bad = await call(overview.load, {
			actor: user,
			url: 'http://localhost/katalog/prehled?uroven=okres'
		});
		expect(bad.thrown).toBeInstanceOf(ValidationError);
		expect((bad.thrown as ValidationError).message).toBe(
			'Vyberte úroveň území: kraj, ORP nebo obec.'
		);
	});

	it('XLSX: 401 anonymous, 400 bad parameters, a workbook for a signed-in user', async () => {
		const anon = await call(xlsx.GET, { url: 'http://localhost/katalog/prehled.xlsx' });
		expect(anon.thrown).toMatchObject({ status: 401 });
		const bad = await call(xlsx.GET, {
			actor: user,
			url: `http://localhost/katalog/prehled.xlsx?uzemi=${UNKNOWN}`
		});
		expect(bad.thrown).toMatchObject({
			status: 400,
			body: { message: 'Území plánování neexistuje.' }
		});
		const ok = await call(xlsx.GET, { actor: user, url: 'http://localhost/katalog/prehled.xlsx' });
		const response = ok.value as Response;
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('spreadsheetml');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // ZIP (XLSX)
	});
});
