/**
 * Form glue of the plan pages: the planned-costs grid (`costs.<source>.<year>`) and indicator
 * targets (`targets.<year>`) as Czech numbers, with errors keyed by cell so the error summary
 * links to the right input.
 */
import { ValidationError, type FieldErrors } from '#lib/platform/http/errors.ts';
import { NUMBER_HINT, parseCzechNumber } from '../plan.validation.ts';
import { FUNDING_SOURCES } from '../plan.tree.ts';

type FormValues = Record<string, string | string[]>;
const one = (v: string | string[] | undefined): string =>
	Array.isArray(v) ? (v[0] ?? '') : (v ?? '');

/** Read the cost grid; blank cells are 0 (omitted). Throws `ValidationError` per bad cell. */
export function costGridFromForm(values: FormValues, years: readonly number[]) {
	const errors: FieldErrors = {};
	const costs: { year: number; source: string; amount: number }[] = [];
	for (const source of FUNDING_SOURCES) {
		for (const year of years) {
			const key = `costs.${source}.${year}`;
			const n = parseCzechNumber(one(values[key]));
			if (n === undefined) errors[key] = [NUMBER_HINT];
			else if (n !== null && n < 0) errors[key] = ['Náklad nemůže být záporný.'];
			else if (n !== null && n !== 0) costs.push({ year, source, amount: n });
		}
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
	return costs;
}

/** Read `targets.<year>` cells of an indicator form (blank = no target that year). */
export function targetsFromForm(values: FormValues, years: readonly number[]) {
	const errors: FieldErrors = {};
	const targets: { year: number; target: number }[] = [];
	for (const year of years) {
		const key = `targets.${year}`;
		const n = parseCzechNumber(one(values[key]));
		if (n === undefined) errors[key] = [NUMBER_HINT];
		else if (n !== null) targets.push({ year, target: n });
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
	return targets;
}
