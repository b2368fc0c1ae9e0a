/** /skupiny/<id>/clenove: coordinator or the group's manager adds members and sees all terms. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	addMembership,
	areaScope,
	getBodyDetail,
	listMemberships,
	membershipRoleLabel,
	personOptions
} from '#lib/modules/organisation/index.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { czDay, membershipHistoryView, roleOptions, todayIso } from './membership.view.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const { body, area } = await getBodyDetail(locals.actor, params.id);
	const scope = await areaScope(area.id, { bodyId: body.id });
	authorize(locals.actor, 'organisation.memberships.manage', scope);
	const today = todayIso();
	const canPeople = can(locals.actor, 'organisation.people.read', scope);
	const [rows, people, history] = await Promise.all([
		listMemberships(locals.actor, body.id),
		canPeople ? personOptions(locals.actor, area.id, { bodyId: body.id }) : Promise.resolve([]),
		membershipHistoryView(body.id)
	]);
	return {
		title: m.organisation_members_title({ name: body.name }),
		breadcrumbs: [
			{ label: m.organisation_areas_title(), href: '/uzemi' },
			{ label: area.name, href: `/uzemi/${area.id}` },
			{ label: body.name, href: `/skupiny/${body.id}` },
			{ label: m.organisation_members_breadcrumb() }
		],
		body: { id: body.id, name: body.name },
		area: { id: area.id, name: area.name },
		canAddPeople: can(locals.actor, 'organisation.people.manage', await areaScope(area.id)),
		today,
		rows: rows.map((r) => ({
			id: r.id,
			personName: r.personName,
			position: r.position,
			role: membershipRoleLabel(r.role),
			from: czDay(r.validFrom),
			to: r.validTo ? czDay(r.validTo) : null,
			state: r.validFrom > today ? 'future' : r.validTo && r.validTo < today ? 'ended' : 'current'
		})),
		personOptions: people.map((p) => ({
			value: p.id,
			label: p.position ? `${p.name} – ${p.position}` : p.name
		})),
		roleOptions: roleOptions(),
		history
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await addMembership(locals.actor, { ...values, bodyId: params.id });
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.organisation_member_added() });
		redirect(303, `/skupiny/${params.id}/clenove`);
	}
};
