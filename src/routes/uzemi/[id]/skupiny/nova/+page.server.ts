/** /uzemi/<id>/skupiny/nova: a coordinator creates a group of the area with its statute rules. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { areaScope, createBody, findArea } from '#lib/modules/organisation/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { bodyFormOptions } from '../../../../skupiny/body.options.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const area = await findArea(params.id);
	authorize(locals.actor, 'organisation.bodies.manage', await areaScope(area.id));
	return {
		title: m.organisation_body_new_title({ area: area.name }),
		breadcrumbs: [
			{ label: m.organisation_areas_title(), href: '/uzemi' },
			{ label: area.name, href: `/uzemi/${area.id}` },
			{ label: m.organisation_body_new() }
		],
		area: { id: area.id, name: area.name },
		defaults: {
			kind: 'working_group',
			invitationLeadDays: '7',
			agendaProposalDays: '3',
			excuseDays: '0',
			quorumPercent: '50'
		},
		...(await bodyFormOptions(locals.actor, area.id))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let body;
		try {
			body = await createBody(locals.actor, { ...values, areaId: params.id });
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.organisation_body_created({ name: body.name })
		});
		redirect(303, `/skupiny/${body.id}`);
	}
};
