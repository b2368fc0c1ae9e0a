/**
 * /jednani/<id>: the meeting page — header, statute warnings, actions by status (invitations,
 * reminder, held, cancel with a reason, restore), programme with "Kontrola úkolů", proposals,
 * attendance summary, minutes and downloads, history.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale, formatDateTime } from '#lib/platform/i18n/format.ts';
// participation (suggestions block): suggestions put on this meeting's agenda
import { can } from '#lib/platform/access/can.ts';
import { suggestionsForMeeting } from '#lib/modules/participation/index.ts';
import {
	changeMeetingStatus,
	decideAgendaItem,
	getMeetingDetail,
	proposeAgendaItem,
	sendInvitations,
	sendReminders,
	type InvitationResult
} from '#lib/modules/meetings/index.ts';
import { attempt, idFrom, isId, versionFrom } from '#lib/modules/meetings/views/form.server.ts';
import {
	meetingFieldLabels,
	polishMeetingHistory
} from '#lib/modules/meetings/views/meeting.history.ts';
import {
	meetingActions,
	meetingHeader,
	programme,
	quorumText
} from '#lib/modules/meetings/views/meeting.view.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	if (!isId(params.id)) throw new NotFoundError('Jednání nebylo nalezeno.');
	const d = await getMeetingDetail(locals.actor, params.id);
	const header = meetingHeader(d);
	const history = polishMeetingHistory(
		presentHistory(
			await listHistory('meetings.meeting', d.meeting.id),
			meetingFieldLabels(),
			currentLocale()
		)
	);
	const counts = { present: 0, excused: 0, absent: 0 };
	for (const row of d.members) counts[row.status]++;
	return {
		title: header.title,
		breadcrumbs: [
			{ label: m.meetings_list_title(), href: '/jednani' },
			{ label: `${header.bodyName} – ${header.date}` }
		],
		header,
		warnings: d.warnings.map((w) => w.message),
		deadlines: {
			invitation: formatDateTime(d.deadlines.invitation),
			agendaProposal: formatDateTime(d.deadlines.agendaProposal)
		},
		invitedAt: d.meeting.invitedAt ? formatDateTime(d.meeting.invitedAt) : null,
		actions: meetingActions(d),
		can: d.can,
		programme: programme(d),
		attendance: {
			prepared: d.members.length > 0,
			counts,
			guests: d.guests.length,
			quorum: quorumText(d.quorum)
		},
		minutes: d.minutes ? { status: d.minutes.status, revision: d.minutes.revision } : null,
		schedule: { year: d.local.date.slice(0, 4) },
		history,
		// participation (suggestions block): suggestions put on this meeting's agenda
		linkedSuggestions: await suggestionsForMeeting(d.meeting.id),
		suggestionsStaff: can(locals.actor, 'participation.suggestions.list')
	};
};

/** `Pozvánky byly zařazeny k odeslání: 9. Bez e-mailu (pozvěte je jinak): …` */
function outboxMessage(kind: 'invite' | 'remind', r: InvitationResult): string {
	const queued =
		kind === 'invite'
			? m.meetings_invite_done({ count: r.sent })
			: m.meetings_remind_done({ count: r.sent });
	return r.withoutEmail.length
		? `${queued} ${m.meetings_invite_without_email({ names: r.withoutEmail.join(', ') })}`
		: queued;
}

export const actions: Actions = {
	invite: async ({ request, locals, params, cookies, url }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'invite', values, () =>
			sendInvitations(locals.actor, params.id, { origin: url.origin })
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: outboxMessage('invite', r.value) });
		redirect(303, `/jednani/${params.id}`);
	},
	remind: async ({ request, locals, params, cookies, url }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'remind', values, () =>
			sendReminders(locals.actor, params.id, { origin: url.origin })
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: outboxMessage('remind', r.value) });
		redirect(303, `/jednani/${params.id}`);
	},
	held: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'held', values, () =>
			changeMeetingStatus(locals.actor, params.id, 'held', { version: versionFrom(values) })
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_held_done() });
		redirect(303, `/jednani/${params.id}`);
	},
	cancel: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'cancel', values, () =>
			changeMeetingStatus(locals.actor, params.id, 'cancelled', {
				reason: String(values.reason ?? ''),
				version: versionFrom(values)
			})
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_cancel_done() });
		redirect(303, `/jednani/${params.id}`);
	},
	restore: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'restore', values, () =>
			changeMeetingStatus(locals.actor, params.id, 'planned', { version: versionFrom(values) })
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_restore_done() });
		redirect(303, `/jednani/${params.id}`);
	},
	propose: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'propose', values, () =>
			proposeAgendaItem(locals.actor, params.id, values)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, { type: 'success', message: m.meetings_propose_done() });
		redirect(303, `/jednani/${params.id}#program`);
	},
	decide: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'decide', values, () =>
			decideAgendaItem(locals.actor, idFrom(values, 'itemId'), values)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, {
			type: 'success',
			message:
				r.value.status === 'accepted'
					? m.meetings_decide_accepted({ title: r.value.title })
					: m.meetings_decide_rejected({ title: r.value.title })
		});
		redirect(303, `/jednani/${params.id}#program`);
	}
};
