/** The version comparison in words: field labels, Czech values (money, statuses, units), kinds as text. */
import { m } from '#lib/paraglide/messages.js';
import { formatNumber } from '#lib/platform/i18n/format.ts';
import type { CompareValue, FieldChange, PlanComparison } from '../plan.compare.ts';
import { planKindLabel } from '../plan.kinds.ts';
import {
	directionLabel,
	isoDateText,
	money,
	planFieldLabels,
	rollupLabel,
	sourceLabel,
	statusLabel,
	unitLabel
} from './plan.labels.ts';

export interface ChangeRow {
	label: string;
	before: string;
	after: string;
}

export interface ItemView {
	id: string;
	kind: 'added' | 'removed' | 'changed';
	kindLabel: string;
	heading: string;
	changes: ChangeRow[];
}

export interface ComparisonView {
	aLabel: string;
	bLabel: string;
	hasChanges: boolean;
	plan: ChangeRow[];
	priorities: ItemView[];
	measures: ItemView[];
	unchangedMeasures: number;
}

const KIND_LABEL = {
	added: m.plans_compare_added,
	removed: m.plans_compare_removed,
	changed: m.plans_compare_changed
};

function text(field: string, v: CompareValue): string {
	if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return m.plans_none();
	if (typeof v === 'boolean') return v ? m.plans_yes() : m.plans_no();
	if (Array.isArray(v)) return v.join(', ');
	if (field === 'cost' && typeof v === 'number') return money(v);
	if (typeof v === 'number') {
		return /year|Year|period/.test(field) ? String(v) : formatNumber(v, 'cs', 2);
	}
	switch (field) {
		case 'status':
			return statusLabel(v);
		case 'kind':
			return planKindLabel(v);
		case 'capacityUnit':
			return unitLabel(v);
		case 'indicator.direction':
			return directionLabel(v);
		case 'rollupWeighting':
			return rollupLabel(v);
		case 'approvedOn':
			return isoDateText(v);
		default:
			return v;
	}
}

function label(c: FieldChange, labels: Record<string, string>): string {
	const p = c.params ?? {};
	switch (c.field) {
		case 'cost':
			return m.plans_compare_cost({ year: p.year, source: sourceLabel(String(p.source)) });
		case 'indicator.added':
			return m.plans_compare_indicator_added();
		case 'indicator.removed':
			return m.plans_compare_indicator_removed();
		case 'indicator.target':
			return m.plans_compare_indicator_target({ indicator: p.indicator, year: p.year });
		case 'activity.added':
			return m.plans_compare_activity_added();
		case 'activity.removed':
			return m.plans_compare_activity_removed();
	}
	if (c.field.startsWith('indicator.')) {
		const f = c.field.slice('indicator.'.length);
		return m.plans_compare_indicator_field({ indicator: p.indicator, field: labels[f] ?? f });
	}
	if (c.field.startsWith('activity.')) {
		const f = c.field.slice('activity.'.length);
		return m.plans_compare_activity_field({
			activity: p.activity,
			field: f === 'title' ? m.plans_field_activity_title() : (labels[f] ?? f)
		});
	}
	return labels[c.field] ?? c.field;
}

const rows = (changes: FieldChange[], labels: Record<string, string>): ChangeRow[] =>
	changes.map((c) => ({
		label: label(c, labels),
		before: text(c.field, c.before),
		after: text(c.field, c.after)
	}));

export function presentComparison(result: {
	a: { label: string };
	b: { label: string };
	comparison: PlanComparison;
}): ComparisonView {
	const labels = planFieldLabels();
	const c = result.comparison;
	const item = (x: PlanComparison['priorities'][number]): ItemView => ({
		id: x.id,
		kind: x.kind,
		kindLabel: KIND_LABEL[x.kind](),
		heading: `${x.number} ${x.title}`,
		changes: rows(x.changes, labels)
	});
	return {
		aLabel: result.a.label,
		bLabel: result.b.label,
		hasChanges: c.hasChanges,
		plan: rows(c.plan, labels),
		priorities: c.priorities.map(item),
		measures: c.measures.map(item),
		unchangedMeasures: c.unchangedMeasures
	};
}
