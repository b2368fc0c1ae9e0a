/** Labels of the suggestions code lists (client-safe; follow the request's language). */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/badge.ts';
import {
	SUGGESTION_CHANNELS,
	SUGGESTION_OUTCOMES,
	SUGGESTION_STATUSES,
	SUGGESTION_TOPICS,
	type SuggestionStatus
} from '../../suggestion.validation.ts';

const STATUS: Record<SuggestionStatus, () => string> = {
	new: m.part_sug_status_new,
	screening: m.part_sug_status_screening,
	assigned: m.part_sug_status_assigned,
	in_progress: m.part_sug_status_in_progress,
	settled: m.part_sug_status_settled,
	published: m.part_sug_status_published,
	rejected: m.part_sug_status_rejected
};
const TOPIC: Record<string, () => string> = {
	transport: m.part_sug_topic_transport,
	housing: m.part_sug_topic_housing,
	access: m.part_sug_topic_access,
	information: m.part_sug_topic_information,
	employment: m.part_sug_topic_employment,
	care: m.part_sug_topic_care,
	other: m.part_sug_topic_other
};
const CHANNEL: Record<string, () => string> = {
	web: m.part_sug_channel_web,
	meeting: m.part_sug_channel_meeting,
	phone: m.part_sug_channel_phone,
	letter: m.part_sug_channel_letter,
	email: m.part_sug_channel_email,
	users_council: m.part_sug_channel_users_council,
	in_person: m.part_sug_channel_in_person
};
const OUTCOME: Record<string, () => string> = {
	resolved: m.part_sug_outcome_resolved,
	plan: m.part_sug_outcome_plan,
	forwarded: m.part_sug_outcome_forwarded,
	not_possible: m.part_sug_outcome_not_possible
};

export const statusLabel = (s: string) => STATUS[s as SuggestionStatus]?.() ?? s;
export const topicLabel = (s: string) => TOPIC[s]?.() ?? s;
export const channelLabel = (s: string) => CHANNEL[s]?.() ?? s;
export const outcomeLabel = (s: string | null | undefined) => (s ? (OUTCOME[s]?.() ?? s) : '');

export function statusTone(s: string): BadgeTone {
	if (s === 'published') return 'success';
	if (s === 'settled') return 'info';
	if (s === 'rejected') return 'danger';
	if (s === 'new') return 'warning';
	return 'neutral';
}

export const statusOptions = () =>
	SUGGESTION_STATUSES.map((v) => ({ value: v, label: statusLabel(v) }));
export const topicOptions = () =>
	SUGGESTION_TOPICS.map((v) => ({ value: v, label: topicLabel(v) }));
export const channelOptions = () =>
	SUGGESTION_CHANNELS.map((v) => ({ value: v, label: channelLabel(v) }));
export const outcomeOptions = () =>
	SUGGESTION_OUTCOMES.map((v) => ({ value: v, label: outcomeLabel(v) }));

/** Field labels for the error summary. */
export function suggestionErrorLabels(): Record<string, string> {
	return {
		text: m.part_sug_field_text(),
		topic: m.part_sug_field_topic(),
		areaId: m.part_sug_field_area(),
		targetGroupId: m.part_sug_field_target_group(),
		place: m.part_sug_detail_place(),
		submitterName: m.part_sug_field_name(),
		submitterEmail: m.part_sug_field_email(),
		submitterPhone: m.part_sug_field_phone(),
		consent: m.part_sug_field_consent(),
		channel: m.part_sug_field_channel(),
		receivedOn: m.part_sug_field_received_on(),
		bodyId: m.part_sug_field_body(),
		department: m.part_sug_field_department(),
		dueOn: m.part_sug_field_due_on(),
		answer: m.part_sug_field_answer(),
		outcome: m.part_sug_field_outcome(),
		reason: m.part_sug_reject_reason(),
		publicText: m.part_sug_public_text(),
		isPublic: m.part_sug_field_is_public_staff(),
		meetingId: m.part_sug_field_meeting(),
		measureId: m.part_sug_field_measure(),
		status: m.part_sug_field_status(),
		attachments: m.part_sug_field_attachments()
	};
}

export { SUGGESTION_STATUSES, SUGGESTION_OUTCOMES, SUGGESTION_CHANNELS, SUGGESTION_TOPICS };
