import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import {
	addAgendaItem,
	addResolution,
	addTask,
	approveMinutes,
	createMeeting,
	meetings,
	publishMinutes,
	saveItemMinutes,
	setAttendance,
	updateMinutesMeta,
	getOrCreateMinutes
} from '#lib/modules/meetings/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the meetings module
import {
	createFixture,
	slotFromNow,
	type Fixture
} from '#lib/modules/meetings/meetings.testing.server.ts';
import { GET as list } from './+server.ts';
import { GET as detail } from './[id]/+server.ts';
import { GET as docx } from './[id]/minutes.docx/+server.ts';
import { GET as pdf } from './[id]/minutes.pdf/+server.ts';
import { GET as sheet } from './[id]/attendance-sheet.pdf/+server.ts';
import { GET as tasks } from '../tasks/+server.ts';

useTestDatabase();

let f: Fixture;
let publishedId: string;
let draftId: string;
let futureId: string;
let taskId: string;
const UNKNOWN = '00000000-0000-4000-8000-00000000dead';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

beforeAll(async () => {
	f = await createFixture('ŘPS');
	const held = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(-30) });
	publishedId = held.id;
	const item = await addAgendaItem(f.manager, held.id, { title: 'Rozvojová síť' });
	await getOrCreateMinutes(f.manager, held.id);
	await saveItemMinutes(f.manager, item.id, {
		html: '<p>Síť byla rozeslána poskytovatelům.</p>',
		version: item.version
	});
	await setAttendance(f.manager, held.id, [
		{ personId: f.people.leader, status: 'present' },
		{ personId: f.people.secret, status: 'present' },
		{ personId: f.people.member, status: 'excused' }
	]);
	await addResolution(f.manager, {
		agendaItemId: item.id,
		text: 'ŘPS schvaluje rozvojovou síť.',
		votesFor: 8,
		votesAgainst: 0,
		votesAbstained: 1,
		adopted: 'on'
	});
	taskId = (
		await addTask(f.manager, {
			agendaItemId: item.id,
			text: 'Zajistit navrácení podkladů',
			responsiblePersonId: f.people.owner,
			dueDate: '2031-12-09'
		})
	).id;
	const minutesRow = await getOrCreateMinutes(f.manager, held.id);
	await updateMinutesMeta(f.manager, held.id, {
		authorPersonId: f.people.leader,
		version: minutesRow.version
	});
	await approveMinutes(f.manager, held.id, { approverPersonId: f.people.member });
	await publishMinutes(f.manager, held.id);

	draftId = (await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(-2) })).id;
	futureId = (await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(40) })).id;
	await db().update(meetings).set({ isPublished: true }).where(eq(meetings.id, futureId));
});

const get = (handler: typeof list, url: string, actor?: Fixture['manager'], params = {}) =>
	callEndpoint(handler, { url, actor, params });

describe('GET /api/v1/meetings', () => {
	it('shows the public only meetings of published schedules', async () => {
		const res = await get(list, '/api/v1/meetings');
		expect(res.status).toBe(200);
		const ids = (res.json.items as { id: string }[]).map((m) => m.id);
		expect(ids).toEqual([futureId]);
		expect(res.json).toMatchObject({ page: 1, per_page: 25, total: 1 });
		// A signed-in user without a role in planning sees the same.
		expect((await get(list, '/api/v1/meetings', f.stranger)).json.total).toBe(1);
	});

	it('shows coordinators and members every meeting of their areas and bodies, with filters', async () => {
		const all = await get(list, `/api/v1/meetings?body=${f.bodyId}`, f.member);
		expect(all.json.total).toBe(3);
		const published = await get(list, '/api/v1/meetings?status=published', f.coordinator);
		expect(published.json.items as { id: string; status: string }[]).toEqual([
			expect.objectContaining({ id: publishedId, status: 'published', bodyCode: 'ŘPS' })
		]);
		const from = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
		const upcoming = await get(list, `/api/v1/meetings?from=${from}&per_page=1`, f.coordinator);
		expect(upcoming.json).toMatchObject({ total: 2, per_page: 1 });
		expect((upcoming.json.items as { id: string }[])[0].id).toBe(draftId);
		const area = await get(list, `/api/v1/meetings?area=${f.kraj}`, f.coordinator);
		expect(area.json.total).toBe(3);
		const other = await get(list, `/api/v1/meetings?body=${f.bodyId}`, f.otherCoordinator);
		expect((other.json.items as { id: string }[]).map((m) => m.id)).toEqual([futureId]);
	});

	it.each([
		['status=zrušeno', 'status'],
		['from=2026-13-01', 'from'],
		['body=abc', 'body'],
		['per_page=500', 'per_page']
	])('rejects %s with a Czech 400', async (query, field) => {
		const res = await get(list, `/api/v1/meetings?${query}`);
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		expect(Object.keys(res.json.errors as object)).toEqual([field]);
	});
});

describe('GET /api/v1/meetings/{id}', () => {
	it('gives members the full view with agenda, attendance, minutes, resolutions and tasks', async () => {
		const res = await get(detail, '/x', f.member, { id: publishedId });
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({
			view: 'full',
			status: 'published',
			minutes: { status: 'published', revision: 1, author: 'Kateřina Marcinková' },
			resolutions: [
				{ number: expect.stringMatching(/^ŘPS\/\d{4}\/01$/), votesFor: 8, adopted: true }
			],
			tasks: [
				{ id: taskId, responsibleName: 'Jana Urbanová', dueDate: '2031-12-09', status: 'open' }
			],
			attendance: { quorum: { present: 2 } }
		});
		const agenda = res.json.agenda as { title: string; minutesHtml: string | null }[];
		expect(agenda.find((a) => a.title === 'Rozvojová síť')?.minutesHtml).toBe(
			'<p>Síť byla rozeslána poskytovatelům.</p>'
		);
		expect(
			(res.json.attendance as { members: { name: string }[] }).members.map((m) => m.name)
		).toContain('Ivan Langr');
	});

	it('gives everybody else the public view of the frozen published minutes', async () => {
		const res = await get(detail, '/x', undefined, { id: publishedId });
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({
			view: 'public',
			minutes: { revision: 1, excused: ['Olga Merglová'] }
		});
		const minutes = res.json.minutes as {
			present: string[];
			items: { tasks: { responsible: string }[] }[];
		};
		// Ivan Langr did not consent to publishing his name.
		expect([...minutes.present].sort()).toEqual(['Kateřina Marcinková', 'zástupce uživatelů']);
		expect(JSON.stringify(res.json)).not.toContain('Ivan Langr');
		const future = await get(detail, '/x', f.stranger, { id: futureId });
		expect(future.json).toMatchObject({ view: 'public', minutes: null });
	});

	it('answers 401/403 for meetings that are not public, 404 unknown, 400 malformed', async () => {
		expect((await get(detail, '/x', undefined, { id: draftId })).status).toBe(401);
		expect((await get(detail, '/x', f.otherCoordinator, { id: draftId })).status).toBe(403);
		const missing = await get(detail, '/x', f.member, { id: UNKNOWN });
		expect(missing.status).toBe(404);
		expect(missing.json.detail).toBe('Jednání nebylo nalezeno.');
		expect((await get(detail, '/x', f.member, { id: 'abc' })).status).toBe(400);
	});
});

describe('files of a meeting', () => {
	it('gives the public the published DOCX and readers a PDF', async () => {
		const res = await get(docx, '/x', undefined, { id: publishedId });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(DOCX);
		expect(res.headers.get('content-disposition')).toMatch(
			/filename="zapis-RPS-\d{4}-\d{2}-\d{2}\.docx"/
		);
		const zip = await JSZip.loadAsync(res.bytes);
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('ŘPS schvaluje rozvojovou síť.');
		expect(xml).not.toContain('Ivan Langr');
		const member = await get(pdf, '/x', f.member, { id: draftId });
		expect(member.status).toBe(200);
		expect(member.text.startsWith('%PDF')).toBe(true);
	});

	it('refuses unpublished minutes to outsiders and unknown meetings', async () => {
		expect((await get(docx, '/x', undefined, { id: draftId })).status).toBe(401);
		expect((await get(pdf, '/x', f.otherCoordinator, { id: draftId })).status).toBe(403);
		expect((await get(docx, '/x', f.member, { id: UNKNOWN })).status).toBe(404);
		expect((await get(docx, '/x', f.member, { id: 'x' })).status).toBe(400);
	});

	it('gives the attendance sheet to managers only', async () => {
		expect((await get(sheet, '/x', undefined, { id: publishedId })).status).toBe(401);
		expect((await get(sheet, '/x', f.member, { id: publishedId })).status).toBe(403);
		const res = await get(sheet, '/x', f.manager, { id: publishedId });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('content-disposition')).toContain('prezencni-listina-RPS-');
	});
});

describe('GET /api/v1/tasks', () => {
	it('needs a token; lists the caller own tasks with a status filter', async () => {
		expect((await get(tasks, '/api/v1/tasks')).status).toBe(401);
		const mine = await get(tasks, '/api/v1/tasks?status=open', f.owner);
		expect(mine.status).toBe(200);
		expect(mine.json).toMatchObject({
			total: 1,
			items: [
				{ id: taskId, bodyCode: 'ŘPS', responsibleName: 'Jana Urbanová', meetingId: publishedId }
			]
		});
		expect((await get(tasks, '/api/v1/tasks?status=done', f.owner)).json.total).toBe(0);
		expect((await get(tasks, '/api/v1/tasks', f.member)).json.total).toBe(0);
	});

	it('lists the open tasks of a body for its readers; 403 for others; Czech 400s', async () => {
		const body = await get(tasks, `/api/v1/tasks?body=${f.bodyId}`, f.member);
		expect((body.json.items as { id: string }[]).map((t) => t.id)).toEqual([taskId]);
		expect((await get(tasks, `/api/v1/tasks?body=${f.bodyId}`, f.otherCoordinator)).status).toBe(
			403
		);
		const done = await get(tasks, `/api/v1/tasks?body=${f.bodyId}&status=done`, f.member);
		expect(done.status).toBe(400);
		expect(done.json.errors).toEqual({ status: [expect.stringContaining('jen otevřené úkoly')] });
		expect((await get(tasks, '/api/v1/tasks?status=hotovo', f.owner)).status).toBe(400);
	});
});
