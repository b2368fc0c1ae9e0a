/** Tests only: hand-made `PlanTree` fixtures for the roll-up, the report model and the outputs. */
import type { MeasureNode, PlanTree, PriorityNode } from './plan.tree.ts';

let seq = 0;
const uid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

export function fixtureMeasure(over: Partial<MeasureNode> = {}): MeasureNode {
	return {
		id: uid(),
		priorityId: '',
		number: '1.1',
		title: 'Opatření',
		description: null,
		rationale: null,
		responsibleOrganisation: null,
		responsiblePerson: null,
		responsibleText: null,
		responsibleBody: null,
		partners: null,
		startYear: 2022,
		endYear: 2024,
		serviceKinds: [],
		targetGroups: [],
		municipalityCodes: [],
		capacityChange: null,
		capacityUnit: null,
		capacityDecrease: false,
		costs: [],
		actualCosts: [],
		indicators: [],
		activities: [],
		monitoring: [],
		version: 1,
		...over
	};
}

export function fixturePriority(
	number: string,
	title: string,
	measures: MeasureNode[],
	over: Partial<PriorityNode> = {}
): PriorityNode {
	const id = uid();
	return {
		id,
		number,
		title,
		description: null,
		targetGroup: null,
		responsibleBody: null,
		measures: measures.map((m) => ({ ...m, priorityId: id })),
		version: 1,
		...over
	};
}

export function fixturePlan(priorities: PriorityNode[], over: Partial<PlanTree> = {}): PlanTree {
	return {
		id: uid(),
		area: { id: uid(), name: 'Mikroregion Valašskomeziříčsko-Kelečsko', kind: 'microregion' },
		kind: 'sprss_obec',
		title: 'Střednědobý plán rozvoje sociálních služeb na roky 2022–2024',
		periodFrom: 2022,
		periodTo: 2024,
		vision: 'Dostupné sociální služby pro všechny.',
		principles: null,
		responsibleBody: null,
		targetGroups: [],
		status: 'in_force',
		approval: {
			byLabel: 'Valná hromada Mikroregionu',
			byBodyId: null,
			on: '2021-12-20',
			resolution: null,
			fileId: null
		},
		consultationId: null,
		rollupWeighting: 'equal',
		lastVersionNo: 1,
		priorities,
		version: 1,
		...over
	};
}

/** A small plan with two priorities, costs, an indicator and 2022 monitoring. */
export function samplePlan(over: Partial<PlanTree> = {}): PlanTree {
	const m11 = fixtureMeasure({
		number: '1.1',
		title: 'Rozšíření kapacity pečovatelské služby',
		responsibleText: 'Město Valašské Meziříčí',
		costs: [
			{ year: 2022, source: 'state_101a', amount: 300000 },
			{ year: 2022, source: 'municipalities', amount: 100000 }
		],
		actualCosts: [{ year: 2022, source: 'state_101a', amount: 320000.5 }],
		indicators: [
			{
				id: uid(),
				name: 'Počet úvazků pracovníků v sociálních službách',
				unit: 'úvazek',
				baseline: 4,
				baselineYear: 2021,
				direction: 'increase',
				targets: [{ year: 2022, target: 5 }],
				actuals: [{ year: 2022, actual: 5.5, note: null }]
			}
		],
		monitoring: [{ year: 2022, status: 'done', progress: 100, comment: 'Splněno v plném rozsahu.' }]
	});
	const m12 = fixtureMeasure({
		number: '1.2',
		title: 'Odlehčovací služba',
		costs: [{ year: 2022, source: 'region', amount: 100000 }],
		monitoring: [{ year: 2022, status: 'in_progress', progress: 40, comment: null }]
	});
	const m21 = fixtureMeasure({
		number: '2.1',
		title: 'Sociální poradenství v obcích',
		monitoring: [{ year: 2022, status: 'cancelled', progress: 0, comment: 'Zrušeno.' }]
	});
	const m22 = fixtureMeasure({ number: '2.2', title: 'Krizové bydlení', startYear: 2023 });
	return fixturePlan(
		[fixturePriority('1', 'Senioři', [m11, m12]), fixturePriority('2', 'Lidé v krizi', [m21, m22])],
		over
	);
}
