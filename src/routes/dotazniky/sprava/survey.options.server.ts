/** Options of the survey forms: areas the coordinator manages, plans to link as analytical basis. */
import type { Actor } from '#lib/platform/access/actor.ts';
import { coordinatedAreas } from '#lib/modules/organisation/index.ts';
import { listPlans } from '#lib/modules/plans/index.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';

export async function surveyFormOptions(actor: Actor, areaId?: string) {
	const [areas, plans] = await Promise.all([
		coordinatedAreas(actor),
		listPlans(actor, { pageSize: 100, ...(areaId ? { areaId } : {}) })
	]);
	return {
		areaOptions: areas
			.map((a) => ({ value: a.id, label: a.name }))
			.sort((a, b) => compareCs(a.label, b.label)),
		planOptions: plans.rows.map((p) => ({
			value: p.id,
			label: `${p.title} (${p.periodFrom}–${p.periodTo})`
		}))
	};
}
