import { describe, expect, it } from 'vitest';
import { RegistryLookups, parseCodeListDocument } from './codelist.ts';
import { fixtureCodeLists, fixtureItems } from './fixture.ts';
import { normaliseItem, registryHash } from './registry.server.ts';

const TODAY = '2026-08-31';
const builtin = new RegistryLookups([]);
const loaded = new RegistryLookups(
	Object.entries(fixtureCodeLists()).flatMap(([file, doc]) =>
		parseCodeListDocument(
			(
				{
					'druhy-socialni-sluzby': 'DruhSocialniSluzby',
					'cilove-skupiny-osoby': 'CilovaSkupinaOsoby',
					'vekove-skupiny-osoby': 'VekovaSkupinaOsoby',
					'formy-soc-sluzby': 'FormaSocialniSluzby',
					'typy-kapacity-socialni-sluzby': 'TypKapacitySocialniSluzby',
					kraje: 'Kraj',
					okresy: 'Okres',
					obce: 'Obec'
				} as const
			)[file as 'obce'],
			doc
		)
	)
);
const [tyflo, , pecovatelska] = [...fixtureItems({ services: 5, seed: 2026, scope: 'demo' })];
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- registry items are loose JSON
type Item = Record<string, any>;

describe('normaliseItem', () => {
	it('maps the TyfloCentrum-like item: kind, provider, territory with ORP, search text', () => {
		const result = normaliseItem(tyflo, 0, builtin, TODAY);
		if (!result.ok) throw new Error(result.problem.message);
		const s = result.service;
		expect(s).toMatchObject({
			kindCode: '70',
			kindRegistryId: 'DruhSocialniSluzby/33',
			name: 'TyfloCentrum Liberec – sociální rehabilitace',
			status: 'active',
			orpCodes: ['5105'],
			krajCodes: ['78'],
			municipalityCodes: ['563889']
		});
		expect(s.provider.name).toBe('TyfloCentrum Liberec, o. p. s. (ukázka)');
		expect(s.searchText).toContain('socialni rehabilitace');
		expect(s.searchText).toContain('liberec');
		expect(s.forms.map((f) => f.form)).toEqual(['amb', 'ter']);
		expect(s.facilities[0]).toMatchObject({
			orpCode: '5105',
			krajCode: '78',
			municipalityName: 'Liberec'
		});
	});

	it('never carries statutory bodies or heads of facilities', () => {
		const item = clone(pecovatelska) as Item;
		item.poskytovatel.statutarniOrgany = [{ jmeno: 'Xaver', prijmeni: 'Tajnýstatutár' }];
		item.zarizeni[0].vedouci = { jmeno: 'Yvona', prijmeni: 'Tajnávedoucí' };
		const result = normaliseItem(item, 2, builtin, TODAY);
		if (!result.ok) throw new Error(result.problem.message);
		const text = JSON.stringify(result.service);
		expect(text).not.toContain('Tajnýstatutár');
		expect(text).not.toContain('Tajnávedoucí');
		expect(text).not.toContain('Xaver');
	});

	it.each([
		['no identifikátor', (i: Item) => delete i.identifikator, /nemá identifikátor/],
		['short identifikátor', (i: Item) => (i.identifikator = '123'), /nemá 7 číslic/],
		['no kind', (i: Item) => delete i.druhSocialniSluzby, /nemá uvedený druh/],
		[
			'unknown kind',
			(i: Item) => (i.druhSocialniSluzby = { id: 'DruhSocialniSluzby/99' }),
			/Neznámý druh služby „DruhSocialniSluzby\/99“/
		],
		[
			'bad IČO',
			(i: Item) => (i.poskytovatel.ico = '12345678'),
			/Neplatné IČO poskytovatele „12345678“/
		],
		[
			'unknown form',
			(i: Item) => (i.formy[0].forma = { id: 'FormaSocialniSluzby/xyz' }),
			/Neznámá forma/
		]
	])('skips an item with %s, with its position', (_name, mutate, message) => {
		const item = clone(pecovatelska);
		mutate(item);
		const result = normaliseItem(item, 41, builtin, TODAY);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem).toMatchObject({ position: 41, severity: 'skipped' });
		expect(result.problem.message).toMatch(message);
	});

	it('keeps unknown target-group codes with a warning', () => {
		const item = clone(pecovatelska) as Item;
		item.ciloveSkupiny.push({ cilovaSkupina: { id: 'CilovaSkupinaOsoby/77' } });
		const result = normaliseItem(item, 3, builtin, TODAY);
		if (!result.ok) throw new Error(result.problem.message);
		expect(result.service.targetGroupCodes).toContain('CilovaSkupinaOsoby/77');
		expect(result.warnings[0]).toMatchObject({ position: 3, severity: 'warning' });
	});

	it('maps kinds through a loaded code list by name (intervenční centra, CDZ)', () => {
		const item = clone(pecovatelska);
		(item as Record<string, unknown>).druhSocialniSluzby = { id: 'DruhSocialniSluzby/2' };
		expect(normaliseItem(item, 0, builtin, TODAY).ok).toBe(false);
		const result = normaliseItem(item, 0, loaded, TODAY);
		expect(result.ok && result.service.kindCode).toBe('60a');
	});

	it('ends a service whose end date has passed; hash changes with the content', () => {
		const item = clone(pecovatelska) as Record<string, unknown>;
		const before = registryHash(item);
		item.datumPoskytovaniDo = '2020-01-31';
		expect(registryHash(item)).not.toBe(before);
		const result = normaliseItem(item, 0, builtin, TODAY);
		expect(result.ok && result.service.status).toBe('ended');
	});
});
