/** "Historie záměru" in words: Czech field labels, statuses and types as labels, ids left out. */
import { m } from '#lib/paraglide/messages.js';
import {
	presentHistory,
	type AuditEntry,
	type HistoryEntryView
} from '#lib/platform/audit/audit.presenter.ts';
import { changeLabel, statusLabel, typeLabel } from './intention.labels.ts';

const HIDDEN = new Set([
	'callId',
	'regionAreaId',
	'organisationId',
	'submittedById',
	'submitterEmail',
	'serviceId',
	'measureId',
	'planId',
	'planAreaId'
]);

function fieldLabels(): Record<string, string> {
	return {
		reference: m.net_int_field_reference(),
		type: m.net_int_field_type(),
		status: m.net_int_field_status(),
		plannedName: m.net_int_field_planned_name(),
		kindCode: m.net_int_field_kind(),
		changeType: m.net_int_field_change(),
		year: m.net_int_field_year(),
		startDate: m.net_int_field_start(),
		costEstimate: m.net_int_field_cost_short(),
		territoryText: m.net_int_field_territory(),
		justification: m.net_int_field_justification()
	};
}

const VALUE: Record<string, (v: string) => string> = {
	status: statusLabel,
	type: typeLabel,
	changeType: changeLabel
};

export function presentIntentionHistory(entries: AuditEntry[]): HistoryEntryView[] {
	return presentHistory(entries, fieldLabels(), 'cs', {
		state: m.net_int_action_state(),
		decide: m.net_int_action_decide()
	}).map((entry) => ({
		...entry,
		changes: entry.changes
			.filter((c) => !HIDDEN.has(c.field))
			.map((c) =>
				VALUE[c.field]
					? { ...c, before: VALUE[c.field](c.before), after: VALUE[c.field](c.after) }
					: c
			)
	}));
}
