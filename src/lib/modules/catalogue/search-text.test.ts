import { describe, expect, it } from 'vitest';
import { foldText, serviceSearchText } from './search-text.ts';

describe('catalogue search text', () => {
	it('folds diacritics, case and spaces', () => {
		expect(foldText('  Pečovatelská   SLUŽBA Liberec ')).toBe('pecovatelska sluzba liberec');
	});

	it('joins the parts once each, skipping empty ones', () => {
		expect(
			serviceSearchText({
				name: 'Pečovatelská služba',
				providerName: 'Charita Liberec',
				kindLabel: '§ 40 Pečovatelská služba',
				placeNames: ['Liberec', 'Liberec', null]
			})
		).toBe('pecovatelska sluzba charita liberec § 40 pecovatelska sluzba liberec');
	});
});
