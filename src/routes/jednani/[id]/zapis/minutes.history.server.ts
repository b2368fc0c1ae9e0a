/**
 * "Historie zápisu": the audit entries of the minutes record, its items' texts, resolutions,
 * tasks and events merged into one list, newest first, each saying what it concerns
 * ("Ad 2) Informace z kraje – upraven text zápisu"). Person ids are shown as names.
 */
import { m } from '#lib/paraglide/messages.js';
import { listHistory, type AuditEntry } from '#lib/platform/audit/audit.server.ts';
import { presentHistory, type HistoryEntryView } from '#lib/platform/audit/audit.presenter.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';
import { minutesText, type MeetingDetail } from '#lib/modules/meetings/index.ts';

const LIMIT = 100;

function fieldLabels(): Record<string, string> {
	return {
		minutesHtml: m.minutes_field_text(),
		reportedBy: m.minutes_field_reported_by(),
		authorPersonId: m.minutes_field_author(),
		approverPersonId: m.minutes_field_approver(),
		signedPlace: m.minutes_field_signed_place(),
		writtenOn: m.minutes_field_written_on(),
		closingNote: m.minutes_field_closing_note(),
		status: m.minutes_field_status(),
		revision: m.minutes_field_revision(),
		number: m.minutes_field_resolution_number(),
		text: m.minutes_field_resolution_text(),
		votesFor: m.minutes_field_votes_for(),
		votesAgainst: m.minutes_field_votes_against(),
		votesAbstained: m.minutes_field_votes_abstained(),
		adopted: m.minutes_field_adopted(),
		responsiblePersonId: m.minutes_field_responsible(),
		dueDate: m.minutes_field_due(),
		resolutionNote: m.minutes_field_task_note(),
		date: m.minutes_field_event_date(),
		dateTo: m.minutes_field_event_date_to(),
		title: m.minutes_field_event_title(),
		place: m.minutes_field_event_place(),
		reason: m.minutes_field_reason()
	};
}

/** Bookkeeping columns that say nothing to a reader of the minutes history. */
const HIDDEN = new Set([
	'meetingId',
	'agendaItemId',
	'bodyId',
	'areaId',
	'year',
	'seq',
	'position',
	'approvedById',
	'approvedAt',
	'publishedAt',
	'doneAt'
]);

function actionText(action: string): string {
	const map: Record<string, () => string> = {
		create: m.minutes_history_create,
		update: m.minutes_history_update,
		delete: m.minutes_history_delete,
		minutes: m.minutes_history_text,
		approve: m.minutes_history_approve,
		publish: m.minutes_history_publish,
		'publish-revision': m.minutes_history_publish_revision,
		reopen: m.minutes_history_reopen,
		'reopen-reason': m.minutes_history_reopen_reason,
		done: m.minutes_history_task_done,
		cancelled: m.minutes_history_task_cancelled
	};
	return map[action]?.() ?? action;
}

/** The merged history of everything written in the minutes of one meeting. */
export async function minutesHistory(
	detail: MeetingDetail,
	names: Map<string, string>
): Promise<HistoryEntryView[]> {
	const subjects: { type: string; id: string; label: string }[] = [];
	if (detail.minutes) {
		subjects.push({ type: 'meetings.minutes', id: detail.minutes.id, label: m.minutes_title() });
	}
	let n = 0;
	for (const item of detail.agenda) {
		if (item.status !== 'accepted') continue;
		n += 1;
		const label = m.minutes_item_heading({ number: n, title: item.title });
		subjects.push({ type: 'meetings.agenda-item', id: item.id, label });
		for (const r of item.resolutions) {
			subjects.push({
				type: 'meetings.resolution',
				id: r.id,
				label: m.minutes_history_resolution({ number: r.number })
			});
		}
		for (const t of item.tasks) {
			subjects.push({ type: 'meetings.task', id: t.id, label: `${label} – ${m.minutes_task()}` });
		}
	}
	for (const e of detail.events) {
		subjects.push({
			type: 'meetings.event',
			id: e.id,
			label: m.minutes_history_event({ title: e.title })
		});
	}
	const batches = await Promise.all(
		subjects.map(async (s) =>
			(await listHistory(s.type, s.id, { limit: LIMIT })).map((entry) => ({ entry, s }))
		)
	);
	const all = batches
		.flat()
		.sort(
			(a, b) =>
				+new Date(b.entry.occurredAt) - +new Date(a.entry.occurredAt) || b.entry.id - a.entry.id
		)
		.slice(0, LIMIT);
	const labels = fieldLabels();
	const bySubject = new Map<number, string>(all.map(({ entry, s }) => [entry.id, s.label]));
	const entries: AuditEntry[] = all.map(({ entry }) => ({
		...entry,
		before: readable(entry.before, names),
		after: readable(entry.after, names)
	}));
	return presentHistory(entries, labels, currentLocale()).map((view) => ({
		...view,
		actionLabel: `${bySubject.get(view.id)} – ${actionText(view.action)}`
	}));
}

/** Drop bookkeeping fields, turn person ids into names and HTML into short plain text. */
function readable(
	row: Record<string, unknown> | null,
	names: Map<string, string>
): Record<string, unknown> | null {
	if (!row) return row;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) {
		if (HIDDEN.has(key)) continue;
		if (typeof value === 'string' && key.endsWith('PersonId')) {
			out[key] = names.get(value) ?? value;
		} else if (key === 'minutesHtml' && typeof value === 'string') {
			const text = minutesText(value);
			out[key] = text.length > 240 ? `${text.slice(0, 240)}…` : text;
		} else if (key === 'status' && typeof value === 'string') {
			out[key] = statusText(value);
		} else out[key] = value;
	}
	return out;
}

function statusText(value: string): string {
	const map: Record<string, () => string> = {
		draft: m.minutes_status_draft,
		approved: m.minutes_status_approved,
		published: m.minutes_status_published,
		open: m.minutes_task_status_open,
		done: m.minutes_task_status_done,
		cancelled: m.minutes_task_status_cancelled
	};
	return map[value]?.() ?? value;
}
