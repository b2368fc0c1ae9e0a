import { describe, expect, it } from 'vitest';
import {
	meetingWarnings,
	quorum,
	resolutionNumber,
	scheduleWarnings,
	transitionProblem,
	type StatuteRules
} from './meeting.rules.ts';

const liberecRules: StatuteRules = {
	minMeetingsPerYear: null,
	maxMonthsBetweenMeetings: 2,
	noMeetingMonths: [7, 8],
	invitationLeadDays: 7,
	agendaProposalDays: 3,
	quorumPercent: 50
};
const at = (iso: string) => new Date(`${iso}T14:00:00+01:00`);

describe('schedule warnings', () => {
	it('flag the March–April gap of the Liberec 2016 schedule (seed 001) and nothing else', () => {
		const dates = [
			'2016-01-13',
			'2016-02-10',
			'2016-05-11',
			'2016-06-15',
			'2016-09-14',
			'2016-10-12',
			'2016-11-16'
		].map(at);
		const warnings = scheduleWarnings(2016, dates, liberecRules);
		expect(warnings).toHaveLength(1);
		expect(warnings[0].code).toBe('gap');
		expect(warnings[0].message).toBe(
			'Mezi jednáními 10. 2. 2016 a 11. 5. 2016 uplynou 3 měsíce; statut vyžaduje jednání alespoň jednou za 2 měsíce.'
		);
	});

	it('counts meetings against the yearly minimum and warns about no-meeting months', () => {
		const warnings = scheduleWarnings(2024, [at('2024-07-10')], {
			...liberecRules,
			minMeetingsPerYear: 6,
			maxMonthsBetweenMeetings: null
		});
		expect(warnings.map((w) => w.code)).toEqual(['min-count', 'no-meeting-month']);
		expect(warnings[0].message).toContain('naplánováno 1 jednání; statut vyžaduje alespoň 6');
		expect(warnings[1].message).toContain('v červenci');
	});
});

describe('status machine', () => {
	const now = new Date('2025-03-01T10:00:00Z');
	it('refuses inviting to a meeting in the past and holding one in the future', () => {
		expect(transitionProblem('planned', 'invited', new Date('2025-02-01T10:00:00Z'), now)).toMatch(
			/už začalo/
		);
		expect(
			transitionProblem('planned', 'invited', new Date('2025-03-10T10:00:00Z'), now)
		).toBeNull();
		expect(transitionProblem('invited', 'held', new Date('2025-03-10T10:00:00Z'), now)).toMatch(
			/před jeho začátkem/
		);
		expect(
			transitionProblem('published', 'planned', new Date('2025-02-01T10:00:00Z'), now)
		).toMatch(/nelze převést/);
	});
});

describe('meeting warnings', () => {
	it('warn when invitations are late', () => {
		const warnings = meetingWarnings(
			{ status: 'planned', startsAt: at('2015-11-18'), invitedAt: null },
			liberecRules,
			new Date('2015-11-15T10:00:00Z')
		);
		expect(warnings[0].message).toContain('do 11. 11. 2015');
	});
});

describe('quorum and numbering', () => {
	it('needs more than half by default', () => {
		expect(quorum(12, 6, 50)).toMatchObject({ required: 7, quorate: false });
		expect(quorum(12, 9, 50)).toMatchObject({ required: 7, quorate: true });
		expect(quorum(3, 2, 50).quorate).toBe(true);
		expect(quorum(0, 0, 50).quorate).toBe(false);
	});

	it('formats resolution numbers', () => {
		expect(resolutionNumber('ŘS', 2025, 7)).toBe('ŘS/2025/07');
	});
});
