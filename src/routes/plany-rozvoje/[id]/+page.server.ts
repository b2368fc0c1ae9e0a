/**
 * /plany-rozvoje/<id>: the public page of an approved plan — vision, priorities and measures with
 * their current status (latest closed year), roll-up per priority, evaluations, downloads. 404 for
 * plans never approved.
 */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getPublicPlan } from '#lib/modules/plans/index.ts';

export const load: PageServerLoad = async ({ params }) => {
	const { tree, years, latest } = await getPublicPlan(params.id);
	const latestYear = latest?.year ?? null;
	return {
		title: tree.title,
		breadcrumbs: [
			{ label: m.plans_mon_public_list_title(), href: '/plany-rozvoje' },
			{ label: tree.title }
		],
		plan: {
			id: tree.id,
			title: tree.title,
			areaName: tree.area.name,
			periodFrom: tree.periodFrom,
			periodTo: tree.periodTo,
			vision: tree.vision,
			principles: tree.principles,
			status: tree.status,
			approvedBy: tree.approval.byLabel,
			approvedOn: tree.approval.on,
			targetGroups: tree.targetGroups.map((t) => t.name)
		},
		latestYear,
		years,
		priorities: tree.priorities.map((p, i) => ({
			id: p.id,
			number: p.number,
			title: p.title,
			description: p.description,
			group: p.responsibleBody?.name ?? null,
			progress: latest ? latest.rollup.priorities[i].progress : null,
			measures: p.measures.map((ms) => {
				const f = latest?.rollup.measures.get(ms.id) ?? null;
				return {
					id: ms.id,
					number: ms.number,
					title: ms.title,
					description: ms.description,
					responsible:
						ms.responsibleText ??
						ms.responsibleOrganisation?.name ??
						ms.responsiblePerson?.name ??
						null,
					years:
						ms.startYear === ms.endYear ? String(ms.startYear) : `${ms.startYear}–${ms.endYear}`,
					planned: Math.round(ms.costs.reduce((s, c) => s + c.amount, 0) * 100) / 100,
					status: f && f.active && f.recorded ? f.status : null,
					progress: f && f.active && f.recorded ? f.progress : null,
					indicators: ms.indicators.map((ind) => {
						const lastActual = [...ind.actuals].sort((a, b) => b.year - a.year)[0] ?? null;
						const finalTarget = [...ind.targets].sort((a, b) => b.year - a.year)[0] ?? null;
						return {
							id: ind.id,
							name: ind.name,
							unit: ind.unit,
							baseline: ind.baseline,
							target: finalTarget?.target ?? null,
							targetYear: finalTarget?.year ?? null,
							actual: lastActual?.actual ?? null,
							actualYear: lastActual?.year ?? null
						};
					})
				};
			})
		}))
	};
};
