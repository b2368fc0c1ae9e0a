import { describe, expect, it } from 'vitest';
import { feedIcs, meetingIcs, pragueVtimezone, type IcsInput } from './meeting.ics.server.ts';

const body = {
	id: '6479d9da-9af0-4862-8000-0000000000b1',
	name: 'Řídící pracovní skupina KPSS regionu Liberec'
};

function input(
	overrides: Partial<IcsInput['meeting']> = {},
	extra: Partial<IcsInput> = {}
): IcsInput {
	return {
		meeting: {
			id: '6479d9da-9af0-4862-8000-000000000001',
			startsAt: new Date('2015-11-18T13:00:00Z'),
			endsAt: null,
			place: 'tř. 1. máje 108, Liberec – budova „Uran“',
			room: 'zasedací místnost č. 17',
			status: 'published',
			icsSequence: 3,
			updatedAt: new Date('2015-11-23T08:00:00Z'),
			...overrides
		},
		body,
		areaName: 'ORP Liberec',
		agenda: ['Úvod', 'Informace z pracovních skupin', 'Diskuze'],
		publicUrl: 'https://souhra.example/skupiny/6479d9da-9af0-4862-8000-0000000000b1',
		...extra
	};
}

/** Unfold RFC 5545 continuation lines. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('meetingIcs', () => {
	it('writes one VEVENT with Prague wall time, VTIMEZONE, SEQUENCE and a stable UID', () => {
		const ics = unfold(meetingIcs(input()));
		expect(ics).toContain('BEGIN:VCALENDAR');
		expect(ics).toContain('METHOD:PUBLISH');
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(ics).toContain('UID:6479d9da-9af0-4862-8000-000000000001@souhra');
		expect(ics).toContain('SEQUENCE:3');
		expect(ics).toContain('DTSTART;TZID=Europe/Prague:20151118T140000');
		// Default duration: 2 hours.
		expect(ics).toContain('DTEND;TZID=Europe/Prague:20151118T160000');
		expect(ics).toContain('BEGIN:VTIMEZONE');
		expect(ics).toContain('TZID:Europe/Prague');
		expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
		expect(ics).toContain('DTSTAMP:20151123T080000Z');
		expect(ics).toContain('SUMMARY:Řídící pracovní skupina KPSS regionu Liberec');
		expect(ics).toContain(
			'LOCATION:tř. 1. máje 108\\, Liberec – budova „Uran“\\, zasedací místnost č. 17'
		);
		expect(ics).toContain('URL;VALUE=URI:https://souhra.example/skupiny/');
		expect(ics).toContain('Program:\\n1. Úvod\\n2. Informace z pracovních skupin\\n3. Diskuze');
		expect(ics).toContain('STATUS:CONFIRMED');
		expect(ics).not.toContain('X-WR-TIMEZONE');
	});

	it('keeps the UID across renders and changes', () => {
		const uid = (s: string) => /UID:(.+)\r\n/.exec(s)?.[1];
		const a = meetingIcs(input());
		const b = meetingIcs(input({ icsSequence: 4, place: 'jinde' }));
		expect(uid(a)).toBe(uid(b));
		expect(b).toContain('SEQUENCE:4');
	});

	it('uses summer time in summer and keeps an explicit end', () => {
		const ics = meetingIcs(
			input({ startsAt: '2016-06-15T12:00:00.000Z', endsAt: '2016-06-15T13:30:00.000Z' })
		);
		expect(ics).toContain('DTSTART;TZID=Europe/Prague:20160615T140000');
		expect(ics).toContain('DTEND;TZID=Europe/Prague:20160615T153000');
	});

	it('marks a cancelled meeting and says why', () => {
		const ics = unfold(meetingIcs(input({ status: 'cancelled', cancelReason: 'nemoc vedoucí' })));
		expect(ics).toContain('STATUS:CANCELLED');
		expect(ics).toContain('Jednání je zrušeno: nemoc vedoucí');
	});
});

describe('feedIcs', () => {
	it('keeps cancelled meetings and writes the VTIMEZONE once', () => {
		const ics = unfold(
			feedIcs({
				name: 'Jednání – ŘPS',
				meetings: [
					input(),
					input({ id: 'b2', startsAt: '2016-01-13T13:00:00.000Z', status: 'cancelled' }),
					input({ id: 'b3', startsAt: '2016-06-15T12:00:00.000Z' })
				]
			})
		);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
		expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
		expect(ics).toContain('X-WR-CALNAME:Jednání – ŘPS');
		expect(ics).toContain('UID:b2@souhra');
		expect(ics.match(/STATUS:CANCELLED/g)).toHaveLength(1);
		expect(ics).toContain('DTSTART;TZID=Europe/Prague:20160113T140000');
	});

	it('writes an empty but valid calendar', () => {
		const ics = feedIcs({ name: 'Prázdný', meetings: [] });
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR(\r\n)?$/);
		expect(ics).not.toContain('BEGIN:VEVENT');
	});
});

describe('pragueVtimezone', () => {
	it('only knows Europe/Prague', () => {
		expect(pragueVtimezone('Europe/Prague')).toContain('TZNAME:CEST');
		expect(pragueVtimezone('Europe/Berlin')).toBeNull();
	});
});
