import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#lib/platform/http/errors.ts';
import { getAttendanceSheet } from './attendance-sheet.pdf.server.ts';
import { areaFeedIcs, bodyFeedIcs } from './meeting.ics.server.ts';
import { minutes, minutesRevisions } from './meeting.schema.ts';
import { getMinutesForDownload, loadMinutesDocument } from './minutes.document.server.ts';
import { renderMinutesDocx } from './minutes.docx.server.ts';
import { insertOutputsDataset, type OutputsDataset } from './outputs.testing.server.ts';

useTestDatabase();

let data: OutputsDataset;
beforeAll(async () => {
	data = await insertOutputsDataset();
});

describe('loadMinutesDocument', () => {
	it('builds the whole minutes from the database', async () => {
		const doc = await loadMinutesDocument(data.meetingId, { publicView: false });
		expect(doc.headerLine).toBe(
			'KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ORP Liberec – Řídící pracovní skupina KPSS regionu Liberec'
		);
		expect(doc.title).toBe('Zápis z jednání – Řídící pracovní skupina KPSS regionu Liberec');
		expect(doc.place).toBe('tř. 1. máje 108, Liberec – budova „Uran“, zasedací místnost č. 17');
		expect(doc.startsAt).toBe('2015-11-18T13:00:00.000Z');
		expect(doc.present).toEqual(['Petr Hampacher', 'Kateřina Marcinková', 'Olga Merglová']);
		expect(doc.excused).toEqual(['Ivan Langr']);
		expect(doc.absent).toEqual(['Stanislav Jäger']);
		expect(doc.guests).toEqual([
			{ name: 'Marie Malá', organisation: 'TyfloCentrum Liberec, o. p. s.' }
		]);
		// The rejected proposal is left out and the programme renumbered.
		expect(doc.programme).toEqual([
			{ position: 1, title: 'Úvod' },
			{ position: 2, title: 'Informace z Libereckého kraje' },
			{ position: 3, title: 'Diskuze' }
		]);
		const info = doc.items[1];
		expect(info.reportedBy).toBe('K. Marcinková');
		expect(info.html).toContain('<li>osobní asistence</li>');
		expect(info.resolutions).toEqual([
			{
				number: 'ŘPS/2015/01',
				text: 'ŘPS bere informace na vědomí.',
				votesFor: 9,
				votesAgainst: 0,
				votesAbstained: 0,
				adopted: true
			}
		]);
		expect(info.tasks.map((t) => [t.responsible, t.dueDate])).toEqual([
			['K. Marcinková', '2015-12-09'],
			['I. Langr', null]
		]);
		expect(doc.events.map((e) => e.date)).toEqual(['2015-11-19', '2015-11-21']);
		expect(doc.signature).toEqual({
			signedPlace: 'V Liberci',
			writtenOn: '2015-11-23',
			author: 'K. Marcinková',
			authorVerb: 'zapsala',
			approver: 'Olga Merglová',
			approverVerb: 'ověřila'
		});
		// Published, not cancelled, after this meeting, up to the end of the next year.
		expect(doc.schedule.heading).toBe('Harmonogram jednání ŘPS pro rok 2016');
		expect(doc.schedule.rows).toEqual([
			{ startsAt: '2016-01-13T13:00:00.000Z', place: 'budova „Uran“, 2. patro, místnost č. 17' },
			{ startsAt: '2016-06-15T12:00:00.000Z', place: 'budova „Uran“, 2. patro, místnost č. 17' }
		]);
		expect(doc.closingNote).toContain('V červenci a srpnu');
		expect(doc.status).toBe('draft');
		expect(doc.revision).toBe(0);
		expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
	});

	it('shows roles instead of names without consent in the public view', async () => {
		const doc = await loadMinutesDocument(data.meetingId, { publicView: true });
		expect(doc.publicView).toBe(true);
		expect(doc.present).toContain('Olga Merglová');
		expect(doc.excused).toEqual(['člen/ka skupiny']);
		expect(doc.absent).toEqual(['zástupce uživatelů']);
		expect(doc.guests).toEqual([{ name: 'host', organisation: 'TyfloCentrum Liberec, o. p. s.' }]);
		expect(doc.items[1].tasks[1].responsible).toBe('člen/ka skupiny');
		expect(JSON.stringify(doc)).not.toMatch(/Langr|Jäger|Marie Malá/);
	});

	it('renders from the database into a DOCX', async () => {
		const doc = await loadMinutesDocument(data.meetingId, { publicView: false });
		const zip = await JSZip.loadAsync(await renderMinutesDocx(doc));
		const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
		expect(xml).toContain('Ad 2) Informace z Libereckého kraje');
		expect(xml).toContain('Z: K. Marcinková, T: 9. 12. 2015');
		expect(xml).toContain('NÁVRH');
	});

	it('says 404 for an unknown meeting', async () => {
		await expect(
			loadMinutesDocument('00000000-0000-4000-8000-00000000dead', { publicView: false })
		).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('getMinutesForDownload', () => {
	it('gives readers of the body the live draft, and refuses others while nothing is published', async () => {
		const doc = await getMinutesForDownload(data.member, data.meetingId);
		expect(doc.status).toBe('draft');
		expect(doc.publicView).toBe(false);
		await expect(getMinutesForDownload(ANONYMOUS, data.meetingId)).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(getMinutesForDownload(data.outsider, data.meetingId)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			getMinutesForDownload(ANONYMOUS, '00000000-0000-4000-8000-00000000dead')
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('gives everybody else the published revision', async () => {
		const snapshot = await loadMinutesDocument(data.meetingId, { publicView: true });
		await db()
			.insert(minutesRevisions)
			.values({
				minutesId: data.minutesId,
				revision: 1,
				snapshot: { ...snapshot, status: 'published', revision: 1 } as unknown as Record<
					string,
					unknown
				>
			});
		await db().update(minutes).set({ revision: 1 }).where(eq(minutes.id, data.minutesId));
		const forPublic = await getMinutesForDownload(ANONYMOUS, data.meetingId);
		expect(forPublic.status).toBe('published');
		expect(forPublic.publicView).toBe(true);
		expect(forPublic.excused).toEqual(['člen/ka skupiny']);
		const forOutsider = await getMinutesForDownload(data.outsider, data.meetingId);
		expect(forOutsider.revision).toBe(1);
		// Readers still get the live minutes (a correction in progress).
		expect((await getMinutesForDownload(data.member, data.meetingId)).status).toBe('draft');
	});
});

describe('getAttendanceSheet', () => {
	it('lists members on the meeting date for the manager', async () => {
		const { input, bodyCode } = await getAttendanceSheet(data.manager, data.meetingId);
		expect(bodyCode).toBe('ŘPS');
		expect(input.title).toBe('Prezenční listina');
		expect(input.members).toEqual([
			{ name: 'Petr Hampacher', organisation: null },
			{ name: 'Stanislav Jäger', organisation: null },
			{ name: 'Ivan Langr', organisation: null },
			{ name: 'Kateřina Marcinková', organisation: 'Statutární město Liberec' },
			{ name: 'Olga Merglová', organisation: null }
		]);
	});

	it('refuses the public (401), members (403) and unknown meetings (404)', async () => {
		await expect(getAttendanceSheet(ANONYMOUS, data.meetingId)).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(getAttendanceSheet(data.member, data.meetingId)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			getAttendanceSheet(data.manager, '00000000-0000-4000-8000-00000000dead')
		).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('feeds', () => {
	it('lists the published meetings of a body, cancelled ones included', async () => {
		const ics = (await bodyFeedIcs(data.bodyId, 'https://souhra.example')).replace(
			/\r\n[ \t]/g,
			''
		);
		expect(ics).toContain('X-WR-CALNAME:Jednání – Řídící pracovní skupina KPSS regionu Liberec');
		expect(ics).toContain(`UID:${data.meetingId}@souhra`);
		expect(ics).toContain('SEQUENCE:2');
		for (const id of data.scheduleIds) expect(ics).toContain(`UID:${id}@souhra`);
		expect(ics).toContain(`UID:${data.cancelledId}@souhra`);
		expect(ics).toContain('STATUS:CANCELLED');
		expect(ics).toContain('Jednání je zrušeno: hodnocení dotací');
		expect(ics).not.toContain(data.unpublishedId);
		expect(ics).not.toContain(data.otherAreaMeetingId);
		expect(ics).toContain('DTSTART;TZID=Europe/Prague:20151118T140000');
		expect(ics).toContain(`URL;VALUE=URI:https://souhra.example/skupiny/${data.bodyId}`);
		expect(ics).toContain('Program:\\n1. Úvod\\n2. Informace z Libereckého kraje\\n3. Diskuze');
		// This meeting, two 2016 rows, the cancelled one and February 2017.
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
	});

	it('lists the meetings of an area only', async () => {
		const ics = await areaFeedIcs(data.otherAreaId, 'https://souhra.example');
		expect(ics).toContain(`UID:${data.otherAreaMeetingId}@souhra`);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(ics).toContain('DTSTART;TZID=Europe/Prague:20160202T100000');
	});

	it('says 404 for an unknown body or area', async () => {
		await expect(bodyFeedIcs('00000000-0000-4000-8000-00000000dead', 'x')).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(areaFeedIcs('00000000-0000-4000-8000-00000000dead', 'x')).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});
