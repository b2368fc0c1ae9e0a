/**
 * Labels and formats of the plan structure (client-safe): statuses with badge tones, capacity
 * units, directions, funding sources, Czech number/money text, field labels for the error
 * summary, the history and the version comparison.
 */
import { m } from '#lib/paraglide/messages.js';
import { formatCzk, formatDate, formatNumber } from '#lib/platform/i18n/format.ts';
import type { BadgeTone } from '#lib/platform/ui/index.ts';
import type {
	CapacityUnit,
	CostLine,
	FundingSource,
	IndicatorDirection,
	MeasureStatus,
	PlanStatus
} from '../plan.tree.ts';

export { FUNDING_SOURCES } from '../plan.tree.ts';

export const STATUS_LABEL: Record<PlanStatus, () => string> = {
	preparation: m.plans_status_preparation,
	draft: m.plans_status_draft,
	consultation: m.plans_status_consultation,
	approved: m.plans_status_approved,
	in_force: m.plans_status_in_force,
	evaluated: m.plans_status_evaluated,
	archived: m.plans_status_archived
};
export const statusLabel = (s: string): string =>
	s in STATUS_LABEL ? STATUS_LABEL[s as PlanStatus]() : s;

export const STATUS_TONE: Record<PlanStatus, BadgeTone> = {
	preparation: 'neutral',
	draft: 'info',
	consultation: 'warning',
	approved: 'success',
	in_force: 'success',
	evaluated: 'info',
	archived: 'neutral'
};

/** Button text for moving to a status (from `from`). */
export function transitionLabel(from: PlanStatus, to: PlanStatus): string {
	if (to === 'draft' && from === 'consultation') return m.plans_back_to_draft();
	const labels: Record<PlanStatus, () => string> = {
		preparation: m.plans_status_preparation,
		draft: m.plans_to_draft,
		consultation: m.plans_to_consultation,
		approved: m.plans_to_approved,
		in_force: m.plans_to_in_force,
		evaluated: m.plans_to_evaluated,
		archived: m.plans_to_archived
	};
	return labels[to]();
}

export const UNIT_LABEL: Record<CapacityUnit, () => string> = {
	fte: m.plans_unit_fte,
	beds: m.plans_unit_beds,
	clients: m.plans_unit_clients,
	interventions: m.plans_unit_interventions,
	contacts: m.plans_unit_contacts
};
export const unitLabel = (u: string | null): string =>
	u && u in UNIT_LABEL ? UNIT_LABEL[u as CapacityUnit]() : (u ?? '');

export const DIRECTION_LABEL: Record<IndicatorDirection, () => string> = {
	increase: m.plans_direction_increase,
	decrease: m.plans_direction_decrease,
	maintain: m.plans_direction_maintain
};
export const directionLabel = (d: string): string =>
	d in DIRECTION_LABEL ? DIRECTION_LABEL[d as IndicatorDirection]() : d;

export const SOURCE_LABEL: Record<FundingSource, () => string> = {
	state_101a: m.plans_source_state_101a,
	region: m.plans_source_region,
	municipalities: m.plans_source_municipalities,
	eu_esf: m.plans_source_eu_esf,
	user_fees: m.plans_source_user_fees,
	health_insurance: m.plans_source_health_insurance,
	other: m.plans_source_other
};
export const sourceLabel = (s: string): string =>
	s in SOURCE_LABEL ? SOURCE_LABEL[s as FundingSource]() : s;

export const MEASURE_STATUS_LABEL: Record<MeasureStatus, () => string> = {
	not_started: m.plans_measure_status_not_started,
	in_progress: m.plans_measure_status_in_progress,
	done: m.plans_measure_status_done,
	partially_done: m.plans_measure_status_partially_done,
	not_done: m.plans_measure_status_not_done,
	cancelled: m.plans_measure_status_cancelled
};
export const measureStatusLabel = (s: string): string =>
	s in MEASURE_STATUS_LABEL ? MEASURE_STATUS_LABEL[s as MeasureStatus]() : s;

export const rollupLabel = (r: string): string =>
	r === 'cost' ? m.plans_rollup_cost() : r === 'equal' ? m.plans_rollup_equal() : r;

/** `1 234,5` — Czech number for inputs and tables. */
export const czNumber = (n: number | null | undefined): string =>
	n === null || n === undefined ? '' : formatNumber(n, 'cs', 2);

/** `+30 lůžka`, `−6 klienti`, or "—". */
export function capacityText(change: number | null, unit: string | null, decrease = false): string {
	if (change === null) return m.plans_none();
	const sign = change < 0 || decrease ? '−' : '+';
	return m.plans_capacity_value({
		sign,
		value: formatNumber(Math.abs(change), 'cs', 2),
		unit: unitLabel(unit)
	});
}

export const totalCost = (costs: readonly CostLine[]): number =>
	Math.round(costs.reduce((s, c) => s + c.amount, 0) * 100) / 100;

export const money = (n: number): string => formatCzk(n);

/** `2022–2024` or `2023`. */
export const yearsText = (from: number, to: number): string =>
	from === to ? String(from) : `${from}–${to}`;

/** ISO date `2021-12-20` → `20. 12. 2021`. */
export function isoDateText(iso: string | null): string {
	if (!iso) return m.plans_none();
	const [y, mo, d] = iso.split('-').map(Number);
	return formatDate(new Date(Date.UTC(y, mo - 1, d, 12)));
}

/** Field labels of the forms (error summary, history, comparison). */
export function planFieldLabels(): Record<string, string> {
	return {
		areaId: m.plans_field_area(),
		kind: m.plans_field_kind(),
		title: m.plans_field_title(),
		periodFrom: m.plans_field_period_from(),
		periodTo: m.plans_field_period_to(),
		vision: m.plans_field_vision(),
		principles: m.plans_field_principles(),
		targetGroupIds: m.plans_field_target_groups(),
		targetGroups: m.plans_field_target_groups(),
		responsibleBodyId: m.plans_field_responsible_body(),
		responsibleBody: m.plans_field_responsible_body(),
		rollupWeighting: m.plans_field_rollup(),
		status: m.plans_field_status(),
		number: m.plans_field_number(),
		description: m.plans_field_description(),
		targetGroupId: m.plans_field_target_group(),
		targetGroup: m.plans_field_target_group(),
		rationale: m.plans_field_rationale(),
		responsibleOrganisationId: m.plans_field_responsible_org(),
		responsibleOrganisation: m.plans_field_responsible_org(),
		responsiblePersonId: m.plans_field_responsible_person(),
		responsiblePerson: m.plans_field_responsible_person(),
		responsibleText: m.plans_field_responsible_text(),
		partners: m.plans_field_partners(),
		startYear: m.plans_field_start_year(),
		endYear: m.plans_field_end_year(),
		serviceKinds: m.plans_field_service_kinds(),
		municipalityCodes: m.plans_field_municipalities(),
		capacityChange: m.plans_field_capacity_change(),
		capacityUnit: m.plans_field_capacity_unit(),
		capacityDecrease: m.plans_field_capacity_decrease(),
		name: m.plans_field_indicator_name(),
		unit: m.plans_field_unit(),
		baseline: m.plans_field_baseline(),
		baselineYear: m.plans_field_baseline_year(),
		direction: m.plans_field_direction(),
		dueYear: m.plans_field_due_year(),
		byLabel: m.plans_field_approved_by(),
		approvedByLabel: m.plans_field_approved_by(),
		approvedBy: m.plans_field_approved_by(),
		byBodyId: m.plans_field_approved_by_body(),
		approvedByBodyId: m.plans_field_approved_by_body(),
		on: m.plans_field_approved_on(),
		approvedOn: m.plans_field_approved_on(),
		resolution: m.plans_field_resolution(),
		approvalResolution: m.plans_field_resolution(),
		file: m.plans_field_decision_file(),
		note: m.plans_field_note(),
		priority: m.plans_field_priority(),
		plannedCosts: m.plans_field_planned_costs(),
		targets: m.plans_field_targets(),
		lastVersionNo: m.plans_field_last_version(),
		versionNo: m.plans_field_version_no(),
		to: m.plans_field_status()
	};
}

/** Labels of cost-grid and target cells: `costs.<source>.<year>`, `targets.<year>`. */
export function cellLabel(key: string): string | null {
	const cost = /^costs\.([a-z_0-9]+)\.(\d{4})$/.exec(key);
	if (cost) return m.plans_costs_cell({ source: sourceLabel(cost[1]), year: cost[2] });
	const target = /^(?:indicators\.\d+\.)?targets\.(\d{4})$/.exec(key);
	if (target) return m.plans_field_target_year({ year: target[1] });
	return null;
}

/** Error-summary labels including cell keys present in `errors`. */
export function errorLabels(
	errors: Record<string, string[]> | null | undefined
): Record<string, string> {
	const labels = planFieldLabels();
	for (const key of Object.keys(errors ?? {})) {
		const cell = cellLabel(key);
		if (cell) labels[key] = cell;
	}
	return labels;
}
