import { describe, expect, it } from 'vitest';
import { publicMemberName, statuteSentences } from './organisation.presenter.ts';

const base = {
	minMeetingsPerYear: null,
	maxMonthsBetweenMeetings: null,
	noMeetingMonths: [],
	invitationLeadDays: 7,
	agendaProposalDays: 3,
	excuseDays: 0,
	quorumPercent: 50
};

describe('statute sentences', () => {
	it('says the Liberec rules in natural Czech with the right plural forms', () => {
		expect(
			statuteSentences({ ...base, maxMonthsBetweenMeetings: 2, noMeetingMonths: [7, 8] })
		).toEqual([
			'Skupina se schází alespoň jednou za 2 měsíce.',
			'Pravidelně se nejedná v těchto měsících: červenec, srpen.',
			'Pozvánka se rozesílá nejpozději 7 dní před jednáním.',
			'Návrhy bodů programu je třeba podat nejpozději 3 dny před jednáním.',
			'Omluvit se lze až do začátku jednání.',
			'Skupina je usnášeníschopná, je-li přítomna nadpoloviční většina hlasujících členů.'
		]);
	});

	it('covers one, few and many, zero deadlines, no frequency and other quorums', () => {
		const one = statuteSentences({
			...base,
			minMeetingsPerYear: 1,
			maxMonthsBetweenMeetings: 1,
			invitationLeadDays: 1,
			agendaProposalDays: 0,
			excuseDays: 2,
			quorumPercent: 66
		});
		expect(one).toEqual([
			'Skupina se schází alespoň jednou ročně.',
			'Mezi dvěma jednáními uplyne nejvýše jeden měsíc (schází se alespoň jednou měsíčně).',
			'Pozvánka se rozesílá nejpozději 1 den před jednáním.',
			'Návrhy bodů programu lze podávat až do začátku jednání.',
			'Omluvit se je třeba nejpozději 2 dny před jednáním.',
			'Skupina je usnášeníschopná, je-li přítomno více než 66 % hlasujících členů.'
		]);
		const many = statuteSentences({ ...base, minMeetingsPerYear: 6, maxMonthsBetweenMeetings: 5 });
		expect(many.slice(0, 2)).toEqual([
			'Skupina se schází alespoň 6× ročně.',
			'Skupina se schází alespoň jednou za 5 měsíců.'
		]);
		expect(statuteSentences(base)[0]).toBe('Statut nestanoví minimální počet jednání.');
		expect(statuteSentences({ ...base, quorumPercent: 100 }).at(-1)).toContain('všichni');
	});
});

describe('public member names', () => {
	const member = { name: 'Jana Urbanová', position: 'manažerka PS Senioři', publishName: false };
	it('shows the name only with consent or to readers of people', () => {
		expect(publicMemberName(member)).toEqual({ name: null, label: 'manažerka PS Senioři' });
		expect(publicMemberName({ ...member, position: null })).toEqual({
			name: null,
			label: 'člen skupiny'
		});
		expect(publicMemberName({ ...member, publishName: true }).name).toBe('Jana Urbanová');
		expect(publicMemberName(member, true).label).toBe('Jana Urbanová');
	});
});
