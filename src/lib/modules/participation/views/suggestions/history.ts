/** History of one suggestion for the staff detail: field and action labels, code values in words. */
import { m } from '#lib/paraglide/messages.js';
import type { HistoryEntryView } from '#lib/platform/audit/audit.presenter.ts';
import {
	channelLabel,
	outcomeLabel,
	statusLabel,
	suggestionErrorLabels,
	topicLabel
} from './labels.ts';

export function suggestionFieldLabels(): Record<string, string> {
	const base = suggestionErrorLabels();
	return {
		status: base.status,
		text: m.part_sug_original_text(),
		publicText: base.publicText,
		isPublic: base.isPublic,
		topic: base.topic,
		targetGroupId: base.targetGroupId,
		areaId: m.part_sug_hist_area(),
		place: base.place,
		channel: base.channel,
		receivedOn: base.receivedOn,
		submitterName: base.submitterName,
		submitterEmail: base.submitterEmail,
		submitterPhone: base.submitterPhone,
		assignedBodyId: base.bodyId,
		assignedDepartment: base.department,
		dueOn: base.dueOn,
		assignedAt: m.part_sug_hist_assigned_at(),
		answer: base.answer,
		outcome: base.outcome,
		settledAt: m.part_sug_hist_settled_at(),
		settledById: m.part_sug_hist_settled_by(),
		publishedAt: m.part_sug_hist_published_at(),
		rejectReason: base.reason,
		rejectedAt: m.part_sug_hist_rejected_at(),
		year: m.part_sug_hist_year(),
		seq: m.part_sug_hist_seq(),
		createdById: m.part_sug_hist_created_by()
	};
}

export function suggestionActionLabels(): Record<string, string> {
	return {
		screen: m.part_sug_hist_screen(),
		assign: m.part_sug_hist_assign(),
		start: m.part_sug_hist_start(),
		settle: m.part_sug_hist_settle(),
		publish: m.part_sug_hist_publish(),
		reject: m.part_sug_hist_reject(),
		agenda: m.part_sug_hist_agenda(),
		'link-measure': m.part_sug_hist_link_measure()
	};
}

/** How the audit presenter shows an empty value. */
const EMPTY = '—';

const CODED: Record<string, (v: string) => string> = {
	status: statusLabel,
	topic: topicLabel,
	channel: channelLabel,
	outcome: outcomeLabel
};

/** Replace code values (statuses, topics…) with their labels; ids of people and groups are hidden. */
export function humanizeHistory(
	entries: HistoryEntryView[],
	names: Record<string, string> = {}
): HistoryEntryView[] {
	return entries.map((e) => ({
		...e,
		changes: e.changes
			.filter((c) => c.field !== 'createdById' && c.field !== 'settledById' && c.field !== 'seq')
			// A new record lists only the fields it was created with.
			.filter((c) => !(e.action === 'create' && c.after === EMPTY))
			.map((c) => {
				const f = CODED[c.field];
				if (f) return { ...c, before: f(c.before) || c.before, after: f(c.after) || c.after };
				return { ...c, before: names[c.before] ?? c.before, after: names[c.after] ?? c.after };
			})
	}));
}
