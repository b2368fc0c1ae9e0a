/** /pripominkovani: public list of open and past consultations (paginated). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listPublicConsultations } from '#lib/modules/participation/index.ts';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ locals, url }) => {
	const page = Math.max(1, Number.parseInt(url.searchParams.get('strana') ?? '1', 10) || 1);
	const result = await listPublicConsultations(locals.actor, { page, pageSize: PAGE_SIZE });
	return {
		title: m.part_con_public_title(),
		breadcrumbs: [{ label: m.part_con_public_title() }],
		rows: result.rows,
		page,
		pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE))
	};
};
