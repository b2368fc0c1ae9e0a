/**
 * MeetingDetail (service) → view models of the meeting pages: the header shared by the meeting,
 * programme and attendance pages, the programme with "Kontrola úkolů", proposals and the
 * actions the status allows. Pure; dates come out in Czech format.
 */
import { m } from '#lib/paraglide/messages.js';
import { formatDate, formatDateTime } from '#lib/platform/i18n/format.ts';
import type { MeetingDetail } from '../meeting.detail.server.ts';
import type { TaskView } from '../task.service.server.ts';
import { pragueDate } from '../meeting.time.ts';
import {
	isoWeekdayOf,
	placeText,
	statusView,
	timeRange,
	weekdayName,
	type StatusView
} from './meeting.presenter.ts';

export interface MeetingHeaderView {
	id: string;
	version: number;
	bodyId: string;
	bodyName: string;
	areaName: string;
	date: string;
	weekday: string;
	time: string;
	place: string;
	onlineUrl: string | null;
	note: string | null;
	status: StatusView;
	cancelReason: string | null;
	isPublished: boolean;
	/** `Porada ŘS 13. 1. 2016` style title for <h1> and breadcrumbs. */
	title: string;
}

/** Header of every meeting page. */
export function meetingHeader(d: MeetingDetail): MeetingHeaderView {
	const { meeting } = d;
	return {
		id: meeting.id,
		version: meeting.version,
		bodyId: d.body.id,
		bodyName: d.body.name,
		areaName: d.areaName,
		date: formatDate(meeting.startsAt),
		weekday: weekdayName(isoWeekdayOf(d.local.date)),
		time: timeRange(meeting.startsAt, meeting.endsAt),
		place: placeText(meeting.place, meeting.room),
		onlineUrl: meeting.onlineUrl,
		note: meeting.note,
		status: statusView(meeting.status),
		cancelReason: meeting.cancelReason,
		isPublished: meeting.isPublished,
		title: m.meetings_meeting_title({ date: formatDate(meeting.startsAt) })
	};
}

export interface TaskRowView {
	id: string;
	text: string;
	responsible: string;
	due: string | null;
	overdue: boolean;
	fromMeetingId: string;
	fromMeeting: string;
	itemTitle: string | null;
}

/** An open task as listed under "Kontrola úkolů" and in "Moje úkoly". */
export function taskRow(t: TaskView, now = new Date()): TaskRowView {
	const today = pragueDate(now);
	return {
		id: t.id,
		text: t.text,
		responsible: t.responsibleName,
		due: t.dueDate ? formatDate(`${t.dueDate}T12:00:00Z`) : null,
		overdue: !!t.dueDate && t.status === 'open' && t.dueDate < today,
		fromMeetingId: t.meetingId,
		fromMeeting: formatDate(t.meetingStartsAt),
		itemTitle: t.agendaItemTitle
	};
}

export interface AgendaItemView {
	id: string;
	version: number;
	number: number;
	title: string;
	presenter: string | null;
	duration: number | null;
	description: string | null;
	isTaskReview: boolean;
	proposedBy: string | null;
}

export interface ProgrammeView {
	items: AgendaItemView[];
	proposals: AgendaItemView[];
	rejected: AgendaItemView[];
	openTasks: TaskRowView[];
}

/** Accepted items numbered 1…n, proposals awaiting a decision and rejected proposals. */
export function programme(d: MeetingDetail): ProgrammeView {
	const view = (item: MeetingDetail['agenda'][number], number: number): AgendaItemView => ({
		id: item.id,
		version: item.version,
		number,
		title: item.title,
		presenter: item.presenter,
		duration: item.durationMinutes,
		description: item.description,
		isTaskReview: item.kind === 'task_review',
		proposedBy: item.proposedByName
	});
	const accepted = d.agenda.filter((i) => i.status === 'accepted');
	return {
		items: accepted.map((item, i) => view(item, i + 1)),
		proposals: d.agenda.filter((i) => i.status === 'proposed').map((item) => view(item, 0)),
		rejected: d.agenda.filter((i) => i.status === 'rejected').map((item) => view(item, 0)),
		openTasks: d.openTasks.map((t) => taskRow(t))
	};
}

export interface MeetingActionsView {
	invite: boolean;
	reinvite: boolean;
	remind: boolean;
	markHeld: boolean;
	cancel: boolean;
	restore: boolean;
	editAgenda: boolean;
	propose: boolean;
}

const AGENDA_OPEN = ['planned', 'invited', 'held', 'minutes_draft'];

/** Which buttons the status and the actor's rights allow (the services check again). */
export function meetingActions(d: MeetingDetail, now = new Date()): MeetingActionsView {
	const { status, startsAt } = d.meeting;
	const future = startsAt.getTime() > now.getTime();
	const manage = d.can.manage;
	return {
		invite: manage && status === 'planned' && future,
		reinvite: manage && status === 'invited' && future,
		remind: manage && status === 'invited' && future,
		markHeld: manage && (status === 'planned' || status === 'invited') && !future,
		cancel: manage && ['planned', 'invited', 'held'].includes(status),
		restore: manage && status === 'cancelled',
		editAgenda: manage && AGENDA_OPEN.includes(status),
		propose:
			d.can.propose &&
			(status === 'planned' || status === 'invited') &&
			now.getTime() <= d.deadlines.agendaProposal.getTime()
	};
}

/** `Přítomno 9 z 12 členů s hlasovacím právem, usnášeníschopnost vyžaduje 7 – …` */
export function quorumText(q: { present: number; votingMembers: number; required: number }): {
	text: string;
	quorate: boolean;
} {
	const quorate = q.votingMembers > 0 && q.present >= q.required;
	return {
		quorate,
		text: m.meetings_quorum_line({
			present: q.present,
			total: q.votingMembers,
			required: q.required,
			verdict: quorate ? m.meetings_quorum_yes() : m.meetings_quorum_no()
		})
	};
}

export const deadlineText = (d: Date) => formatDateTime(d);
