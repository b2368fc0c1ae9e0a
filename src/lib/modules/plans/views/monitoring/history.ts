/**
 * The year's history for `History.svelte`: audit rows of the year, its measure records, indicator
 * values and actual costs, with Czech field names, readable values and the measure's number.
 */
import { m } from '#lib/paraglide/messages.js';
import {
	formatAuditValue,
	presentHistory,
	type AuditEntry,
	type HistoryEntryView
} from '#lib/platform/audit/audit.presenter.ts';
import type { Locale } from '#lib/platform/i18n/format.ts';
import type { FundingSource, MeasureStatus } from '../../plan.tree.ts';
import { sourceLabel, statusLabel } from './labels.ts';

const HIDDEN = new Set([
	'planId',
	'measureId',
	'indicatorId',
	'recordedById',
	'closedById',
	'kind',
	'year',
	'id'
]);

function labels(): Record<string, string> {
	return {
		status: m.plans_mon_col_status(),
		progress: m.plans_mon_progress(),
		comment: m.plans_mon_comment(),
		evidence: m.plans_mon_evidence(),
		recordedAt: m.plans_mon_recorded_at(),
		actual: m.plans_mon_actual_value(),
		note: m.plans_mon_note(),
		source: m.plans_mon_source(),
		amount: m.plans_mon_actual_costs(),
		introduction: m.plans_mon_report_introduction(),
		summary: m.plans_mon_report_summary(),
		closedAt: m.plans_mon_closed_at(),
		reason: m.plans_mon_reopen_reason()
	};
}

const STATUS_VALUES = new Set([
	'not_started',
	'in_progress',
	'done',
	'partially_done',
	'not_done',
	'cancelled'
]);

function readable(field: string, raw: unknown, shown: string, locale: Locale): string {
	if (field === 'status' && typeof raw === 'string') {
		if (STATUS_VALUES.has(raw)) return statusLabel(raw as MeasureStatus);
		if (raw === 'open') return m.plans_mon_year_open();
		if (raw === 'closed') return m.plans_mon_year_closed();
	}
	if (field === 'source' && typeof raw === 'string') return sourceLabel(raw as FundingSource);
	if (field === 'evidence' && Array.isArray(raw)) {
		return raw.length
			? raw.map((e: { label?: string }) => e?.label ?? '').join('; ')
			: formatAuditValue(null, locale);
	}
	return shown;
}

export function presentYearHistory(
	entries: AuditEntry[],
	measureOf: Map<string, string>,
	measureNumbers: Map<string, string>,
	locale: Locale
): HistoryEntryView[] {
	const byId = new Map(entries.map((e) => [e.id, e]));
	const actions = { close: m.plans_mon_action_close(), reopen: m.plans_mon_action_reopen() };
	return presentHistory(entries, labels(), locale, actions).map((view) => {
		const entry = byId.get(view.id)!;
		const measureId = measureOf.get(entry.entityId);
		const number = measureId ? measureNumbers.get(measureId) : undefined;
		return {
			...view,
			actionLabel: number
				? `${view.actionLabel} – ${m.plans_mon_measure_short({ number })}`
				: view.actionLabel,
			changes: view.changes
				.filter((c) => !HIDDEN.has(c.field))
				.map((c) => ({
					...c,
					before: readable(c.field, entry.before?.[c.field], c.before, locale),
					after: readable(c.field, entry.after?.[c.field], c.after, locale)
				}))
		};
	});
}
