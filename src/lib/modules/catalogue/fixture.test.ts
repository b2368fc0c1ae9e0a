import { describe, expect, it } from 'vitest';
import { isValidIco } from '#lib/modules/organisation/index.ts';
import { SERVICE_KINDS } from './service-kinds.ts';
import { BUILTIN_KRAJE, BUILTIN_OBCE } from './codelist.ts';
import {
	DEMO_PROVIDER,
	FIXTURE_KINDS,
	fixtureChunks,
	fixtureCodeLists,
	fixtureItems,
	fixtureKindId,
	icoWithCheck
} from './fixture.ts';

const ITEM_KEYS = [
	'portalId',
	'id',
	'identifikator',
	'datumPoskytovaniOd',
	'datumPoskytovaniDo',
	'kontaktniAdresy',
	'druhSocialniSluzby',
	'zarizeni',
	'poskytovatel',
	'emaily',
	'telefony',
	'faxy',
	'weby',
	'ciloveSkupiny',
	'vekoveSkupiny',
	'doplnujiciInformaceVekoveSkupiny',
	'formy',
	'rozsirenePusobnostiVKraji',
	'doplnkoveUdaje'
];
const ADDRESS_KEYS = [
	'cisloDomovni',
	'cisloOrientacni',
	'dodatekAdresy',
	'kodAdresnihoMista',
	'psc',
	'typCislaDomovniho',
	'kraj',
	'okres',
	'obec',
	'castObce',
	'mestskyObvodMestskaCast',
	'mestskyObvodVPraze',
	'ulice'
];

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('registry fixture', () => {
	const items = [...fixtureItems({ services: 6733, seed: 1 })] as Item[];

	it('has exactly the keys of a real rpss.json item, in order', () => {
		for (const item of items.slice(0, 50)) expect(Object.keys(item)).toEqual(ITEM_KEYS);
		const address = items[0].zarizeni[0].adresa;
		expect(Object.keys(address)).toEqual(ADDRESS_KEYS);
		expect(items[0].druhSocialniSluzby.id).toMatch(/^DruhSocialniSluzby\/\d+$/);
		expect(items[0].formy[0]).toMatchObject({
			forma: { id: expect.stringMatching(/^FormaSocialniSluzby\/(amb|pob|ter)$/) },
			nepretrzitePoskytovani: expect.any(Boolean),
			kapacity: [
				{
					pocet: expect.any(Number),
					popis: expect.any(String),
					typ: { id: expect.stringMatching(/^TypKapacitySocialniSluzby\//) }
				}
			]
		});
		expect(items[0].poskytovatel.statutarniOrgany[0]).toHaveProperty('prijmeni');
	});

	it('has realistic counts: 6,733 services, ≈19k facilities, ≈5 % ended, ≈3.6 % without address point', () => {
		expect(items).toHaveLength(6733);
		const facilities = items.flatMap((i) => i.zarizeni);
		expect(facilities.length).toBeGreaterThan(17_000);
		expect(facilities.length).toBeLessThan(21_000);
		const ended = items.filter((i) => i.datumPoskytovaniDo).length / items.length;
		expect(ended).toBeGreaterThan(0.03);
		expect(ended).toBeLessThan(0.07);
		const noPoint =
			facilities.filter((f) => f.adresa.kodAdresnihoMista === null).length / facilities.length;
		expect(noPoint).toBeGreaterThan(0.025);
		expect(noPoint).toBeLessThan(0.05);
		// Some facilities ended while their service continues.
		expect(
			items.some((i) => !i.datumPoskytovaniDo && i.zarizeni.some((z: Item) => z.poskytujeDo))
		).toBe(true);
	});

	it('covers all kinds and all 14 kraje, common kinds most often, Praha/Středočeský larger than Karlovarský', () => {
		const byKind = new Map<string, number>();
		for (const i of items) {
			byKind.set(i.druhSocialniSluzby.id, (byKind.get(i.druhSocialniSluzby.id) ?? 0) + 1);
		}
		expect(FIXTURE_KINDS.length).toBeGreaterThanOrEqual(34);
		for (const kind of FIXTURE_KINDS) {
			expect(byKind.get(fixtureKindId(kind) as string)).toBeGreaterThan(0);
		}
		const count = (code: string) =>
			byKind.get(fixtureKindId(SERVICE_KINDS.find((k) => k.code === code)!) as string) ?? 0;
		for (const common of ['37', '40', '65', '39']) {
			expect(count(common)).toBeGreaterThan(count('42'));
		}
		const byKraj = new Map<string, number>();
		for (const f of items.flatMap((i) => i.zarizeni)) {
			byKraj.set(f.adresa.kraj.id, (byKraj.get(f.adresa.kraj.id) ?? 0) + 1);
		}
		expect(byKraj.size).toBe(14);
		for (const k of BUILTIN_KRAJE) expect(byKraj.get(`Kraj/${k.code}`)).toBeGreaterThan(0);
		expect(byKraj.get('Kraj/27')!).toBeGreaterThan(byKraj.get('Kraj/51')!);
	});

	it('uses forms allowed by law, capacity units that fit the form, valid unique IČO and identifikátor', () => {
		const ids = new Set<string>();
		for (const item of items) {
			const kind = FIXTURE_KINDS.find((k) => fixtureKindId(k) === item.druhSocialniSluzby.id)!;
			for (const f of item.formy) {
				const form = f.forma.id.split('/')[1];
				if (kind.forms.length) expect(kind.forms).toContain(form);
				if (form === 'pob') expect(f.kapacity[0].typ.id).toBe('TypKapacitySocialniSluzby/luzka');
			}
			expect(item.identifikator).toMatch(/^\d{7}$/);
			expect(ids.has(item.identifikator)).toBe(false);
			ids.add(item.identifikator);
			expect(typeof item.poskytovatel.ico).toBe('string');
			expect(isValidIco(item.poskytovatel.ico)).toBe(true);
		}
		expect(items.some((i) => i.poskytovatel.ico.startsWith('0'))).toBe(true);
	});

	it('addresses use only municipalities of the built-in list', () => {
		const known = new Set(BUILTIN_OBCE.map((o) => `Obec/${o.code}`));
		for (const item of items) {
			for (const z of item.zarizeni) expect(known.has(z.adresa.obec.id)).toBe(true);
		}
	});

	it('is deterministic and streams as valid JSON', () => {
		const a = [...fixtureChunks({ services: 30, seed: 7 })].join('');
		const b = [...fixtureChunks({ services: 30, seed: 7 })].join('');
		const c = [...fixtureChunks({ services: 30, seed: 8 })].join('');
		expect(a).toBe(b);
		expect(a).not.toBe(c);
		expect(JSON.parse(a).polozky).toHaveLength(30);
	});

	it('the demo scope starts with the TyfloCentrum-like services and stays in the demo areas', () => {
		const demo = [...fixtureItems({ services: 300, seed: 2026, scope: 'demo' })] as Item[];
		expect(demo[0].poskytovatel).toMatchObject({
			nazev: DEMO_PROVIDER.name,
			ico: DEMO_PROVIDER.ico
		});
		expect(demo[0].druhSocialniSluzby.id).toBe('DruhSocialniSluzby/33');
		expect(demo[1].druhSocialniSluzby.id).toBe('DruhSocialniSluzby/6');
		const kraje = new Set(demo.flatMap((i) => i.zarizeni.map((z: Item) => z.adresa.kraj.id)));
		expect([...kraje].sort()).toEqual(['Kraj/132', 'Kraj/141', 'Kraj/78']);
	});

	it('writes code lists in the MPSV shape for every kind and municipality', () => {
		const lists = fixtureCodeLists();
		expect(Object.keys(lists).sort()).toEqual(
			[
				'cilove-skupiny-osoby',
				'druhy-socialni-sluzby',
				'formy-soc-sluzby',
				'kraje',
				'obce',
				'okresy',
				'typy-kapacity-socialni-sluzby',
				'vekove-skupiny-osoby'
			].sort()
		);
		expect(lists['druhy-socialni-sluzby'].polozky).toHaveLength(FIXTURE_KINDS.length);
		expect(lists['obce'].polozky[0]).toMatchObject({
			id: expect.stringMatching(/^Obec\//),
			kod: expect.any(String),
			nazev: { cs: expect.any(String) }
		});
		expect(lists['kraje'].polozky).toHaveLength(14);
	});

	it('computes IČO check digits like the organisation module', () => {
		for (const seven of ['0000001', '1234567', '9999999', '0527140']) {
			expect(isValidIco(icoWithCheck(seven))).toBe(true);
		}
	});
});
