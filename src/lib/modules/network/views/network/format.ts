/** Client-safe labels and formats of the network pages (forms, units, capacity, status). */
import { m } from '#lib/paraglide/messages.js';
import { formatNumber } from '#lib/platform/i18n/format.ts';

export type FormCode = 'amb' | 'pob' | 'ter';

export function formLabel(form: string): string {
	return form === 'pob'
		? m.net_nw_form_pob()
		: form === 'ter'
			? m.net_nw_form_ter()
			: m.net_nw_form_amb();
}

export function unitLabel(unit: string): string {
	return unit === 'beds' ? m.net_nw_unit_beds() : m.net_nw_unit_fte();
}

/** "terénní 2,5 úvazků; pobytová 40 lůžek". */
export function capacityText(capacity: { form: string; unit: string; amount: number }[]): string {
	return capacity
		.map((c) => `${formLabel(c.form)} ${formatNumber(c.amount)} ${unitLabel(c.unit)}`)
		.join('; ');
}

export function statusLabel(status: string): string {
	return status === 'published' ? m.net_nw_status_published() : m.net_nw_status_draft();
}

/** "+2,5" / "−1" for a capacity change. */
export function signed(n: number): string {
	return n > 0 ? `+${formatNumber(n)}` : `\u2212${formatNumber(Math.abs(n))}`;
}
