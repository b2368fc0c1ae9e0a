import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { codeListItems } from './catalogue.schema.ts';
import { searchServices } from './search.service.server.ts';
import { insertTestService } from './service.testing.server.ts';

useTestDatabase();

const LIBEREC = {
	municipalityCode: '563889',
	municipalityName: 'Liberec',
	orpCode: '5105',
	krajCode: '78'
};
const OSTRAVA = {
	municipalityCode: '554821',
	municipalityName: 'Ostrava',
	orpCode: '8019',
	krajCode: '132'
};
const search = (input: Record<string, unknown>) => searchServices(ANONYMOUS, input);

beforeAll(async () => {
	await db().insert(codeListItems).values({
		list: 'CilovaSkupinaOsoby',
		code: 'CilovaSkupinaOsoby/24',
		label: 'senioři (číselník)'
	});
	await insertTestService({
		name: 'Pečovatelská služba Liberec',
		kindCode: '40',
		provider: { name: 'Centrum zdravotních a sociálních služeb Liberec', ico: '00000001' },
		forms: [{ form: 'ter' }, { form: 'amb' }],
		targetGroupCodes: ['CilovaSkupinaOsoby/24'],
		facilities: [{ ...LIBEREC, street: 'Zhořelecká' }]
	});
	await insertTestService({
		name: 'Pečovatelská služba Ostrava',
		kindCode: '40',
		forms: [{ form: 'ter' }],
		targetGroupCodes: ['CilovaSkupinaOsoby/24', 'CilovaSkupinaOsoby/26'],
		facilities: [OSTRAVA]
	});
	await insertTestService({
		name: 'Domov pro seniory Vratislavice',
		kindCode: '49',
		forms: [{ form: 'pob', continuous: true }],
		targetGroupCodes: ['CilovaSkupinaOsoby/24'],
		facilities: [LIBEREC]
	});
	await insertTestService({
		name: 'Chráněné bydlení Hvězda',
		kindCode: '51',
		forms: [{ form: 'pob' }],
		facilities: [LIBEREC]
	});
	await insertTestService({
		name: 'Čtyřlístek – sociální rehabilitace',
		kindCode: '70',
		forms: [{ form: 'amb' }],
		facilities: [OSTRAVA]
	});
	await insertTestService({
		name: 'Hospicová poradna',
		kindCode: '37',
		forms: [{ form: 'amb' }],
		facilities: [LIBEREC]
	});
	await insertTestService({
		name: 'Centrum denních služeb Zahrada',
		kindCode: '45',
		forms: [{ form: 'amb' }],
		facilities: [OSTRAVA]
	});
	await insertTestService({
		name: 'Ukončená pečovatelská služba',
		kindCode: '40',
		status: 'ended',
		forms: [{ form: 'ter' }],
		facilities: [LIBEREC]
	});
	await insertTestService({
		name: 'Dluhová poradna města',
		kindCode: null,
		kindText: 'dluhové poradenství obce',
		source: 'manual',
		registryId: null,
		facilities: [LIBEREC]
	});
});

describe('searchServices', () => {
	it('finds "pecovatelska sluzba liberec" without diacritics, best match first', async () => {
		const r = await search({ q: 'pecovatelska sluzba liberec' });
		expect(r.items.map((i) => i.name)).toEqual(['Pečovatelská služba Liberec']);
		expect(r.sort).toBe('relevance');
		expect(r.items[0]).toMatchObject({
			kindLabel: '§ 40 Pečovatelská služba',
			places: ['Liberec'],
			forms: [
				{ code: 'amb', label: 'ambulantní' },
				{ code: 'ter', label: 'terénní' }
			],
			targetGroups: ['senioři (číselník)'],
			registered: true,
			ended: false
		});
	});

	it('tolerates typos and prefixes', async () => {
		const typo = await search({ q: 'pečovatelka' });
		expect(typo.items.map((i) => i.name).sort(compareCs)).toEqual([
			'Pečovatelská služba Liberec',
			'Pečovatelská služba Ostrava'
		]);
		const prefix = await search({ q: 'pecovatelsk' });
		expect(prefix.total).toBe(2);
		const ico = await search({ q: '00000001' });
		expect(ico.items.map((i) => i.name)).toEqual(['Pečovatelská služba Liberec']);
		expect((await search({ q: 'xyzzy neexistuje' })).total).toBe(0);
	});

	it('active only by default; ended services on request, after the active ones', async () => {
		expect((await search({ q: 'pecovatelska' })).total).toBe(2);
		const all = await search({ q: 'pecovatelska', includeEnded: true });
		expect(all.total).toBe(3);
		expect(all.items.at(-1)).toMatchObject({ name: 'Ukončená pečovatelská služba', ended: true });
	});

	it('filters by kind, category, target group, form and territory; facets ignore their own filter', async () => {
		const r = await search({ kinds: ['40'] });
		expect(r.total).toBe(2);
		const kindFacet = Object.fromEntries(r.facets.kinds.map((f) => [f.value, f.count]));
		expect(kindFacet).toMatchObject({ '40': 2, '49': 1, '51': 1, '70': 1, '37': 1, '45': 1 });
		expect(r.facets.kinds.find((f) => f.value === '40')?.selected).toBe(true);
		expect(r.facets.kinds[0].value).toBe('37');
		const forms = Object.fromEntries(r.facets.forms.map((f) => [f.value, f.count]));
		expect(forms).toEqual({ ter: 2, amb: 1 });
		expect(r.facets.forms.map((f) => f.value)).toEqual(['amb', 'ter']);
		const kraje = Object.fromEntries(r.facets.kraje.map((f) => [f.label, f.count]));
		expect(kraje).toEqual({ 'Liberecký kraj': 1, 'Moravskoslezský kraj': 1 });
		const targets = Object.fromEntries(r.facets.targetGroups.map((f) => [f.label, f.count]));
		expect(targets).toEqual({ 'senioři (číselník)': 2, 'pečující osoby': 1 });

		expect((await search({ kinds: ['40'], kraje: ['78'] })).items.map((i) => i.name)).toEqual([
			'Pečovatelská služba Liberec'
		]);
		expect((await search({ targetGroups: ['CilovaSkupinaOsoby/26'] })).total).toBe(1);
		expect((await search({ forms: ['pob'] })).total).toBe(2);
		expect((await search({ category: 'socialni_prevence' })).items.map((i) => i.name)).toEqual([
			'Čtyřlístek – sociální rehabilitace'
		]);
		expect((await search({ orp: '8019' })).total).toBe(3);
		expect((await search({ obec: 'liberec' })).total).toBe(5);
		const unknown = await search({ obec: 'Neznámov' });
		expect(unknown).toMatchObject({ total: 0, unknownMunicipality: true });
	});

	it('life situations pre-filter by kinds, forms and words of non-registered services', async () => {
		const seniors = await search({ situation: 'pobytove-zarizeni-pro-seniora' });
		expect(seniors.items.map((i) => i.name)).toEqual(['Domov pro seniory Vratislavice']);
		const carers = await search({ situation: 'pecuji-o-blizkeho-doma' });
		expect(carers.items.map((i) => i.name)).toEqual([
			'Centrum denních služeb Zahrada',
			'Pečovatelská služba Liberec',
			'Pečovatelská služba Ostrava'
		]);
		const debts = await search({ situation: 'dluhy' });
		expect(debts.items.map((i) => i.name)).toEqual(['Dluhová poradna města', 'Hospicová poradna']);
		expect(debts.items[0]).toMatchObject({
			registered: false,
			kindLabel: 'dluhové poradenství obce'
		});
		await expect(search({ situation: 'neexistuje' })).rejects.toBeInstanceOf(ValidationError);
	});

	it('sorts by name in Czech order (č after c, ch after h) and by provider', async () => {
		const r = await search({ sort: 'name' });
		const names = r.items.map((i) => i.name);
		expect(names).toEqual([...names].sort(compareCs));
		expect(names.indexOf('Chráněné bydlení Hvězda')).toBeGreaterThan(
			names.indexOf('Hospicová poradna')
		);
		expect(names.indexOf('Čtyřlístek – sociální rehabilitace')).toBeGreaterThan(
			names.indexOf('Centrum denních služeb Zahrada')
		);
		const byProvider = await search({ sort: 'provider' });
		expect(byProvider.items[0].provider.name).toBe(
			'Centrum zdravotních a sociálních služeb Liberec'
		);
	});

	it('paginates and clamps a page past the end', async () => {
		const first = await search({ sort: 'name', pageSize: 3 });
		expect(first).toMatchObject({ total: 8, page: 1, pageCount: 3 });
		const second = await search({ sort: 'name', pageSize: 3, page: 2 });
		expect(second.items.map((i) => i.name)).toEqual(
			(await search({ sort: 'name' })).items.slice(3, 6).map((i) => i.name)
		);
		const past = await search({ sort: 'name', pageSize: 3, page: 40 });
		expect(past.page).toBe(3);
		expect(past.items).toHaveLength(2);
	});

	it('rejects bad input with Czech messages', async () => {
		const bad = async (input: Record<string, unknown>) => {
			try {
				await search(input);
			} catch (error) {
				expect(error).toBeInstanceOf(ValidationError);
				return (error as ValidationError).fields;
			}
			throw new Error('no error');
		};
		expect(await bad({ kinds: ['999'] })).toEqual({ 'kinds.0': ['Neznámý druh služby.'] });
		expect(await bad({ page: 'abc' })).toEqual({ page: ['Číslo stránky musí být číslo.'] });
		expect(await bad({ sort: 'x' })).toEqual({ sort: ['Neznámé řazení.'] });
		expect(await bad({ orp: '51' })).toEqual({ orp: ['Kód ORP má 4 číslice.'] });
	});
});
