/** Labels and tones of monitoring states for the pages (client-safe; Paraglide messages). */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/index.ts';
import type { FundingSource, MeasureStatus } from '../../plan.tree.ts';

export function statusLabel(status: MeasureStatus): string {
	switch (status) {
		case 'not_started':
			return m.plans_mon_status_not_started();
		case 'in_progress':
			return m.plans_mon_status_in_progress();
		case 'done':
			return m.plans_mon_status_done();
		case 'partially_done':
			return m.plans_mon_status_partially_done();
		case 'not_done':
			return m.plans_mon_status_not_done();
		case 'cancelled':
			return m.plans_mon_status_cancelled();
	}
}

export function statusTone(status: MeasureStatus): BadgeTone {
	switch (status) {
		case 'done':
			return 'success';
		case 'in_progress':
			return 'info';
		case 'partially_done':
			return 'warning';
		case 'not_done':
			return 'danger';
		default:
			return 'neutral';
	}
}

export function sourceLabel(source: FundingSource): string {
	switch (source) {
		case 'state_101a':
			return m.plans_mon_source_state_101a();
		case 'region':
			return m.plans_mon_source_region();
		case 'municipalities':
			return m.plans_mon_source_municipalities();
		case 'eu_esf':
			return m.plans_mon_source_eu_esf();
		case 'user_fees':
			return m.plans_mon_source_user_fees();
		case 'health_insurance':
			return m.plans_mon_source_health_insurance();
		case 'other':
			return m.plans_mon_source_other();
	}
}

export type YearState = 'none' | 'open' | 'closed';

export function yearStateLabel(state: YearState): string {
	return state === 'closed'
		? m.plans_mon_year_closed()
		: state === 'open'
			? m.plans_mon_year_open()
			: m.plans_mon_year_none();
}

export function yearStateTone(state: YearState): BadgeTone {
	return state === 'closed' ? 'success' : state === 'open' ? 'info' : 'neutral';
}

export { MEASURE_STATUSES } from '../../plan.rollup.ts';
