/** /katalog/prehled: planners' overview of capacities by kind × territory and target group (signed in). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { capacityOverview } from '#lib/modules/catalogue/index.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = {
		level: url.searchParams.get('uroven') || undefined,
		areaId: url.searchParams.get('uzemi') || undefined,
		unit: url.searchParams.get('jednotka') || undefined
	};
	let overview;
	try {
		overview = await capacityOverview(locals.actor, query);
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		throw new ValidationError(error.fields, Object.values(error.fields).flat().join(' '));
	}
	const params = new URLSearchParams();
	params.set('uroven', overview.level);
	if (overview.area) params.set('uzemi', overview.area.id);
	return {
		title: m.catalogue_overview_title(),
		breadcrumbs: [
			{ label: m.catalogue_title(), href: '/katalog' },
			{ label: m.catalogue_overview_title() }
		],
		overview,
		exportHref: `/katalog/prehled.xlsx?${params}`
	};
};
