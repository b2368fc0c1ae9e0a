/** /skupiny/<id>/clenove/<clenstvi>: edit the role and term of one membership, or end it. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	endMembership,
	getBodyDetail,
	getMembership,
	updateMembership
} from '#lib/modules/organisation/index.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { czDay, roleOptions, todayIso } from '../membership.view.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const membership = await getMembership(locals.actor, params.clenstvi);
	if (membership.bodyId !== params.id) throw new NotFoundError('Členství nebylo nalezeno.');
	const { body, area } = await getBodyDetail(locals.actor, params.id);
	return {
		title: m.organisation_membership_title({ name: membership.personName }),
		breadcrumbs: [
			{ label: area.name, href: `/uzemi/${area.id}` },
			{ label: body.name, href: `/skupiny/${body.id}` },
			{ label: m.organisation_members_breadcrumb(), href: `/skupiny/${body.id}/clenove` },
			{ label: membership.personName }
		],
		body: { id: body.id, name: body.name },
		membership: {
			id: membership.id,
			personName: membership.personName,
			role: membership.role,
			validFrom: membership.validFrom,
			validTo: membership.validTo ?? '',
			note: membership.note ?? '',
			version: membership.version,
			ended: membership.validTo !== null && membership.validTo < todayIso(),
			toLabel: membership.validTo ? czDay(membership.validTo) : null
		},
		today: todayIso(),
		roleOptions: roleOptions()
	};
};

async function guard(locals: App.Locals, params: { id: string; clenstvi: string }) {
	const membership = await getMembership(locals.actor, params.clenstvi);
	if (membership.bodyId !== params.id) throw new NotFoundError('Členství nebylo nalezeno.');
	return membership;
}

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			const membership = await guard(locals, params);
			await updateMembership(locals.actor, membership.id, values);
		} catch (error) {
			return failFrom(error, { ...values, action: 'save' });
		}
		setFlash(cookies, { type: 'success', message: m.organisation_membership_saved() });
		redirect(303, `/skupiny/${params.id}/clenove`);
	},
	end: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let name;
		try {
			const membership = await guard(locals, params);
			name = membership.personName;
			await endMembership(locals.actor, membership.id, values);
		} catch (error) {
			return failFrom(error, { ...values, action: 'end' });
		}
		setFlash(cookies, { type: 'success', message: m.organisation_membership_ended({ name }) });
		redirect(303, `/skupiny/${params.id}/clenove`);
	}
};
