/** Suggestions: link counting, lifecycle transitions, input schemas with Czech messages, lenient filters. */
import { describe, expect, it } from 'vitest';
import {
	canDo,
	countLinks,
	lenientFilter,
	PublicListQuery,
	PublicSuggestionInput,
	SettleInput,
	StaffListQuery,
	SUGGESTION_ACTIONS,
	SUGGESTION_STATUSES
} from './suggestion.validation.ts';

const areaId = '0b7e0c9e-3f7a-4f43-9d53-1b7d8f2b6a10';

describe('countLinks', () => {
	it('counts http(s) and www links', () => {
		expect(countLinks('bez odkazu')).toBe(0);
		expect(countLinks('viz https://a.cz a http://b.cz, www.c.cz')).toBe(3);
	});
});

describe('lifecycle', () => {
	it('allows exactly the issue lifecycle', () => {
		expect(canDo('screen', 'new')).toBe(true);
		expect(canDo('assign', 'new')).toBe(false);
		expect(canDo('settle', 'screening')).toBe(false);
		expect(canDo('settle', 'in_progress')).toBe(true);
		expect(canDo('publish', 'settled')).toBe(true);
		expect(canDo('publish', 'in_progress')).toBe(false);
		for (const s of ['published', 'rejected'] as const) {
			for (const a of Object.keys(SUGGESTION_ACTIONS) as (keyof typeof SUGGESTION_ACTIONS)[]) {
				expect(canDo(a, s)).toBe(false);
			}
		}
		expect(SUGGESTION_STATUSES).toHaveLength(7);
	});
});

describe('PublicSuggestionInput', () => {
	const base = { text: 'Chybí doprava.', topic: 'transport', areaId };
	it('accepts an anonymous suggestion without consent', () => {
		const r = PublicSuggestionInput.parse(base);
		expect(r).toMatchObject({ submitterName: null, submitterEmail: null, isPublic: false });
	});
	it('requires consent with personal data; refuses link spam and oversize in Czech', () => {
		const noConsent = PublicSuggestionInput.safeParse({ ...base, submitterEmail: 'a@b.cz' });
		expect(noConsent.error?.issues[0].message).toContain('souhlas');
		const spam = PublicSuggestionInput.safeParse({
			...base,
			text: 'www.a.cz www.b.cz www.c.cz www.d.cz'
		});
		expect(spam.error?.issues[0].message).toContain('odkazů');
		const long = PublicSuggestionInput.safeParse({ ...base, text: 'x'.repeat(5001) });
		expect(long.error?.issues[0].message).toContain('5000');
		const phone = PublicSuggestionInput.safeParse({
			...base,
			submitterPhone: 'abc',
			consent: 'on'
		});
		expect(phone.error?.issues[0].message).toContain('telefon');
	});
});

describe('SettleInput', () => {
	it('needs an answer and an outcome', () => {
		const r = SettleInput.safeParse({ version: '1', answer: ' ', outcome: 'x' });
		const messages = r.error?.issues.map((i) => i.message) ?? [];
		expect(messages).toContain('Napište odpověď, jak byl podnět vypořádán.');
		expect(messages).toContain('Vyberte výsledek vypořádání.');
	});
});

describe('lenientFilter', () => {
	it('drops invalid filter values instead of failing', () => {
		const staff = lenientFilter(StaffListQuery, { status: 'x', topic: 'housing', page: '2' });
		expect(staff.status).toBeUndefined();
		expect(staff).toMatchObject({ topic: 'housing', page: 2 });
		expect(lenientFilter(PublicListQuery, { year: 'abc' })).toMatchObject({ page: 1 });
	});
});
