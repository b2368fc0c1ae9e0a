import { describe, expect, it } from 'vitest';
import { KRAJE, ORP, territoryChoice, territoryGroups } from './territory.ts';

describe('territory code lists', () => {
	it('ships 14 kraje and 206 ORP units, every ORP in a known kraj', () => {
		expect(KRAJE).toHaveLength(14);
		expect(ORP).toHaveLength(206);
		const nuts = new Set(KRAJE.map((k) => k.nuts));
		expect(ORP.every((o) => nuts.has(o.kraj))).toBe(true);
	});

	it('resolves a choice to the name, code and kraj of the new area', () => {
		expect(territoryChoice('orp:5105')).toMatchObject({
			kind: 'orp',
			name: 'ORP Liberec',
			code: '5105',
			kraj: { code: '78', name: 'Liberecký kraj' }
		});
		expect(territoryChoice('kraj:132')).toMatchObject({ name: 'Moravskoslezský kraj' });
		expect(territoryChoice('orp:praha')).toMatchObject({ name: 'Hlavní město Praha', code: null });
		expect(territoryChoice('orp:0000')).toBeUndefined();
		expect(territoryChoice('obec:5105')).toBeUndefined();
	});

	it('groups the options by kraj, each group starting with the kraj itself', () => {
		const groups = territoryGroups();
		expect(groups).toHaveLength(14);
		expect(groups.reduce((n, g) => n + g.options.length, 0)).toBe(14 + 206);
		const lbc = groups.find((g) => g.kraj.code === '78');
		expect(lbc?.options[0]).toEqual({ value: 'kraj:78', label: 'Liberecký kraj' });
		expect(lbc?.options.map((o) => o.value)).toContain('orp:5105');
	});
});
