/** /pripominkovani/[id]/vyporadani: the public settlement of comments (after publication; coordinators see the working version). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getSettlement } from '#lib/modules/participation/index.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const view = await getSettlement(locals.actor, params.id);
	const c = view.consultation;
	return {
		title: `${m.part_con_settlement_title()} – ${c.title}`,
		breadcrumbs: [
			{ label: m.part_con_public_title(), href: '/pripominkovani' },
			{ label: c.title, href: `/pripominkovani/${c.id}` },
			{ label: m.part_con_settlement_title() }
		],
		consultation: {
			id: c.id,
			title: c.title,
			areaName: c.areaName,
			opensOn: c.opensOn,
			closesOn: c.closesOn,
			settlementPublishedAt: c.settlementPublishedAt
		},
		published: view.published,
		rows: view.rows,
		stats: view.stats
	};
};
