/** Client-safe labels of consultations: phases, settlement statuses, channels (Paraglide messages). */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/badge.ts';

export type Phase = 'upcoming' | 'open' | 'closed' | 'settled';
export type Status = 'accepted' | 'partly_accepted' | 'rejected' | 'noted';
export type ChannelCode = 'web' | 'email' | 'paper' | 'hearing';

export const phaseLabel = (p: Phase): string =>
	({
		upcoming: m.part_con_phase_upcoming,
		open: m.part_con_phase_open,
		closed: m.part_con_phase_closed,
		settled: m.part_con_phase_settled
	})[p]();

const PHASE_TONE: Record<Phase, BadgeTone> = {
	upcoming: 'neutral',
	open: 'success',
	closed: 'warning',
	settled: 'info'
};

export const phaseTone = (p: Phase): BadgeTone => PHASE_TONE[p];

export const statusLabel = (s: Status | 'unsettled' | null): string =>
	({
		accepted: m.part_con_status_accepted,
		partly_accepted: m.part_con_status_partly_accepted,
		rejected: m.part_con_status_rejected,
		noted: m.part_con_status_noted,
		unsettled: m.part_con_status_unsettled
	})[s ?? 'unsettled']();

export const statusTone = (s: Status | null): BadgeTone =>
	s === 'accepted'
		? 'success'
		: s === 'partly_accepted'
			? 'info'
			: s === 'rejected'
				? 'danger'
				: s === 'noted'
					? 'neutral'
					: 'warning';

export const channelLabel = (c: ChannelCode): string =>
	({
		web: m.part_con_channel_web,
		email: m.part_con_channel_email,
		paper: m.part_con_channel_paper,
		hearing: m.part_con_channel_hearing
	})[c]();

export const STATUS_CODES: Status[] = ['accepted', 'partly_accepted', 'rejected', 'noted'];
export const STAFF_CHANNEL_CODES: ChannelCode[] = ['email', 'paper', 'hearing'];

/** Field name → label for the error summaries of the consultation forms. */
export function errorLabels(): Record<string, string> {
	return {
		sectionId: m.part_con_field_section(),
		quote: m.part_con_field_quote(),
		text: m.part_con_field_text(),
		authorName: m.part_con_field_name(),
		authorEmail: m.part_con_field_email(),
		organisationName: m.part_con_field_organisation(),
		source: m.part_con_field_source(),
		planVersion: m.part_con_field_plan_version(),
		areaId: m.part_con_field_area(),
		sections: m.part_con_field_sections(),
		document: m.part_con_field_document(),
		title: m.part_con_field_title(),
		description: m.part_con_field_description(),
		opensOn: m.part_con_field_opens(),
		closesOn: m.part_con_field_closes(),
		hearingDate: m.part_con_field_hearing_date(),
		hearingTime: m.part_con_field_hearing_time(),
		hearingPlace: m.part_con_field_hearing_place(),
		channel: m.part_con_field_channel(),
		receivedOn: m.part_con_field_received(),
		status: m.part_con_field_status(),
		justification: m.part_con_field_justification(),
		decidedByBodyId: m.part_con_field_body(),
		decidedWhere: m.part_con_field_where(),
		measureId: m.part_con_field_measure()
	};
}
