/** The plan tree as the overview table shows it: responsible text, years, capacity, cost, latest monitoring. */
import { m } from '#lib/paraglide/messages.js';
import type { PlanTree } from '../plan.tree.ts';
import { capacityText, measureStatusLabel, money, totalCost, yearsText } from './plan.labels.ts';

export interface OverviewMeasure {
	id: string;
	number: string;
	title: string;
	responsible: string;
	years: string;
	capacity: string;
	cost: string;
	monitoring: string | null;
}

export interface OverviewPriority {
	id: string;
	number: string;
	title: string;
	targetGroup: string | null;
	responsibleBody: string | null;
	cost: string;
	measures: OverviewMeasure[];
}

export function overviewTree(tree: PlanTree): { priorities: OverviewPriority[]; total: string } {
	let all = 0;
	const priorities = tree.priorities.map((p) => {
		let sum = 0;
		const measures = p.measures.map((x) => {
			const cost = totalCost(x.costs);
			sum += cost;
			const latest = x.monitoring.at(-1);
			return {
				id: x.id,
				number: x.number,
				title: x.title,
				responsible:
					[x.responsibleOrganisation?.name, x.responsiblePerson?.name, x.responsibleText]
						.filter(Boolean)
						.join(', ') ||
					x.responsibleBody?.name ||
					m.plans_none(),
				years: yearsText(x.startYear, x.endYear),
				capacity: capacityText(x.capacityChange, x.capacityUnit, x.capacityDecrease),
				cost: money(cost),
				monitoring: latest
					? m.plans_monitoring_value({
							year: latest.year,
							status: measureStatusLabel(latest.status),
							progress: latest.progress
						})
					: null
			};
		});
		all += sum;
		return {
			id: p.id,
			number: p.number,
			title: p.title,
			targetGroup: p.targetGroup?.name ?? null,
			responsibleBody: p.responsibleBody?.name ?? null,
			cost: money(sum),
			measures
		};
	});
	return { priorities, total: money(all) };
}
