/** /pripominkovani/[id]: the consulted document by section and the public comment form (no login). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getPublicConsultation, submitComment } from '#lib/modules/participation/index.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await getPublicConsultation(locals.actor, params.id);
	const c = view.consultation;
	const preselect = url.searchParams.get('oddil') ?? '';
	return {
		title: c.title,
		breadcrumbs: [
			{ label: m.part_con_public_title(), href: '/pripominkovani' },
			{ label: c.title }
		],
		consultation: {
			id: c.id,
			title: c.title,
			description: c.description,
			areaName: c.areaName,
			opensOn: c.opensOn,
			closesOn: c.closesOn,
			hearingAt: c.hearingAt,
			hearingPlace: c.hearingPlace,
			identityRequired: c.identityRequired,
			documentFileId: c.documentFileId,
			planId: c.planId
		},
		phase: view.phase,
		commentCount: view.commentCount,
		canManage: view.canManage,
		sections: view.sections.map((s) => ({
			id: s.id,
			kind: s.kind,
			number: s.number,
			title: s.title,
			body: s.body
		})),
		preselect: view.sections.some((s) => s.id === preselect) ? preselect : '',
		signedInAs: locals.actor.kind === 'user' ? locals.actor.name : null
	};
};

export const actions: Actions = {
	comment: async (event) => {
		const { request, locals, params, cookies } = event;
		const values = formToObject(await request.formData());
		let result;
		try {
			result = await submitComment(locals.actor, params.id, values, event.getClientAddress());
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: result.ignored
				? m.part_con_submitted_generic()
				: m.part_con_submitted({ number: String(result.number) })
		});
		redirect(303, `/pripominkovani/${params.id}`);
	}
};
