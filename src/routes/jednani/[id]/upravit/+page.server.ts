/** /jednani/<id>/upravit: change date, time, place, room, online link and note (version-guarded). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ForbiddenError, NotFoundError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { getMeetingDetail, updateMeeting } from '#lib/modules/meetings/index.ts';
import { attempt, isId } from '#lib/modules/meetings/views/form.server.ts';
import { meetingHeader } from '#lib/modules/meetings/views/meeting.view.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	if (!isId(params.id)) throw new NotFoundError('Jednání nebylo nalezeno.');
	const d = await getMeetingDetail(locals.actor, params.id);
	if (!d.can.manage) throw new ForbiddenError(m.meetings_new_forbidden());
	const header = meetingHeader(d);
	return {
		title: m.meetings_edit_title({ date: header.date }),
		breadcrumbs: [
			{ label: m.meetings_list_title(), href: '/jednani' },
			{ label: `${header.bodyName} – ${header.date}`, href: `/jednani/${d.meeting.id}` },
			{ label: m.meetings_edit() }
		],
		header,
		version: d.meeting.version,
		values: {
			date: d.local.date,
			time: d.local.time,
			endTime: d.local.endTime ?? '',
			place: d.meeting.place ?? '',
			room: d.meeting.room ?? '',
			onlineUrl: d.meeting.onlineUrl ?? '',
			note: d.meeting.note ?? ''
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'save', values, () =>
			updateMeeting(locals.actor, params.id, values)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_edit_saved() });
		redirect(303, `/jednani/${params.id}`);
	}
};
