/**
 * Czech plural forms: 1 → one, 2–4 → few, 5+ and 0 → many (1 lůžko, 2 lůžka, 5 lůžek).
 * Decimals take the `many` form too ("1,5 lůžka" is colloquial; the CLDR "other" form is used).
 */
const rules = new Intl.PluralRules('cs');

export type PluralForms = readonly [one: string, few: string, many: string, other?: string];

export function plural(n: number, forms: PluralForms): string {
	const category = rules.select(n);
	if (category === 'one') return forms[0];
	if (category === 'few') return forms[1];
	if (category === 'other' && forms[3]) return forms[3];
	return forms[2];
}
