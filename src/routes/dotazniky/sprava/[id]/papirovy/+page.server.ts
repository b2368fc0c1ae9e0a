/** /dotazniky/sprava/[id]/papirovy: staff enter a paper questionnaire (one per submit). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { enterPaperResponse, getPaperEntryPage } from '#lib/modules/participation/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const page = await getPaperEntryPage(locals.actor, params.id);
	return {
		title: m.part_srv_paper_title(),
		breadcrumbs: [
			{ label: m.part_srv_admin_title(), href: '/dotazniky/sprava' },
			{ label: page.survey.title, href: `/dotazniky/sprava/${page.survey.id}` },
			{ label: m.part_srv_paper() }
		],
		...page
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await enterPaperResponse(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.part_srv_paper_saved() });
		redirect(303, `/dotazniky/sprava/${params.id}/papirovy`);
	}
};
