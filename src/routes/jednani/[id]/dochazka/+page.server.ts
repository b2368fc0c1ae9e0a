/**
 * /jednani/<id>/dochazka: the attendance register — present / excused / absent for every member
 * in one form, guests, the quorum line, and excuses made through the invitation link.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { formatDateTime } from '#lib/platform/i18n/format.ts';
import {
	addGuest,
	getMeetingDetail,
	initAttendance,
	removeGuest,
	setAttendance
} from '#lib/modules/meetings/index.ts';
import { attempt, idFrom, isId } from '#lib/modules/meetings/views/form.server.ts';
import { meetingHeader } from '#lib/modules/meetings/views/meeting.view.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	if (!isId(params.id)) throw new NotFoundError('Jednání nebylo nalezeno.');
	const d = await getMeetingDetail(locals.actor, params.id);
	if (!d.can.manage) throw new ForbiddenError(m.meetings_new_forbidden());
	const header = meetingHeader(d);
	const members = await Promise.all(
		d.members.map(async (row) => {
			// An excuse through the invitation link is recorded with the action "excuse".
			const viaLink =
				row.status === 'excused' &&
				(await listHistory('meetings.attendance', row.id, { limit: 20 })).some(
					(e) => e.action === 'excuse'
				);
			return {
				personId: row.personId!,
				name: row.name,
				position: row.position,
				isVoting: row.isVoting,
				status: row.status,
				note: row.note ?? '',
				excusedAt: row.status === 'excused' && row.excusedAt ? formatDateTime(row.excusedAt) : null,
				viaLink
			};
		})
	);
	return {
		title: m.meetings_attendance_page_title({ date: header.date }),
		breadcrumbs: [
			{ label: m.meetings_list_title(), href: '/jednani' },
			{ label: `${header.bodyName} – ${header.date}`, href: `/jednani/${d.meeting.id}` },
			{ label: m.meetings_attendance_title() }
		],
		header,
		cancelled: d.meeting.status === 'cancelled',
		members,
		guests: d.guests.map((g) => ({
			id: g.id,
			name: g.name,
			organisation: g.guestOrganisation ?? '',
			note: g.note ?? ''
		})),
		quorum: { votingMembers: d.quorum.votingMembers, required: d.quorum.required }
	};
};

const back = (id: string, anchor = '') => `/jednani/${id}/dochazka${anchor}`;

export const actions: Actions = {
	init: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'init', values, () =>
			initAttendance(locals.actor, params.id)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_attendance_initialised() });
		redirect(303, back(params.id));
	},
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const ids = ([] as string[]).concat(values.personId ?? []);
		const r = await attempt(locals.actor, 'save', values, async () => {
			const rows = ids.map((personId) => ({
				personId,
				status: values[`status-${personId}`] ?? '',
				note: values[`note-${personId}`] ?? ''
			}));
			try {
				return await setAttendance(locals.actor, params.id, rows);
			} catch (error) {
				// `3.status` → `status-<personId>`, the id of that member's radio group.
				if (!(error instanceof ValidationError)) throw error;
				const fields = Object.fromEntries(
					Object.entries(error.fields).map(([key, messages]) => {
						const [index, field] = key.split('.');
						const personId = ids[Number(index)];
						return [personId && field ? `${field}-${personId}` : key, messages];
					})
				);
				throw new ValidationError(fields, error.message);
			}
		});
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_attendance_saved() });
		redirect(303, back(params.id));
	},
	addGuest: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'addGuest', values, () =>
			addGuest(locals.actor, params.id, values)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, {
			type: 'success',
			message: m.meetings_guest_added({ name: r.value.guestName ?? '' })
		});
		redirect(303, back(params.id, '#hoste'));
	},
	removeGuest: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'removeGuest', values, () =>
			removeGuest(locals.actor, idFrom(values, 'attendanceId'))
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_guest_removed() });
		redirect(303, back(params.id, '#hoste'));
	}
};
