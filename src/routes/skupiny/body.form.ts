/** Options and labels shared by the body forms (new group, edit group). */
import { m } from '#lib/paraglide/messages.js';

export const bodyErrorLabels = (): Record<string, string> => ({
	kind: m.organisation_field_body_kind(),
	name: m.organisation_field_name(),
	code: m.organisation_field_body_code(),
	targetGroupId: m.organisation_field_target_group(),
	parentBodyId: m.organisation_field_parent_body(),
	description: m.organisation_field_description(),
	minMeetingsPerYear: m.organisation_field_min_meetings(),
	maxMonthsBetweenMeetings: m.organisation_field_max_months(),
	noMeetingMonths: m.organisation_field_pause_months(),
	invitationLeadDays: m.organisation_field_invitation_days(),
	agendaProposalDays: m.organisation_field_agenda_days(),
	excuseDays: m.organisation_field_excuse_days(),
	quorumPercent: m.organisation_field_quorum()
});
