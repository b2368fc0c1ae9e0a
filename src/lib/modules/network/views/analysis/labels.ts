/** Labels and tones of the capacity analysis views (client-safe). */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/badge.ts';
import type { GapStatus } from '../../analysis.gap.ts';

export const statusLabel = (status: GapStatus): string =>
	({
		deficit: m.net_gap_status_deficit,
		ok: m.net_gap_status_ok,
		surplus: m.net_gap_status_surplus,
		no_norm: m.net_gap_status_no_norm,
		no_data: m.net_gap_status_no_data
	})[status]();

export const statusTone = (status: GapStatus): BadgeTone =>
	(
		({
			deficit: 'danger',
			ok: 'success',
			surplus: 'warning',
			no_norm: 'neutral',
			no_data: 'info'
		}) as const
	)[status];

export const unitLabel = (unit: string): string =>
	unit === 'beds' ? m.net_gap_unit_beds() : unit === 'fte' ? m.net_gap_unit_fte() : unit;

export const indicatorLabel = (indicator: string): string =>
	indicator === 'unmet'
		? m.net_gap_indicator_unmet()
		: indicator === 'refused'
			? m.net_gap_indicator_refused()
			: indicator;

export const sourceLabel = (source: string): string =>
	source === 'provider'
		? m.net_gap_demand_source_provider()
		: m.net_gap_demand_source_coordinator();

export const BAND_LABELS: Record<string, string> = {
	'0-14': '0–14',
	'15-64': '15–64',
	'65-79': '65–79',
	'80+': '80+'
};

export const bandsLabel = (bands: readonly string[]): string =>
	bands.map((b) => BAND_LABELS[b] ?? b).join(' + ');
