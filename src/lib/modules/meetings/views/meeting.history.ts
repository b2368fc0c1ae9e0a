/**
 * "Historie změn" of a meeting in words: Czech field labels, statuses as their labels, and
 * internal keys (ids, calendar sequence) left out.
 */
import { m } from '#lib/paraglide/messages.js';
import type { HistoryEntryView } from '#lib/platform/audit/audit.presenter.ts';
import { MEETING_STATUSES } from '../meeting.validation.ts';
import type { MeetingStatus } from '../meeting.rules.ts';
import { statusLabel } from './meeting.presenter.ts';

const HIDDEN = new Set(['bodyId', 'areaId', 'createdById', 'icsSequence']);

/** Field labels for `presentHistory`. */
export function meetingFieldLabels(): Record<string, string> {
	return {
		startsAt: m.meetings_history_starts_at(),
		endsAt: m.meetings_history_ends_at(),
		place: m.meetings_field_place(),
		room: m.meetings_field_room(),
		onlineUrl: m.meetings_field_online_url(),
		status: m.meetings_field_status(),
		cancelReason: m.meetings_history_cancel_reason(),
		isPublished: m.meetings_history_published(),
		invitedAt: m.meetings_history_invited_at(),
		note: m.meetings_field_note(),
		sent: m.meetings_history_sent(),
		withoutEmail: m.meetings_history_without_email()
	};
}

const ACTIONS: Record<string, () => string> = {
	status: m.meetings_history_action_status,
	invite: m.meetings_history_action_invite,
	'invitations-sent': m.meetings_history_action_invitations_sent,
	'reminders-sent': m.meetings_history_action_reminders_sent
};

const isStatus = (v: string): v is MeetingStatus =>
	(MEETING_STATUSES as readonly string[]).includes(v);

/** Polish presented entries: readable statuses and verbs, no internal fields. */
export function polishMeetingHistory(entries: HistoryEntryView[]): HistoryEntryView[] {
	return entries.map((entry) => ({
		...entry,
		actionLabel: ACTIONS[entry.action]?.() ?? entry.actionLabel,
		changes: entry.changes
			.filter((c) => !HIDDEN.has(c.field))
			.map((c) =>
				c.field === 'status'
					? {
							...c,
							before: isStatus(c.before) ? statusLabel(c.before) : c.before,
							after: isStatus(c.after) ? statusLabel(c.after) : c.after
						}
					: c
			)
	}));
}
