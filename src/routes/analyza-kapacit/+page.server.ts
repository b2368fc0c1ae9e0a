/**
 * /analyza-kapacit: pick a planning area and a year (GET form) → the capacity gap analysis with
 * its evidence, chart and XLSX link (coordinators and managers).
 */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { analysisAreaOptions, capacityAnalysis } from '#lib/modules/network/index.ts';
import { SERVICE_KIND_CODES, serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { pragueYear } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const areaOptions = await analysisAreaOptions(locals.actor);
	const areaId = url.searchParams.get('uzemi') ?? '';
	const yearText = url.searchParams.get('rok') ?? '';
	const values = { areaId, year: yearText || String(pragueYear()) };
	let analysis = null;
	let errors: Record<string, string[]> | null = null;
	if (areaId || yearText) {
		try {
			analysis = await capacityAnalysis(locals.actor, { areaId, year: values.year });
		} catch (error) {
			if (!(error instanceof ValidationError)) throw error;
			errors = error.fields;
		}
	}
	const query = analysis
		? new URLSearchParams({ uzemi: analysis.area.id, rok: String(analysis.year) })
		: null;
	return {
		title: analysis
			? `${m.net_gap_title()} – ${analysis.area.name} ${analysis.year}`
			: m.net_gap_title(),
		breadcrumbs: [{ label: m.net_gap_title() }],
		areaOptions,
		kindLabels: Object.fromEntries(SERVICE_KIND_CODES.map((c) => [c, serviceKindLabel(c)])),
		values,
		errors,
		analysis,
		exportHref: query ? `/analyza-kapacit/analyza.xlsx?${query}` : null,
		canManage:
			locals.actor.kind === 'user' &&
			locals.actor.grants.some((g) => g.role === 'coordinator' || g.role === 'admin')
	};
};
