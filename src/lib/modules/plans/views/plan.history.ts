/**
 * "Historie změn" of plans, measures, indicators and activities in words: Czech field labels,
 * statuses, units and sources as labels, the costs grid and targets as readable lines, internal
 * keys left out.
 */
import { m } from '#lib/paraglide/messages.js';
import {
	presentHistory,
	type AuditEntry,
	type HistoryEntryView
} from '#lib/platform/audit/audit.presenter.ts';
import { formatNumber } from '#lib/platform/i18n/format.ts';
import {
	directionLabel,
	measureStatusLabel,
	planFieldLabels,
	rollupLabel,
	sourceLabel,
	statusLabel,
	unitLabel
} from './plan.labels.ts';
import { planKindLabel } from '../plan.kinds.ts';

const HIDDEN = new Set([
	'planId',
	'priorityId',
	'measureId',
	'areaId',
	'createdById',
	'sort',
	'approvalFileId',
	'consultationId',
	'targetGroupIds',
	'responsibleBodyId',
	'responsibleOrganisationId',
	'responsiblePersonId',
	'approvedByBodyId',
	'targetGroupId'
]);

const YEARS = new Set([
	'periodFrom',
	'periodTo',
	'startYear',
	'endYear',
	'baselineYear',
	'dueYear'
]);

type Line = { year?: number; source?: string; amount?: number | string; target?: number | string };

function linesText(value: unknown): unknown {
	if (!Array.isArray(value)) return value;
	return value.map((v: Line) =>
		v.source !== undefined
			? `${v.year} ${sourceLabel(v.source)}: ${formatNumber(Number(v.amount), 'cs', 2)} Kč`
			: `${v.year}: ${formatNumber(Number(v.target), 'cs', 2)}`
	);
}

function tidy(side: Record<string, unknown> | null): Record<string, unknown> | null {
	if (!side) return side;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(side)) {
		if (HIDDEN.has(k)) continue;
		if (k === 'plannedCosts' || k === 'targets') out[k] = linesText(v);
		else if (k === 'status' && typeof v === 'string') out[k] = statusLabel(v);
		else if (k === 'capacityUnit' && typeof v === 'string') out[k] = unitLabel(v);
		else if (k === 'direction' && typeof v === 'string') out[k] = directionLabel(v);
		else if (k === 'rollupWeighting' && typeof v === 'string') out[k] = rollupLabel(v);
		else if (k === 'kind' && typeof v === 'string') out[k] = planKindLabel(v);
		else if (YEARS.has(k) && typeof v === 'number') out[k] = String(v);
		else out[k] = v;
	}
	return out;
}

const ACTIONS: Record<string, () => string> = {
	status: m.plans_history_status,
	approve: m.plans_history_approve,
	'update-start': m.plans_history_update_start
};

const ENTITY_LABEL: Record<string, () => string> = {
	'plans.priority': m.plans_field_priority,
	'plans.indicator': m.plans_indicators_title,
	'plans.activity': m.plans_activities_title,
	'plans.version': m.plans_field_version_no
};

/** Audit rows (newest first) → history entries of the plan pages. */
export function planHistory(entries: AuditEntry[]): HistoryEntryView[] {
	const cleaned = entries.map((e) => ({
		...e,
		before: tidy(e.before as Record<string, unknown> | null),
		after: tidy(e.after as Record<string, unknown> | null)
	}));
	const typeOf = new Map(entries.map((e) => [e.id, e.entityType]));
	return presentHistory(cleaned, planFieldLabels()).map((entry) => {
		const what = ENTITY_LABEL[typeOf.get(entry.id) ?? '']?.();
		const verb = ACTIONS[entry.action]?.() ?? entry.actionLabel;
		return { ...entry, actionLabel: what ? `${what}: ${verb}` : verb };
	});
}

export { measureStatusLabel };
