/**
 * Field labels of the organisation records for "Historie změn" (current UI language), and how
 * the admin audit view names and links the module's entity types.
 */
import { m } from '#lib/paraglide/messages.js';
import { registerAuditEntity } from '#lib/platform/audit/audit.links.ts';

export const areaFieldLabels = (): Record<string, string> => ({
	kind: m.organisation_field_kind(),
	name: m.organisation_field_name(),
	code: m.organisation_field_code(),
	parentId: m.organisation_field_parent(),
	ico: m.organisation_field_ico(),
	description: m.organisation_field_description()
});

export const organisationFieldLabels = (): Record<string, string> => ({
	name: m.organisation_field_name(),
	ico: m.organisation_field_ico(),
	type: m.organisation_field_type(),
	street: m.organisation_field_street(),
	city: m.organisation_field_city(),
	postcode: m.organisation_field_postcode(),
	email: m.organisation_field_email(),
	phone: m.organisation_field_phone(),
	web: m.organisation_field_web(),
	areaId: m.organisation_field_area()
});

export const personFieldLabels = (): Record<string, string> => ({
	titlesBefore: m.organisation_field_titles_before(),
	firstName: m.organisation_field_first_name(),
	lastName: m.organisation_field_last_name(),
	titlesAfter: m.organisation_field_titles_after(),
	email: m.organisation_field_email(),
	phone: m.organisation_field_phone(),
	organisationId: m.organisation_field_organisation(),
	position: m.organisation_field_position(),
	triadRole: m.organisation_field_triad(),
	publishName: m.organisation_field_publish(),
	consentAt: m.organisation_field_consent_at(),
	userId: m.organisation_field_user(),
	areaId: m.organisation_field_area()
});

export const bodyFieldLabels = (): Record<string, string> => ({
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
	quorumPercent: m.organisation_field_quorum(),
	isActive: m.organisation_field_active(),
	areaId: m.organisation_field_area()
});

export const membershipFieldLabels = (): Record<string, string> => ({
	personId: m.organisation_field_person(),
	role: m.organisation_field_role(),
	validFrom: m.organisation_field_valid_from(),
	validTo: m.organisation_field_valid_to(),
	note: m.organisation_field_note(),
	bodyId: m.organisation_field_body()
});

registerAuditEntity('organisation.area', {
	label: () => m.organisation_entity_area(),
	href: (id) => `/uzemi/${encodeURIComponent(id)}`
});
registerAuditEntity('organisation.area-municipality', {
	label: () => m.organisation_entity_municipality()
});
registerAuditEntity('organisation.organisation', {
	label: () => m.organisation_entity_organisation(),
	href: (id) => `/organizace/${encodeURIComponent(id)}`
});
registerAuditEntity('organisation.person', {
	label: () => m.organisation_entity_person(),
	href: (id) => `/lide/${encodeURIComponent(id)}`
});
registerAuditEntity('organisation.body', {
	label: () => m.organisation_entity_body(),
	href: (id) => `/skupiny/${encodeURIComponent(id)}`
});
registerAuditEntity('organisation.membership', { label: () => m.organisation_entity_membership() });
registerAuditEntity('organisation.target-group', {
	label: () => m.organisation_entity_target_group()
});
