/**
 * Words for the organisation module's codes (area kinds, organisation types, triad roles, body
 * kinds, membership roles, months) and the statute rules as Czech (or English) sentences.
 * Pure: safe in the browser and on the server.
 */
import { m } from '#lib/paraglide/messages.js';
import { currentLocale } from '#lib/platform/i18n/format.ts';
import type { AreaKind } from './area.validation.ts';
import type {
	BODY_KINDS,
	MEMBERSHIP_ROLES,
	ORGANISATION_TYPES,
	TRIAD_ROLES
} from './organisation.validation.ts';

type Msg = () => string;

const AREA_KINDS: Record<AreaKind, Msg> = {
	kraj: m.organisation_area_kind_kraj,
	orp: m.organisation_area_kind_orp,
	so_pou: m.organisation_area_kind_so_pou,
	mikroregion: m.organisation_area_kind_mikroregion,
	obec: m.organisation_area_kind_obec
};
export const areaKindLabel = (kind: AreaKind): string => AREA_KINDS[kind]();

const ORG_TYPES: Record<(typeof ORGANISATION_TYPES)[number], Msg> = {
	obec: m.organisation_org_type_obec,
	kraj: m.organisation_org_type_kraj,
	poskytovatel: m.organisation_org_type_poskytovatel,
	nno: m.organisation_org_type_nno,
	urad_prace: m.organisation_org_type_urad_prace,
	zdravotnicke_zarizeni: m.organisation_org_type_zdravotnicke_zarizeni,
	jina: m.organisation_org_type_jina
};
export const organisationTypeLabel = (type: (typeof ORGANISATION_TYPES)[number]): string =>
	ORG_TYPES[type]();

const TRIAD: Record<(typeof TRIAD_ROLES)[number], Msg> = {
	zadavatel: m.organisation_triad_zadavatel,
	poskytovatel: m.organisation_triad_poskytovatel,
	uzivatel: m.organisation_triad_uzivatel,
	verejnost: m.organisation_triad_verejnost
};
export const triadRoleLabel = (role: (typeof TRIAD_ROLES)[number]): string => TRIAD[role]();

type BodyKind = (typeof BODY_KINDS)[number];
const BODY: Record<BodyKind, Msg> = {
	steering_group: m.organisation_body_kind_steering_group,
	working_group: m.organisation_body_kind_working_group,
	managerial_team: m.organisation_body_kind_managerial_team,
	subgroup: m.organisation_body_kind_subgroup
};
const BODY_PLURAL: Record<BodyKind, Msg> = {
	steering_group: m.organisation_body_kinds_steering_group,
	working_group: m.organisation_body_kinds_working_group,
	managerial_team: m.organisation_body_kinds_managerial_team,
	subgroup: m.organisation_body_kinds_subgroup
};
/** "Pracovní skupina"; with `plural` the heading of a group of bodies ("Pracovní skupiny"). */
export const bodyKindLabel = (kind: BodyKind, plural = false): string =>
	(plural ? BODY_PLURAL : BODY)[kind]();

const ROLES: Record<(typeof MEMBERSHIP_ROLES)[number], Msg> = {
	vedouci: m.organisation_role_vedouci,
	zastupce: m.organisation_role_zastupce,
	clen: m.organisation_role_clen,
	zapisovatel: m.organisation_role_zapisovatel,
	host: m.organisation_role_host
};
export const membershipRoleLabel = (role: (typeof MEMBERSHIP_ROLES)[number]): string =>
	ROLES[role]();

const MONTHS: Msg[] = [
	m.organisation_month_1,
	m.organisation_month_2,
	m.organisation_month_3,
	m.organisation_month_4,
	m.organisation_month_5,
	m.organisation_month_6,
	m.organisation_month_7,
	m.organisation_month_8,
	m.organisation_month_9,
	m.organisation_month_10,
	m.organisation_month_11,
	m.organisation_month_12
];
/** 1 → "leden". */
export const monthName = (month: number): string => MONTHS[month - 1]?.() ?? String(month);

type Counted = (inputs: { count: number }) => string;
/** Pick the plural form of the current language (Czech: one / few / other). */
function counted(n: number, forms: { one: Counted; few: Counted; other: Counted }): string {
	const category = new Intl.PluralRules(currentLocale()).select(n);
	const form = category === 'one' ? forms.one : category === 'few' ? forms.few : forms.other;
	return form({ count: n });
}

export interface StatuteRules {
	minMeetingsPerYear: number | null;
	maxMonthsBetweenMeetings: number | null;
	noMeetingMonths: number[];
	invitationLeadDays: number;
	agendaProposalDays: number;
	excuseDays: number;
	quorumPercent: number;
}

/** The statute rules of a body as sentences a member (or the public) understands. */
export function statuteSentences(rules: StatuteRules): string[] {
	const out: string[] = [];
	if (rules.minMeetingsPerYear) {
		out.push(
			counted(rules.minMeetingsPerYear, {
				one: m.organisation_statute_min_one,
				few: m.organisation_statute_min_few,
				other: m.organisation_statute_min_other
			})
		);
	}
	if (rules.maxMonthsBetweenMeetings) {
		out.push(
			counted(rules.maxMonthsBetweenMeetings, {
				one: m.organisation_statute_gap_one,
				few: m.organisation_statute_gap_few,
				other: m.organisation_statute_gap_other
			})
		);
	}
	if (!rules.minMeetingsPerYear && !rules.maxMonthsBetweenMeetings) {
		out.push(m.organisation_statute_no_frequency());
	}
	if (rules.noMeetingMonths.length) {
		out.push(
			m.organisation_statute_pause({ months: rules.noMeetingMonths.map(monthName).join(', ') })
		);
	}
	const days = (
		n: number,
		zero: () => string,
		forms: { one: Counted; few: Counted; other: Counted }
	) => (n === 0 ? zero() : counted(n, forms));
	out.push(
		days(rules.invitationLeadDays, m.organisation_statute_invite_zero, {
			one: m.organisation_statute_invite_one,
			few: m.organisation_statute_invite_few,
			other: m.organisation_statute_invite_other
		}),
		days(rules.agendaProposalDays, m.organisation_statute_agenda_zero, {
			one: m.organisation_statute_agenda_one,
			few: m.organisation_statute_agenda_few,
			other: m.organisation_statute_agenda_other
		}),
		days(rules.excuseDays, m.organisation_statute_excuse_zero, {
			one: m.organisation_statute_excuse_one,
			few: m.organisation_statute_excuse_few,
			other: m.organisation_statute_excuse_other
		})
	);
	out.push(
		rules.quorumPercent === 50
			? m.organisation_statute_quorum_half()
			: rules.quorumPercent >= 100
				? m.organisation_statute_quorum_all()
				: m.organisation_statute_quorum_percent({ percent: rules.quorumPercent })
	);
	return out;
}

/**
 * The name of a member in public outputs: the name only with the person's consent (or for a
 * reader who may see people anyway); otherwise the position, else "člen skupiny".
 */
export function publicMemberName(
	member: { name: string; publishName: boolean; position: string | null },
	showAll = false
): { name: string | null; label: string } {
	if (member.publishName || showAll) return { name: member.name, label: member.name };
	return { name: null, label: member.position || m.organisation_member_hidden() };
}
