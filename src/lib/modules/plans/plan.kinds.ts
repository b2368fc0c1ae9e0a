/**
 * Plan kinds, configurable in one place. The law (Act 300/2025 Sb.) may rename or add kinds:
 * add a row here; plans stored with a kind that is no longer listed still display the stored code.
 * Client-safe.
 */
export interface PlanKind {
	code: string;
	label: string;
	/** English label for the API and the English UI. */
	labelEn: string;
}

export const PLAN_KINDS: readonly PlanKind[] = [
	{ code: 'sprss_kraj', label: 'SPRSS kraje', labelEn: 'Regional social services plan' },
	{ code: 'sprss_obec', label: 'SPRSS obce / ORP', labelEn: 'Municipal social services plan' },
	{ code: 'komunitni_plan', label: 'Komunitní plán', labelEn: 'Community plan' },
	{ code: 'other', label: 'Jiný strategický dokument', labelEn: 'Other strategic document' }
];

export const PLAN_KIND_CODES: readonly string[] = PLAN_KINDS.map((k) => k.code);

/** Label of a kind; an unknown stored kind displays as stored. */
export function planKindLabel(code: string, locale: 'cs' | 'en' = 'cs'): string {
	const kind = PLAN_KINDS.find((k) => k.code === code);
	if (!kind) return code;
	return locale === 'en' ? kind.labelEn : kind.label;
}

/** Bounds of a plan period (years) and of its length. */
export const PLAN_YEAR_MIN = 1990;
export const PLAN_YEAR_MAX = 2100;
export const PLAN_MAX_LENGTH_YEARS = 15;
