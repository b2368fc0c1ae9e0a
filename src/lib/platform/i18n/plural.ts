/**
 * Czech plural forms: 1 → one, 2–4 → few, 0 and 5+ → many (1 lůžko, 2 lůžka, 5 lůžek).
 * CLDR puts decimals in their own category (`many`, e.g. "1,5 lůžka"); they take the optional
 * fourth form, else the third.
 */
const rules = new Intl.PluralRules('cs');

export type PluralForms = readonly [one: string, few: string, many: string, decimal?: string];

/** Pick the Czech form for `n` (Intl.PluralRules, so it matches CLDR). */
export function plural(n: number, forms: PluralForms): string {
	const category = rules.select(n);
	if (category === 'one') return forms[0];
	if (category === 'few') return forms[1];
	if (category === 'many' && forms[3]) return forms[3];
	return forms[2];
}
