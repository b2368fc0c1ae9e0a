/** /katalog/sprava/upravy/<id>: a coordinator reviews a provider's proposed edit (diff), approves or rejects. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	approveServiceEdit,
	getServiceEditReview,
	rejectServiceEdit
} from '#lib/modules/catalogue/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const review = await getServiceEditReview(locals.actor, params.id);
	return {
		title: m.catalogue_adm_edit_review_title(),
		breadcrumbs: [
			{ label: m.catalogue_adm_catalogue(), href: '/katalog' },
			{ label: m.catalogue_adm_title(), href: '/katalog/sprava' },
			{ label: review.service.name }
		],
		edit: {
			id: review.edit.id,
			status: review.edit.status,
			version: review.edit.version,
			createdAt: review.edit.createdAt.toISOString(),
			decidedAt: review.edit.decidedAt?.toISOString() ?? null,
			decisionNote: review.edit.decisionNote,
			proposedByName: review.proposedByName,
			decidedByName: review.decidedByName
		},
		service: {
			id: review.service.id,
			name: review.service.name,
			providerName: review.provider.name,
			manual: review.service.source === 'manual'
		},
		diff: review.diff
	};
};

export const actions: Actions = {
	approve: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let review;
		try {
			await approveServiceEdit(locals.actor, params.id, values);
			review = await getServiceEditReview(locals.actor, params.id);
		} catch (error) {
			return failFrom(error, {});
		}
		setFlash(cookies, {
			type: 'success',
			message: m.catalogue_adm_approved({ name: review.service.name })
		});
		redirect(303, '/katalog/sprava');
	},
	reject: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let review;
		try {
			await rejectServiceEdit(locals.actor, params.id, values);
			review = await getServiceEditReview(locals.actor, params.id);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.catalogue_adm_rejected({ name: review.service.name })
		});
		redirect(303, '/katalog/sprava');
	}
};
