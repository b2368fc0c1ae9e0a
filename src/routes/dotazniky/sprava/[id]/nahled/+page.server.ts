/** /dotazniky/sprava/[id]/nahled: preview of the survey as respondents see it (no submit). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getPaperEntryPage } from '#lib/modules/participation/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const page = await getPaperEntryPage(locals.actor, params.id);
	return {
		title: m.part_srv_preview_title({ title: page.survey.title }),
		breadcrumbs: [
			{ label: m.part_srv_admin_title(), href: '/dotazniky/sprava' },
			{ label: page.survey.title, href: `/dotazniky/sprava/${page.survey.id}` },
			{ label: m.part_srv_preview() }
		],
		...page
	};
};
