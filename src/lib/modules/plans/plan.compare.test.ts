import { describe, expect, it } from 'vitest';
import { comparePlanVersions } from './plan.compare.ts';
import type { MeasureNode, PlanTree } from './plan.tree.ts';

const measure = (id: string, over: Partial<MeasureNode> = {}): MeasureNode => ({
	id,
	priorityId: 'p1',
	number: '1.1',
	title: 'Navýšení kapacity pobytových služeb pro seniory',
	description: null,
	rationale: null,
	responsibleOrganisation: null,
	responsiblePerson: null,
	responsibleText: 'Město',
	responsibleBody: null,
	partners: null,
	startYear: 2022,
	endYear: 2024,
	serviceKinds: ['49'],
	targetGroups: [],
	municipalityCodes: [],
	capacityChange: 30,
	capacityUnit: 'beds',
	capacityDecrease: false,
	costs: [{ year: 2023, source: 'region', amount: 100 }],
	actualCosts: [],
	indicators: [
		{
			id: 'i1',
			name: 'Lůžka',
			unit: 'lůžka',
			baseline: 180,
			baselineYear: 2021,
			direction: 'increase',
			targets: [{ year: 2024, target: 210 }],
			actuals: []
		}
	],
	activities: [
		{
			id: 'a1',
			number: '1.1.1',
			title: 'Projekt',
			description: null,
			responsibleText: null,
			dueYear: 2022
		}
	],
	monitoring: [],
	version: 1,
	...over
});

const tree = (measures: MeasureNode[], over: Partial<PlanTree> = {}): PlanTree => ({
	id: 'plan',
	area: { id: 'a', name: 'Mikroregion', kind: 'mikroregion' },
	kind: 'sprss_obec',
	title: 'Plán',
	periodFrom: 2022,
	periodTo: 2024,
	vision: null,
	principles: null,
	responsibleBody: null,
	targetGroups: [],
	status: 'approved',
	approval: {
		byLabel: 'Valná hromada',
		byBodyId: null,
		on: '2021-12-20',
		resolution: '1',
		fileId: null
	},
	consultationId: null,
	rollupWeighting: 'equal',
	lastVersionNo: 3,
	priorities: [
		{
			id: 'p1',
			number: '1',
			title: 'Senioři',
			description: null,
			targetGroup: null,
			responsibleBody: null,
			measures,
			version: 1
		}
	],
	version: 3,
	...over
});

describe('comparePlanVersions', () => {
	it('no changes between equal trees', () => {
		const a = tree([measure('m1')]);
		const c = comparePlanVersions(a, structuredClone(a));
		expect(c.hasChanges).toBe(false);
		expect(c.unchangedMeasures).toBe(1);
	});

	it('field-level changes of a measure, its costs, indicator targets and activities', () => {
		const a = tree([measure('m1')]);
		const b = tree(
			[
				measure('m1', {
					title: 'Navýšení kapacity o 40 lůžek',
					capacityChange: 40,
					costs: [
						{ year: 2023, source: 'region', amount: 150 },
						{ year: 2024, source: 'municipalities', amount: 50 }
					],
					indicators: [
						{
							id: 'i1',
							name: 'Lůžka',
							unit: 'lůžka',
							baseline: 180,
							baselineYear: 2021,
							direction: 'increase',
							targets: [{ year: 2024, target: 220 }],
							actuals: []
						},
						{
							id: 'i2',
							name: 'Žadatelé',
							unit: 'osoby',
							baseline: null,
							baselineYear: null,
							direction: 'decrease',
							targets: [],
							actuals: []
						}
					],
					activities: []
				})
			],
			{ status: 'draft' }
		);
		const c = comparePlanVersions(a, b);
		expect(c.plan).toEqual([{ field: 'status', before: 'approved', after: 'draft' }]);
		expect(c.measures).toHaveLength(1);
		const m = c.measures[0];
		expect(m.kind).toBe('changed');
		expect(m.changes).toEqual([
			{
				field: 'title',
				before: 'Navýšení kapacity pobytových služeb pro seniory',
				after: 'Navýšení kapacity o 40 lůžek'
			},
			{ field: 'capacityChange', before: 30, after: 40 },
			{ field: 'cost', params: { year: 2023, source: 'region' }, before: 100, after: 150 },
			{ field: 'cost', params: { year: 2024, source: 'municipalities' }, before: null, after: 50 },
			{
				field: 'indicator.target',
				params: { indicator: 'Lůžka', year: 2024 },
				before: 210,
				after: 220
			},
			{
				field: 'indicator.added',
				params: { indicator: 'Žadatelé' },
				before: null,
				after: 'Žadatelé (osoby)'
			},
			{
				field: 'activity.removed',
				params: { activity: '1.1.1' },
				before: '1.1.1 Projekt',
				after: null
			}
		]);
	});

	it('added and removed measures and priorities; renumbering is a change, not remove + add', () => {
		const a = tree([measure('m1'), measure('m2', { number: '1.2', title: 'Zrušené' })]);
		const b = tree([
			measure('m1', { number: '1.2' }),
			measure('m3', { number: '1.3', title: 'Nové' })
		]);
		b.priorities.push({
			id: 'p2',
			number: '2',
			title: 'Nová priorita',
			description: null,
			targetGroup: null,
			responsibleBody: null,
			measures: [],
			version: 1
		});
		const c = comparePlanVersions(a, b);
		expect(c.measures.map((x) => [x.kind, x.title])).toEqual([
			['changed', 'Navýšení kapacity pobytových služeb pro seniory'],
			['added', 'Nové'],
			['removed', 'Zrušené']
		]);
		expect(c.measures[0].changes).toEqual([{ field: 'number', before: '1.1', after: '1.2' }]);
		expect(c.priorities).toEqual([
			{ id: 'p2', kind: 'added', number: '2', title: 'Nová priorita', changes: [] }
		]);
	});
});
