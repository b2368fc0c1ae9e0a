/** /dotazniky/sprava/[id]/pozvanky: send personal invitation links to a list of e-mails. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { inviteToSurvey, listInvitations, findSurvey } from '#lib/modules/participation/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const page = Number(url.searchParams.get('strana') ?? '1');
	const list = await listInvitations(
		locals.actor,
		params.id,
		Number.isInteger(page) && page > 0 ? page : 1
	);
	const survey = await findSurvey(params.id);
	return {
		title: m.part_srv_invitations(),
		breadcrumbs: [
			{ label: m.part_srv_admin_title(), href: '/dotazniky/sprava' },
			{ label: survey.title, href: `/dotazniky/sprava/${survey.id}` },
			{ label: m.part_srv_invitations() }
		],
		survey: { id: survey.id, title: survey.title, status: survey.status },
		page: Number.isInteger(page) && page > 0 ? page : 1,
		...list
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const values = formToObject(await request.formData());
		let result;
		try {
			result = await inviteToSurvey(locals.actor, params.id, values, url.origin);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.part_srv_invited(result) });
		redirect(303, `/dotazniky/sprava/${params.id}/pozvanky`);
	}
};
