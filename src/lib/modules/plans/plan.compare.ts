/**
 * Comparing two versions of a plan (pure, client-safe): which priorities and measures were
 * added, removed or changed, with field-level before/after — costs per year and source,
 * indicators with their targets, and activities too. Records are matched by id (snapshots keep
 * ids), so a renumbered measure is "changed", not "removed + added".
 */
import type {
	ActivityNode,
	IndicatorNode,
	MeasureNode,
	PlanTree,
	PriorityNode
} from './plan.tree.ts';

export type CompareValue = string | number | boolean | null | string[];

export interface FieldChange {
	/** Field key: `title`, `cost`, `indicator.target`, `activity.added`, … */
	field: string;
	/** Parameters of the label: `{ year, source }`, `{ indicator }`, `{ activity }`. */
	params?: Record<string, string | number>;
	before: CompareValue;
	after: CompareValue;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface EntityChange {
	id: string;
	kind: ChangeKind;
	/** Number and title in the newer version (the older one for removed records). */
	number: string;
	title: string;
	changes: FieldChange[];
}

export interface MeasureChange extends EntityChange {
	priorityNumber: string;
}

export interface PlanComparison {
	plan: FieldChange[];
	priorities: EntityChange[];
	measures: MeasureChange[];
	unchangedMeasures: number;
	hasChanges: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function push(
	out: FieldChange[],
	field: string,
	before: CompareValue,
	after: CompareValue,
	params?: FieldChange['params']
): void {
	if (!same(before, after)) {
		out.push(params ? { field, params, before, after } : { field, before, after });
	}
}

const nameOf = (v: { name: string } | null) => v?.name ?? null;
const names = (v: { name: string }[]) => v.map((x) => x.name);

function comparePlanFields(a: PlanTree, b: PlanTree): FieldChange[] {
	const out: FieldChange[] = [];
	push(out, 'title', a.title, b.title);
	push(out, 'kind', a.kind, b.kind);
	push(out, 'periodFrom', a.periodFrom, b.periodFrom);
	push(out, 'periodTo', a.periodTo, b.periodTo);
	push(out, 'vision', a.vision, b.vision);
	push(out, 'principles', a.principles, b.principles);
	push(out, 'responsibleBody', nameOf(a.responsibleBody), nameOf(b.responsibleBody));
	push(out, 'targetGroups', names(a.targetGroups), names(b.targetGroups));
	push(out, 'status', a.status, b.status);
	push(out, 'approvedBy', a.approval.byLabel, b.approval.byLabel);
	push(out, 'approvedOn', a.approval.on, b.approval.on);
	push(out, 'approvalResolution', a.approval.resolution, b.approval.resolution);
	push(out, 'rollupWeighting', a.rollupWeighting, b.rollupWeighting);
	return out;
}

function comparePriorityFields(a: PriorityNode, b: PriorityNode): FieldChange[] {
	const out: FieldChange[] = [];
	push(out, 'number', a.number, b.number);
	push(out, 'title', a.title, b.title);
	push(out, 'description', a.description, b.description);
	push(out, 'targetGroup', nameOf(a.targetGroup), nameOf(b.targetGroup));
	push(out, 'responsibleBody', nameOf(a.responsibleBody), nameOf(b.responsibleBody));
	return out;
}

function compareCosts(out: FieldChange[], a: MeasureNode['costs'], b: MeasureNode['costs']): void {
	const key = (c: { year: number; source: string }) => `${c.year}:${c.source}`;
	const before = new Map(a.map((c) => [key(c), c]));
	const after = new Map(b.map((c) => [key(c), c]));
	const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
	for (const k of keys) {
		const [year, source] = k.split(':');
		push(out, 'cost', before.get(k)?.amount ?? null, after.get(k)?.amount ?? null, {
			year: Number(year),
			source
		});
	}
}

const targetsOf = (i: IndicatorNode) => new Map(i.targets.map((t) => [t.year, t.target]));

function compareIndicators(out: FieldChange[], a: IndicatorNode[], b: IndicatorNode[]): void {
	const before = new Map(a.map((i) => [i.id, i]));
	const after = new Map(b.map((i) => [i.id, i]));
	for (const i of a) {
		if (!after.has(i.id)) {
			push(out, 'indicator.removed', `${i.name} (${i.unit})`, null, { indicator: i.name });
		}
	}
	for (const i of b) {
		const old = before.get(i.id);
		if (!old) {
			push(out, 'indicator.added', null, `${i.name} (${i.unit})`, { indicator: i.name });
			continue;
		}
		const p = { indicator: i.name };
		push(out, 'indicator.name', old.name, i.name, p);
		push(out, 'indicator.unit', old.unit, i.unit, p);
		push(out, 'indicator.baseline', old.baseline, i.baseline, p);
		push(out, 'indicator.baselineYear', old.baselineYear, i.baselineYear, p);
		push(out, 'indicator.direction', old.direction, i.direction, p);
		const ta = targetsOf(old);
		const tb = targetsOf(i);
		for (const year of [...new Set([...ta.keys(), ...tb.keys()])].sort((x, y) => x - y)) {
			push(out, 'indicator.target', ta.get(year) ?? null, tb.get(year) ?? null, { ...p, year });
		}
	}
}

function compareActivities(out: FieldChange[], a: ActivityNode[], b: ActivityNode[]): void {
	const before = new Map(a.map((x) => [x.id, x]));
	const after = new Map(b.map((x) => [x.id, x]));
	for (const x of a) {
		if (!after.has(x.id)) {
			push(out, 'activity.removed', `${x.number} ${x.title}`, null, { activity: x.number });
		}
	}
	for (const x of b) {
		const old = before.get(x.id);
		if (!old) {
			push(out, 'activity.added', null, `${x.number} ${x.title}`, { activity: x.number });
			continue;
		}
		const p = { activity: x.number };
		push(out, 'activity.number', old.number, x.number, p);
		push(out, 'activity.title', old.title, x.title, p);
		push(out, 'activity.description', old.description, x.description, p);
		push(out, 'activity.responsibleText', old.responsibleText, x.responsibleText, p);
		push(out, 'activity.dueYear', old.dueYear, x.dueYear, p);
	}
}

/** Field-level changes of one measure (`priorityNumbers` maps priority id → number in each version). */
export function compareMeasureFields(
	a: MeasureNode,
	b: MeasureNode,
	priorityNumbers: { before: Map<string, string>; after: Map<string, string> } = {
		before: new Map(),
		after: new Map()
	}
): FieldChange[] {
	const out: FieldChange[] = [];
	push(
		out,
		'priority',
		priorityNumbers.before.get(a.priorityId) ?? a.priorityId,
		priorityNumbers.after.get(b.priorityId) ?? b.priorityId
	);
	push(out, 'number', a.number, b.number);
	push(out, 'title', a.title, b.title);
	push(out, 'description', a.description, b.description);
	push(out, 'rationale', a.rationale, b.rationale);
	push(
		out,
		'responsibleOrganisation',
		nameOf(a.responsibleOrganisation),
		nameOf(b.responsibleOrganisation)
	);
	push(out, 'responsiblePerson', nameOf(a.responsiblePerson), nameOf(b.responsiblePerson));
	push(out, 'responsibleText', a.responsibleText, b.responsibleText);
	push(out, 'responsibleBody', nameOf(a.responsibleBody), nameOf(b.responsibleBody));
	push(out, 'partners', a.partners, b.partners);
	push(out, 'startYear', a.startYear, b.startYear);
	push(out, 'endYear', a.endYear, b.endYear);
	push(out, 'serviceKinds', [...a.serviceKinds].sort(), [...b.serviceKinds].sort());
	push(out, 'targetGroups', names(a.targetGroups), names(b.targetGroups));
	push(out, 'municipalityCodes', [...a.municipalityCodes].sort(), [...b.municipalityCodes].sort());
	push(out, 'capacityChange', a.capacityChange, b.capacityChange);
	push(out, 'capacityUnit', a.capacityUnit, b.capacityUnit);
	push(out, 'capacityDecrease', a.capacityDecrease, b.capacityDecrease);
	compareCosts(out, a.costs, b.costs);
	compareIndicators(out, a.indicators, b.indicators);
	compareActivities(out, a.activities, b.activities);
	return out;
}

/** Compare version `a` (older) with `b` (newer). */
export function comparePlanVersions(a: PlanTree, b: PlanTree): PlanComparison {
	const prioritiesOut: EntityChange[] = [];
	const pa = new Map(a.priorities.map((p) => [p.id, p]));
	const pb = new Map(b.priorities.map((p) => [p.id, p]));
	for (const p of b.priorities) {
		const old = pa.get(p.id);
		if (!old) {
			prioritiesOut.push({
				id: p.id,
				kind: 'added',
				number: p.number,
				title: p.title,
				changes: []
			});
		} else {
			const changes = comparePriorityFields(old, p);
			if (changes.length) {
				prioritiesOut.push({
					id: p.id,
					kind: 'changed',
					number: p.number,
					title: p.title,
					changes
				});
			}
		}
	}
	for (const p of a.priorities) {
		if (!pb.has(p.id)) {
			prioritiesOut.push({
				id: p.id,
				kind: 'removed',
				number: p.number,
				title: p.title,
				changes: []
			});
		}
	}

	const numbers = {
		before: new Map(a.priorities.map((p) => [p.id, p.number])),
		after: new Map(b.priorities.map((p) => [p.id, p.number]))
	};
	const ma = new Map(a.priorities.flatMap((p) => p.measures).map((m) => [m.id, m]));
	const mbList = b.priorities.flatMap((p) => p.measures);
	const mb = new Set(mbList.map((m) => m.id));
	const measuresOut: MeasureChange[] = [];
	let unchanged = 0;
	for (const m of mbList) {
		const old = ma.get(m.id);
		const priorityNumber = numbers.after.get(m.priorityId) ?? '';
		if (!old) {
			measuresOut.push({
				id: m.id,
				kind: 'added',
				number: m.number,
				title: m.title,
				priorityNumber,
				changes: []
			});
			continue;
		}
		const changes = compareMeasureFields(old, m, numbers);
		if (changes.length) {
			measuresOut.push({
				id: m.id,
				kind: 'changed',
				number: m.number,
				title: m.title,
				priorityNumber,
				changes
			});
		} else unchanged++;
	}
	for (const m of ma.values()) {
		if (!mb.has(m.id)) {
			measuresOut.push({
				id: m.id,
				kind: 'removed',
				number: m.number,
				title: m.title,
				priorityNumber: numbers.before.get(m.priorityId) ?? '',
				changes: []
			});
		}
	}
	const plan = comparePlanFields(a, b);
	return {
		plan,
		priorities: prioritiesOut,
		measures: measuresOut,
		unchangedMeasures: unchanged,
		hasChanges: plan.length > 0 || prioritiesOut.length > 0 || measuresOut.length > 0
	};
}
