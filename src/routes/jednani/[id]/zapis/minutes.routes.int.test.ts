import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError } from '#lib/platform/http/errors.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { addAgendaItem, createMeeting, setAttendance } from '#lib/modules/meetings/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the meetings module
import {
	createFixture,
	slotFromNow,
	type Fixture
} from '#lib/modules/meetings/meetings.testing.server.ts';
import * as editor from './+page.server.ts';
import * as publicPage from '../../../zapisy/[meetingId]/+page.server.ts';
import * as revisionPage from '../../../zapisy/[meetingId]/revize/[n]/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
type Result = { status?: number; data?: Record<string, unknown>; location?: string };

let f: Fixture;
let meetingId: string;
let itemId: string;
let futureId: string;
const url = () => `http://localhost/jednani/${meetingId}/zapis`;

/** Post a form to an editor action as `actor`. */
async function post(
	action: keyof typeof editor.actions,
	actor: Fixture['manager'] | undefined,
	form: Record<string, string>,
	id = meetingId
) {
	const { event, jar } = fakeEvent({ actor, form, params: { id }, url: url() });
	const result = await call(editor.actions[action], event);
	return { ...result, jar };
}

async function load(actor?: Fixture['manager']) {
	return call(editor.load, fakeEvent({ actor, params: { id: meetingId }, url: url() }).event);
}

type EditorData = {
	minutes: { version: number; status: string } | null;
	items: {
		id: string;
		version: number;
		markup: string;
		html: string;
		resolutions: { number: string }[];
		tasks: { id: string }[];
	}[];
	people: { value: string; label: string }[];
	history: { actionLabel: string }[];
	revisions: { revision: number }[];
};
const dataOf = async (actor = f.manager) => (await load(actor)).value as EditorData;

beforeAll(async () => {
	f = await createFixture('ŘPS');
	const held = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(-3) });
	meetingId = held.id;
	itemId = (await addAgendaItem(f.manager, held.id, { title: 'Informace z kraje' })).id;
	futureId = (await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(20) })).id;
	await setAttendance(f.manager, held.id, [
		{ personId: f.people.leader, status: 'present' },
		{ personId: f.people.member, status: 'present' },
		{ personId: f.people.owner, status: 'present' },
		{ personId: f.people.secret, status: 'excused' }
	]);
});

describe('/jednani/[id]/zapis load', () => {
	it('sends anonymous visitors to the login page, refuses members (403) and unknown ids (404)', async () => {
		const anon = await load();
		expect(anon.thrown).toMatchObject({
			status: 303,
			location: expect.stringContaining('/prihlaseni?next=')
		});
		expect((await load(f.member)).thrown).toBeInstanceOf(ForbiddenError);
		expect((await load(f.otherCoordinator)).thrown).toBeInstanceOf(ForbiddenError);
		const bad = await call(
			editor.load,
			fakeEvent({ actor: f.manager, params: { id: 'xyz' }, url: url() }).event
		);
		expect(bad.thrown).toBeInstanceOf(NotFoundError);
	});

	it('shows the items numbered, the members as people, and no minutes before they are started', async () => {
		const data = await dataOf();
		expect(data.minutes).toBeNull();
		expect(data.items.map((i) => i.id)).toContain(itemId);
		expect(data.people.map((p) => p.label)).toContain('Kateřina Marcinková');
	});
});

describe('/jednani/[id]/zapis actions', () => {
	it('start: 401 anonymous, 403 member, 400 for a meeting in the future, 303 when held', async () => {
		expect((await post('start', undefined, {})).value).toMatchObject({ status: 401 });
		expect((await post('start', f.member, {})).value).toMatchObject({ status: 403 });
		const future = (await post('start', f.manager, {}, futureId)).value as Result;
		expect(future.status).toBe(400);
		expect(JSON.stringify(future.data)).toContain('Zápis lze psát až od začátku jednání.');
		const ok = await post('start', f.manager, {});
		expect(ok.thrown).toMatchObject({
			status: 303,
			location: `/jednani/${meetingId}/zapis#udaje-zapisu`
		});
		expect([...ok.jar.keys()].length).toBeGreaterThan(0);
		expect((await dataOf()).minutes).toMatchObject({ status: 'draft' });
	});

	it('item: saves markup as safe HTML; 400 keeps the input; 409 shows both texts', async () => {
		const item = (await dataOf()).items.find((i) => i.id === itemId)!;
		const text =
			'- Kraj připravuje projekty\n  na rok 2016\n- <script>x</script> [web](https://kraj-lbc.cz)';
		expect(
			(await post('item', undefined, { itemId, text, version: String(item.version) })).value
		).toMatchObject({ status: 401 });
		expect(
			(await post('item', f.member, { itemId, text, version: String(item.version) })).value
		).toMatchObject({ status: 403 });
		const bad = (await post('item', f.manager, { itemId, text, reportedBy: 'K. M.' }))
			.value as Result;
		expect(bad.status).toBe(400);
		expect(bad.data).toMatchObject({ values: { reportedBy: 'K. M.', scope: `item-${itemId}` } });
		// Form posts carry CRLF line ends; the kept text is the same text.
		expect(String((bad.data?.values as { text: string }).text).replace(/\r\n/g, '\n')).toBe(text);
		const badRef = (await post('item', f.manager, { itemId: 'nope', text, version: '1' })).value;
		expect(badRef).toMatchObject({ status: 400 });

		const saved = await post('item', f.manager, {
			itemId,
			text,
			reportedBy: 'K. Marcinková',
			version: String(item.version)
		});
		expect(saved.thrown).toMatchObject({
			status: 303,
			location: `/jednani/${meetingId}/zapis#bod-${itemId}`
		});
		const after = (await dataOf()).items.find((i) => i.id === itemId)!;
		expect(after.html).toBe(
			'<ul><li>Kraj připravuje projekty<br />na rok 2016</li><li>&lt;script&gt;x&lt;/script&gt; <a href="https://kraj-lbc.cz">web</a></li></ul>'
		);
		expect(after.markup).toBe(
			'- Kraj připravuje projekty\n  na rok 2016\n- <script>x</script> [web](https://kraj-lbc.cz)'
		);

		// A second writer with the old version: 409, their text kept, the saved one shown beside it.
		const mine = 'Můj souběžný text';
		const conflict = (
			await post('item', f.coordinator, { itemId, text: mine, version: String(item.version) })
		).value as Result;
		expect(conflict.status).toBe(409);
		expect(conflict.data).toMatchObject({
			values: { text: mine },
			current: {
				version: after.version,
				yourHtml: '<p>Můj souběžný text</p>',
				markup: after.markup,
				savedAt: expect.stringMatching(/^\d{1,2}\. \d{1,2}\. \d{4} \d{2}:\d{2}$/)
			}
		});
		expect(String(conflict.data?.message)).toContain('mezitím uložil někdo jiný');
	});

	it('preview: renders the markup without saving', async () => {
		const res = (await post('preview', f.manager, { itemId, text: '**Pozor** na termín' }))
			.value as {
			preview: { html: string; scope: string };
		};
		expect(res.preview).toEqual(
			expect.objectContaining({
				html: '<p><strong>Pozor</strong> na termín</p>',
				scope: `item-${itemId}`
			})
		);
		expect((await post('preview', undefined, { itemId, text: 'x' })).value).toMatchObject({
			status: 401
		});
	});

	it('resolution and task: numbered automatically; a task needs a responsible person', async () => {
		const noText = (await post('resolution', f.manager, { itemId, votesFor: '5' })).value as Result;
		expect(noText).toMatchObject({
			status: 400,
			data: { values: { votesFor: '5', scope: `resolution-${itemId}` } }
		});
		const votes = (
			await post('resolution', f.manager, { itemId, text: 'Bere na vědomí.', votesFor: '-1' })
		).value as Result;
		expect(votes).toMatchObject({
			status: 400,
			data: { errors: { votesFor: [expect.any(String)] } }
		});
		const added = await post('resolution', f.manager, {
			itemId,
			text: 'ŘPS bere na vědomí informace z kraje.',
			votesFor: '9',
			votesAgainst: '0',
			votesAbstained: '0',
			adopted: 'on'
		});
		expect(added.thrown).toMatchObject({ status: 303 });
		expect(added.jar.size).toBeGreaterThan(0);
		const used = (await post('resolution', f.manager, { itemId, text: 'Znovu', number: '1' }))
			.value as Result;
		expect(used).toMatchObject({
			status: 400,
			data: { errors: { number: [expect.stringContaining('už je v roce')] } }
		});

		const noPerson = (await post('task', f.manager, { itemId, text: 'Rozeslat rozvojovou síť' }))
			.value as Result;
		expect(noPerson).toMatchObject({
			status: 400,
			data: {
				errors: { responsiblePersonId: ['Úkol musí mít odpovědnou osobu.'] },
				values: { text: 'Rozeslat rozvojovou síť' }
			}
		});
		expect(
			(await post('task', f.member, { itemId, text: 'x', responsiblePersonId: f.people.owner }))
				.value
		).toMatchObject({ status: 403 });
		const task = await post('task', f.manager, {
			itemId,
			text: 'Rozeslat rozvojovou síť poskytovatelům',
			responsiblePersonId: f.people.owner,
			dueDate: '2031-12-09'
		});
		expect(task.thrown).toMatchObject({ status: 303 });
		const item = (await dataOf()).items.find((i) => i.id === itemId)!;
		expect(item.resolutions.map((r) => r.number)).toEqual([
			expect.stringMatching(/^ŘPS\/\d{4}\/01$/)
		]);
		expect(item.tasks).toHaveLength(1);
	});

	it('event and meta: Czech 400s with kept input, then saved', async () => {
		const wrong = (
			await post('event', f.manager, {
				date: '2031-11-20',
				dateTo: '2031-11-19',
				title: 'Noc venku'
			})
		).value as Result;
		expect(wrong).toMatchObject({
			status: 400,
			data: {
				errors: { dateTo: ['Konec akce nemůže být před jejím začátkem.'] },
				values: { title: 'Noc venku' }
			}
		});
		expect(
			(await post('event', f.manager, { date: '2031-11-20', title: 'Noc venku', place: 'Liberec' }))
				.thrown
		).toMatchObject({ status: 303, location: `/jednani/${meetingId}/zapis#akce` });

		const minutes = (await dataOf()).minutes!;
		const badDate = (
			await post('meta', f.manager, { writtenOn: '23. 11. 2015', version: String(minutes.version) })
		).value as Result;
		expect(badDate).toMatchObject({ status: 400, data: { values: { writtenOn: '23. 11. 2015' } } });
		const meta = await post('meta', f.manager, {
			authorPersonId: f.people.leader,
			signedPlace: 'V Liberci',
			writtenOn: '2031-11-23',
			version: String(minutes.version)
		});
		expect(meta.thrown).toMatchObject({ status: 303 });
		const stale = (
			await post('meta', f.manager, { signedPlace: 'V Praze', version: String(minutes.version) })
		).value as Result;
		expect(stale).toMatchObject({ status: 409, data: { current: { signedPlace: 'V Liberci' } } });
	});

	it('approve, publish and reopen: 403 for members, Czech 400s, then a public frozen revision', async () => {
		expect((await post('approve', f.member, {})).value).toMatchObject({ status: 403 });
		expect((await post('approve', f.manager, { approverPersonId: 'nikdo' })).value).toMatchObject({
			status: 400
		});
		const noApprover = (await post('approve', f.manager, {})).value as Result;
		expect(noApprover).toMatchObject({
			status: 400,
			data: { errors: { approverPersonId: ['Vyberte, kdo zápis schvaluje.'] } }
		});
		const notApproved = (await post('publish', f.manager, {})).value as Result;
		expect(JSON.stringify(notApproved.data)).toContain('Zveřejnit lze jen schválený zápis.');

		expect(
			(await post('approve', f.manager, { approverPersonId: f.people.member })).thrown
		).toMatchObject({ status: 303 });
		expect((await dataOf()).minutes?.status).toBe('approved');
		const locked = (await post('event', f.manager, { date: '2031-11-21', title: 'Pozdě' }))
			.value as Result;
		expect(JSON.stringify(locked.data)).toContain('Zápis je schválený');
		expect((await post('publish', f.manager, {})).thrown).toMatchObject({ status: 303 });

		const pub = (await call(publicPage.load, fakeEvent({ params: { meetingId } }).event)).value as {
			document: {
				items: {
					title: string;
					resolutions: { number: string }[];
					tasks: { assignment: string }[];
				}[];
				excused: string;
				present: string;
				signature: string;
			};
			revision: number;
			history: unknown[];
		};
		expect(pub.revision).toBe(1);
		const item = pub.document.items.find((i) => i.title === 'Informace z kraje')!;
		expect(item.resolutions).toHaveLength(1);
		expect(item.tasks[0].assignment).toBe('Z: J. Urbanová, T: 9. 12. 2031');
		// Ivan Langr did not consent: his role instead of the name.
		expect(pub.document.excused).toBe('zástupce uživatelů');
		expect(pub.document.present).toContain('Kateřina Marcinková');
		expect(pub.document.signature).toBe('V Liberci dne 23. 11. 2031, zapsala K. Marcinková');

		// Reopen for a correction: the public page keeps revision 1 until revision 2 is published.
		expect(
			(await post('reopen', f.manager, { reason: 'Překlep v usnesení' })).thrown
		).toMatchObject({ status: 303 });
		expect((await post('approve', f.manager, {})).thrown).toMatchObject({ status: 303 });
		const noReason = (await post('publish', f.manager, {})).value as Result;
		expect(noReason).toMatchObject({
			status: 400,
			data: { errors: { reason: [expect.stringContaining('důvod opravy')] } }
		});
		expect((await post('publish', f.manager, { reason: 'Oprava překlepu' })).thrown).toMatchObject({
			status: 303
		});
		const data = await dataOf();
		expect(data.revisions.map((r) => r.revision)).toEqual([2, 1]);
		expect(data.history.some((h) => h.actionLabel.includes('zveřejněna nová verze'))).toBe(true);
		const first = (
			await call(revisionPage.load, fakeEvent({ params: { meetingId, n: '1' } }).event)
		).value as {
			revision: number;
			latest: number;
		};
		expect(first).toMatchObject({ revision: 1, latest: 2 });
	});

	it('public pages: 404 for unpublished minutes, unknown revisions and malformed ids', async () => {
		const cases: Record<string, string>[] = [
			{ meetingId: futureId },
			{ meetingId: 'xyz' },
			{ meetingId, n: '9' },
			{ meetingId, n: 'abc' }
		];
		for (const params of cases) {
			const page = 'n' in params ? revisionPage : publicPage;
			const res = await call(page.load, fakeEvent({ params }).event);
			expect(res.thrown, JSON.stringify(params)).toBeInstanceOf(NotFoundError);
		}
	});
});
