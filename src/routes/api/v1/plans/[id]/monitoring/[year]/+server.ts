/**
 * GET /api/v1/plans/{id}/monitoring/{year} — the year's monitoring of a plan (roll-up, every
 * measure's record, indicator values, costs); PUT — record one measure (working-group manager of
 * the measure's group or coordinator; closed years and plans not approved are refused).
 */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getMonitoringYear, recordMeasureMonitoring } from '#lib/modules/plans/index.ts';
import {
	MonitoringBody,
	MonitoringParams,
	MonitoringYearSchema,
	presentMonitoringYear
} from './monitoring.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/plans/{id}/monitoring/{year}',
	summary: 'Monitoring plánu za rok',
	description:
		'Plnění plánu za rok: roll-up (plnění plánu a priorit, počty opatření podle stavu, plán a ' +
		'skutečnost nákladů) a záznam každého opatření s ukazateli a náklady. Pro koordinátory území a ' +
		'členy odpovědných skupin; 404 pro rok mimo období plánu.',
	tags: ['Plány'],
	auth: 'user',
	params: MonitoringParams,
	response: MonitoringYearSchema,
	errors: [401, 403, 404],
	handler: async ({ actor, params }) =>
		presentMonitoringYear(await getMonitoringYear(actor, params.id, params.year))
});

export const PUT = defineEndpoint({
	method: 'PUT',
	path: '/api/v1/plans/{id}/monitoring/{year}',
	summary: 'Zapsat plnění opatření za rok',
	description:
		'Založí nebo upraví záznam plnění jednoho opatření (stav, plnění, komentář, skutečné hodnoty ' +
		'ukazatelů, skutečné náklady podle zdrojů, doklady). U existujícího záznamu pošlete `version`; ' +
		'zastaralá verze vrací 409. Jednotka ukazatele musí odpovídat. Vrací aktuální monitoring roku.',
	tags: ['Plány'],
	auth: 'user',
	params: MonitoringParams,
	body: MonitoringBody,
	response: MonitoringYearSchema,
	errors: [400, 401, 403, 404, 409],
	handler: async ({ actor, params, body }) => {
		const { measureId, ...input } = body;
		await recordMeasureMonitoring(actor, params.id, Number(params.year), measureId, input);
		return presentMonitoringYear(await getMonitoringYear(actor, params.id, params.year));
	}
});

export const fallback = methodNotAllowed(['GET', 'PUT']);
