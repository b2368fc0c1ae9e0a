/** /dotazniky: public list of surveys open for answers (no login). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listOpenSurveys } from '#lib/modules/participation/index.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = Number(url.searchParams.get('strana') ?? '1');
	const result = await listOpenSurveys(locals.actor, {
		page: Number.isInteger(page) && page > 0 ? page : 1,
		pageSize: 20
	});
	return {
		title: m.part_srv_public_title(),
		breadcrumbs: [{ label: m.part_srv_public_title() }],
		...result
	};
};
