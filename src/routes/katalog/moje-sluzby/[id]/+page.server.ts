/** /katalog/moje-sluzby/<id>: a provider proposes new description/contacts and sees its proposals. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	getMyService,
	proposeServiceEdit,
	serviceKindLabel
} from '#lib/modules/catalogue/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const { service, provider, edits } = await getMyService(locals.actor, params.id);
	return {
		title: service.name,
		breadcrumbs: [
			{ label: m.catalogue_adm_catalogue(), href: '/katalog' },
			{ label: m.catalogue_adm_my_title(), href: '/katalog/moje-sluzby' },
			{ label: service.name }
		],
		service: {
			id: service.id,
			name: service.name,
			manual: service.source === 'manual',
			kind: service.kindCode ? serviceKindLabel(service.kindCode) : (service.kindText ?? ''),
			providerName: provider.name,
			active: service.status === 'active'
		},
		published: {
			description: service.description ?? '',
			email: service.email ?? '',
			phone: service.phone ?? '',
			web: service.web ?? ''
		},
		edits: edits.map((e) => ({
			id: e.id,
			status: e.status,
			createdAt: e.createdAt.toISOString(),
			fields: Object.keys((e.changes ?? {}) as Record<string, unknown>),
			decisionNote: e.decisionNote
		}))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let name: string;
		try {
			await proposeServiceEdit(locals.actor, params.id, values);
			name = (await getMyService(locals.actor, params.id)).service.name;
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.catalogue_adm_proposed({ name }) });
		redirect(303, `/katalog/moje-sluzby/${params.id}`);
	}
};
