/** /jednani/<id>/program: managers add, edit, reorder (up/down without JS) and remove agenda items. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ForbiddenError, NotFoundError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import {
	addAgendaItem,
	getMeetingDetail,
	moveAgendaItem,
	removeAgendaItem,
	updateAgendaItem
} from '#lib/modules/meetings/index.ts';
import { attempt, idFrom, isId, versionFrom } from '#lib/modules/meetings/views/form.server.ts';
import {
	meetingActions,
	meetingHeader,
	programme
} from '#lib/modules/meetings/views/meeting.view.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	if (!isId(params.id)) throw new NotFoundError('Jednání nebylo nalezeno.');
	const d = await getMeetingDetail(locals.actor, params.id);
	if (!d.can.manage) throw new ForbiddenError(m.meetings_new_forbidden());
	const header = meetingHeader(d);
	const p = programme(d);
	return {
		title: m.meetings_programme_page_title({ date: header.date }),
		breadcrumbs: [
			{ label: m.meetings_list_title(), href: '/jednani' },
			{ label: `${header.bodyName} – ${header.date}`, href: `/jednani/${d.meeting.id}` },
			{ label: m.meetings_programme_title() }
		],
		header,
		editable: meetingActions(d).editAgenda,
		items: p.items,
		proposals: p.proposals.length
	};
};

const back = (id: string, anchor = '') => `/jednani/${id}/program${anchor}`;

export const actions: Actions = {
	add: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'add', values, () =>
			addAgendaItem(locals.actor, params.id, values)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, {
			type: 'success',
			message: m.meetings_item_added({ title: r.value.title })
		});
		redirect(303, back(params.id, `#bod-${r.value.id}`));
	},
	update: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'update', values, () =>
			updateAgendaItem(locals.actor, idFrom(values, 'itemId'), values)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, {
			type: 'success',
			message: m.meetings_item_saved({ title: r.value.title })
		});
		redirect(303, back(params.id, `#bod-${r.value.id}`));
	},
	move: async ({ request, locals, params }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'move', values, () =>
			moveAgendaItem(locals.actor, idFrom(values, 'itemId'), {
				direction: values.direction,
				version: versionFrom(values)
			})
		);
		if (!r.ok) return r.failure;
		redirect(303, back(params.id, `#bod-${String(values.itemId)}`));
	},
	remove: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'remove', values, () =>
			removeAgendaItem(locals.actor, idFrom(values, 'itemId'), { version: versionFrom(values) })
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_item_removed() });
		redirect(303, back(params.id));
	}
};
