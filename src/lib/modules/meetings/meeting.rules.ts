/**
 * Pure rules of meetings: the status machine, statute checks of a yearly schedule and of one
 * meeting, quorum, and resolution numbering. No database here; services and pages call these.
 */
import { formatDate } from '#lib/platform/i18n/format.ts';
import { plural } from '#lib/platform/i18n/plural.ts';

export type MeetingStatus =
	'planned' | 'invited' | 'held' | 'minutes_draft' | 'minutes_approved' | 'published' | 'cancelled';

export const STATUS_LABELS: Record<MeetingStatus, string> = {
	planned: 'Naplánováno',
	invited: 'Pozvánky rozeslány',
	held: 'Proběhlo',
	minutes_draft: 'Zápis v přípravě',
	minutes_approved: 'Zápis schválen',
	published: 'Zápis zveřejněn',
	cancelled: 'Zrušeno'
};

const TRANSITIONS: Record<MeetingStatus, MeetingStatus[]> = {
	planned: ['invited', 'held', 'cancelled'],
	invited: ['held', 'cancelled'],
	held: ['minutes_draft', 'cancelled'],
	minutes_draft: ['minutes_approved'],
	minutes_approved: ['published', 'minutes_draft'],
	published: [],
	cancelled: ['planned']
};

/** Why a status change is not allowed (Czech), or null when it is. */
export function transitionProblem(
	from: MeetingStatus,
	to: MeetingStatus,
	startsAt: Date,
	now: Date = new Date()
): string | null {
	if (!TRANSITIONS[from].includes(to)) {
		return `Jednání ve stavu „${STATUS_LABELS[from]}“ nelze převést do stavu „${STATUS_LABELS[to]}“.`;
	}
	if (to === 'invited' && startsAt.getTime() <= now.getTime()) {
		return 'Pozvánky nelze rozeslat na jednání, které už začalo nebo proběhlo.';
	}
	if (to === 'held' && startsAt.getTime() > now.getTime()) {
		return 'Jednání nelze označit jako proběhlé před jeho začátkem.';
	}
	return null;
}

export interface StatuteRules {
	minMeetingsPerYear: number | null;
	maxMonthsBetweenMeetings: number | null;
	noMeetingMonths: number[];
	invitationLeadDays: number;
	agendaProposalDays: number;
	quorumPercent: number;
}

export interface RuleWarning {
	/** `min-count`, `gap`, `no-meeting-month`, `invitation-late`, `no-quorum` */
	code: string;
	message: string;
}

const MONTHS_LOCATIVE = [
	'lednu',
	'únoru',
	'březnu',
	'dubnu',
	'květnu',
	'červnu',
	'červenci',
	'srpnu',
	'září',
	'říjnu',
	'listopadu',
	'prosinci'
];
const monthsWord = (n: number) => plural(n, ['měsíc', 'měsíce', 'měsíců']);
const meetingsWord = (n: number) => plural(n, ['jednání', 'jednání', 'jednání']);

/** Month index in Europe/Prague (meetings near midnight stay in their local month). */
function pragueMonth(d: Date): { year: number; month: number } {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Prague',
		year: 'numeric',
		month: 'numeric'
	}).formatToParts(d);
	return {
		year: Number(parts.find((p) => p.type === 'year')!.value),
		month: Number(parts.find((p) => p.type === 'month')!.value)
	};
}

/** Statute warnings for a body's schedule of one year (cancelled meetings excluded by the caller). */
export function scheduleWarnings(year: number, dates: Date[], rules: StatuteRules): RuleWarning[] {
	const warnings: RuleWarning[] = [];
	const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
	if (rules.minMeetingsPerYear && sorted.length < rules.minMeetingsPerYear) {
		warnings.push({
			code: 'min-count',
			message: `Na rok ${year} je naplánováno ${sorted.length} ${meetingsWord(sorted.length)}; statut vyžaduje alespoň ${rules.minMeetingsPerYear}.`
		});
	}
	for (const d of sorted) {
		const { month } = pragueMonth(d);
		if (rules.noMeetingMonths.includes(month)) {
			warnings.push({
				code: 'no-meeting-month',
				message: `Jednání ${formatDate(d)} připadá na měsíc, kdy se skupina podle statutu schází jen v případě potřeby (v ${MONTHS_LOCATIVE[month - 1]}).`
			});
		}
	}
	if (rules.maxMonthsBetweenMeetings) {
		for (let i = 1; i < sorted.length; i++) {
			const a = pragueMonth(sorted[i - 1]);
			const b = pragueMonth(sorted[i]);
			let gap = b.year * 12 + b.month - (a.year * 12 + a.month);
			for (let m = a.year * 12 + a.month + 1; m < b.year * 12 + b.month; m++) {
				if (rules.noMeetingMonths.includes(((m - 1) % 12) + 1)) gap--;
			}
			if (gap > rules.maxMonthsBetweenMeetings) {
				warnings.push({
					code: 'gap',
					message: `Mezi jednáními ${formatDate(sorted[i - 1])} a ${formatDate(sorted[i])} uplynou ${gap} ${monthsWord(gap)}; statut vyžaduje jednání alespoň jednou za ${rules.maxMonthsBetweenMeetings} ${monthsWord(rules.maxMonthsBetweenMeetings)}.`
				});
			}
		}
	}
	return warnings;
}

const DAY = 24 * 60 * 60 * 1000;

/** Last moment to send invitations: `invitationLeadDays` before the start. */
export function invitationDeadline(
	startsAt: Date,
	rules: Pick<StatuteRules, 'invitationLeadDays'>
): Date {
	return new Date(startsAt.getTime() - rules.invitationLeadDays * DAY);
}

/** Last moment to propose agenda items. */
export function agendaProposalDeadline(
	startsAt: Date,
	rules: Pick<StatuteRules, 'agendaProposalDays'>
): Date {
	return new Date(startsAt.getTime() - rules.agendaProposalDays * DAY);
}

/** Warnings shown on a meeting page. */
export function meetingWarnings(
	meeting: { status: MeetingStatus; startsAt: Date; invitedAt: Date | null },
	rules: StatuteRules,
	now: Date = new Date()
): RuleWarning[] {
	const warnings: RuleWarning[] = [];
	const deadline = invitationDeadline(meeting.startsAt, rules);
	if (meeting.status === 'planned' && now > deadline && now < meeting.startsAt) {
		warnings.push({
			code: 'invitation-late',
			message: `Pozvánky měly být podle statutu rozeslány nejpozději ${rules.invitationLeadDays} dní před jednáním (do ${formatDate(deadline)}).`
		});
	}
	if (meeting.invitedAt && meeting.invitedAt > deadline) {
		warnings.push({
			code: 'invitation-late',
			message: `Pozvánky byly rozeslány ${formatDate(meeting.invitedAt)}, později než ${rules.invitationLeadDays} dní před jednáním.`
		});
	}
	return warnings;
}

export interface QuorumResult {
	votingMembers: number;
	present: number;
	/** Minimum number present for a quorum. */
	required: number;
	quorate: boolean;
}

/** Quorate when MORE than `quorumPercent` % of voting members are present (50 = nadpoloviční většina). */
export function quorum(
	votingMembers: number,
	present: number,
	quorumPercent: number
): QuorumResult {
	const required = votingMembers === 0 ? 0 : Math.floor((votingMembers * quorumPercent) / 100) + 1;
	return {
		votingMembers,
		present,
		required: Math.min(required, votingMembers),
		quorate: votingMembers > 0 && present >= Math.min(required, votingMembers)
	};
}

/** `ŘS/2025/07` — body code, year, two-digit sequence. */
export function resolutionNumber(bodyCode: string, year: number, seq: number): string {
	return `${bodyCode}/${year}/${String(seq).padStart(2, '0')}`;
}
