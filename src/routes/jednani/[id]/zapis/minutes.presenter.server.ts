/**
 * Meeting detail → the view model of the minutes editor: Czech dates, numbered items ("Ad 2)"),
 * resolutions with their vote line, tasks with "Z:"/"T:", and the item text both as rendered
 * HTML (stored, already sanitised) and as editor markup.
 */
import { m } from '#lib/paraglide/messages.js';
import { formatDate, formatDateTime, formatTime } from '#lib/platform/i18n/format.ts';
import {
	STATUS_LABELS,
	htmlToBlocks,
	type MeetingDetail,
	type TaskView
} from '#lib/modules/meetings/index.ts';
import { blocksToMarkup } from './minutes.markup.ts';

/** `2015-11-18` → `18. 11. 2015` without any time-zone shift. */
export function calendarDate(value: string | null | undefined): string {
	if (!value) return '';
	const [y, mo, d] = value.split('-').map(Number);
	return `${d}. ${mo}. ${y}`;
}

/** "Hlasování: pro 9, proti 0, zdržel se 0" or null when no votes were recorded. */
export function votesLine(r: {
	votesFor: number | null;
	votesAgainst: number | null;
	votesAbstained: number | null;
}): string | null {
	if (r.votesFor === null && r.votesAgainst === null && r.votesAbstained === null) return null;
	return m.minutes_votes_line({
		for: r.votesFor ?? 0,
		against: r.votesAgainst ?? 0,
		abstained: r.votesAbstained ?? 0
	});
}

export const TASK_STATUS_LABEL: Record<TaskView['status'], () => string> = {
	open: m.minutes_task_status_open,
	done: m.minutes_task_status_done,
	cancelled: m.minutes_task_status_cancelled
};

export const MINUTES_STATUS_LABEL: Record<'draft' | 'approved' | 'published', () => string> = {
	draft: m.minutes_status_draft,
	approved: m.minutes_status_approved,
	published: m.minutes_status_published
};

export function presentTask(t: TaskView) {
	return {
		id: t.id,
		text: t.text,
		responsible: t.responsibleName,
		responsibleShort: t.responsibleShortName,
		due: calendarDate(t.dueDate),
		status: t.status,
		statusLabel: TASK_STATUS_LABEL[t.status](),
		note: t.resolutionNote,
		given: formatDate(t.meetingStartsAt),
		itemTitle: t.agendaItemTitle,
		version: t.version
	};
}

export type TaskItemView = ReturnType<typeof presentTask>;

/** The editor's view of a meeting's minutes (detail must come from `getMeetingDetail`). */
export function presentEditor(detail: MeetingDetail) {
	const { meeting, minutes } = detail;
	const accepted = detail.agenda.filter((item) => item.status === 'accepted');
	return {
		meeting: {
			id: meeting.id,
			bodyName: detail.body.name,
			bodyCode: detail.body.code,
			areaName: detail.areaName,
			date: formatDate(meeting.startsAt),
			time: formatTime(meeting.startsAt),
			place: [meeting.place, meeting.room].filter(Boolean).join(', '),
			status: meeting.status,
			statusLabel: STATUS_LABELS[meeting.status],
			started: meeting.startsAt.getTime() <= Date.now(),
			cancelled: meeting.status === 'cancelled'
		},
		minutes: minutes
			? {
					id: minutes.id,
					status: minutes.status,
					statusLabel: MINUTES_STATUS_LABEL[minutes.status](),
					version: minutes.version,
					revision: minutes.revision,
					authorPersonId: minutes.authorPersonId,
					approverPersonId: minutes.approverPersonId,
					author: minutes.author?.name ?? null,
					approver: minutes.approver?.name ?? null,
					signedPlace: minutes.signedPlace,
					writtenOn: minutes.writtenOn,
					writtenOnText: calendarDate(minutes.writtenOn),
					closingNote: minutes.closingNote,
					approvedAt: minutes.approvedAt ? formatDateTime(minutes.approvedAt) : null
				}
			: null,
		items: accepted.map((item, i) => ({
			id: item.id,
			number: i + 1,
			title: item.title,
			kind: item.kind,
			presenter: item.presenter,
			version: item.version,
			reportedBy: item.reportedBy,
			html: item.minutesHtml ?? '',
			markup: blocksToMarkup(htmlToBlocks(item.minutesHtml)),
			resolutions: item.resolutions.map((r) => ({
				id: r.id,
				number: r.number,
				text: r.text,
				votes: votesLine(r),
				adopted: r.adopted,
				version: r.version
			})),
			tasks: item.tasks.map(presentTask)
		})),
		openTasks: detail.openTasks.map(presentTask),
		events: detail.events.map((e) => ({
			id: e.id,
			date:
				e.dateTo && e.dateTo !== e.date
					? `${calendarDate(e.date)} – ${calendarDate(e.dateTo)}`
					: calendarDate(e.date),
			title: e.title,
			place: e.place
		})),
		revisions: detail.revisions.map((r) => ({
			revision: r.revision,
			publishedAt: formatDateTime(r.publishedAt),
			reason: r.reason
		})),
		can: detail.can
	};
}

export type EditorView = ReturnType<typeof presentEditor>;
