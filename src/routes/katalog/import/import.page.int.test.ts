import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError } from '#lib/platform/http/errors.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { localStorage, setStorage } from '#lib/platform/files/files.storage.server.ts';
import { runJobsOnce } from '#lib/platform/jobs/jobs.server.ts';
import { createArea } from '#lib/modules/organisation/index.ts';
import { fixtureChunks } from '#lib/modules/catalogue/index.ts';
import * as list from './+page.server.ts';
import * as detail from './[id]/+page.server.ts';
import * as status from './[id]/stav/+server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
let coordinator: Actor, member: Actor;
const root = mkdtempSync(path.join(tmpdir(), 'souhra-import-files-'));

beforeAll(async () => {
	setStorage(localStorage(root));
	const area = await createArea(systemActor('t'), { kind: 'orp', territory: 'orp:5105' });
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId: area.id }] }))
		.actor;
	member = (await createTestUser()).actor;
});
afterAll(() => {
	setStorage(undefined);
	rmSync(root, { recursive: true, force: true });
});

/** A form POST with a file field. */
function upload(actor: Actor | undefined, file: File | null) {
	const { event, jar } = fakeEvent({ actor, form: {}, url: 'http://localhost/katalog/import' });
	const body = new FormData();
	if (file) body.append('file', file);
	(event as { request: Request }).request = new Request('http://localhost/katalog/import', {
		method: 'POST',
		body
	});
	return { event, jar };
}

const fixtureFile = (name = 'rpss.json') =>
	new File([[...fixtureChunks({ services: 12, seed: 21 })].join('')], name, {
		type: 'application/json'
	});

describe('/katalog/import', () => {
	it('sends the public to the login, refuses non-coordinators (403) and the anonymous upload (401)', async () => {
		const anon = await call(list.load, fakeEvent({ url: 'http://localhost/katalog/import' }).event);
		expect(anon.thrown).toMatchObject({
			status: 303,
			location: '/prihlaseni?next=%2Fkatalog%2Fimport'
		});
		const plain = await call(
			list.load,
			fakeEvent({ actor: member, url: 'http://localhost/katalog/import' }).event
		);
		expect(plain.thrown).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(list.actions.default, upload(undefined, fixtureFile()).event)).value
		).toMatchObject({
			status: 401
		});
		expect(
			(await call(list.actions.default, upload(member, fixtureFile()).event)).value
		).toMatchObject({
			status: 403
		});
	});

	it('400 with a Czech field error for no file, a wrong extension and a file that is not JSON', async () => {
		const none = await call(list.actions.default, upload(coordinator, null).event);
		expect(none.value).toMatchObject({
			status: 400,
			data: { errors: { file: ['Vyberte soubor rpss.json.'] } }
		});
		const txt = await call(
			list.actions.default,
			upload(coordinator, new File(['{"polozky":[]}'], 'rpss.txt', { type: 'text/plain' })).event
		);
		expect(txt.value).toMatchObject({ status: 400 });
		expect(JSON.stringify(txt.value)).toMatch(/příponu \.json/);
		const broken = await call(
			list.actions.default,
			upload(
				coordinator,
				new File(['{"polozky":[{"a":'], 'rpss.json', { type: 'application/json' })
			).event
		);
		expect(broken.value).toMatchObject({
			status: 400,
			data: { errors: { file: [expect.any(String)] } }
		});
	});

	it('a coordinator uploads a file: redirect to the run, the job imports it, the run page shows the report', async () => {
		const { event, jar } = upload(coordinator, fixtureFile());
		const posted = await call(list.actions.default, event);
		const location = (posted.thrown as { location: string }).location;
		expect(posted.thrown).toMatchObject({ status: 303 });
		expect(location).toMatch(/^\/katalog\/import\/[0-9a-f-]{36}$/);
		expect([...jar.keys()].length).toBeGreaterThan(0); // flash
		const id = location.split('/').pop() as string;

		const queued = (await call(
			detail.load,
			fakeEvent({ actor: coordinator, params: { id }, url: `http://localhost${location}` }).event
		)) as { value: { run: { status: string; progress: { active: boolean } } } };
		expect(queued.value.run.status).toBe('queued');
		expect(queued.value.run.progress.active).toBe(true);

		const summary = await runJobsOnce({ limit: 5 });
		expect(summary.done).toBeGreaterThanOrEqual(1);

		const done = (await call(
			detail.load,
			fakeEvent({ actor: coordinator, params: { id }, url: `http://localhost${location}` }).event
		)) as {
			value: {
				run: {
					status: string;
					added: string;
					progress: { active: boolean; value: number; max: number };
				};
				changes: { added: { items: unknown[]; total: number } };
			};
		};
		expect(done.value.run).toMatchObject({ status: 'done', added: '12' });
		expect(done.value.run.progress).toMatchObject({ active: false });
		expect(done.value.run.progress.value).toBe(done.value.run.progress.max);
		expect(done.value.changes.added.total).toBe(12);
		expect(done.value.changes.added.items).toHaveLength(12);

		const res = (await status.GET(
			fakeEvent({ actor: coordinator, params: { id } }).event as never
		)) as Response;
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ status: 'done', active: false, items: 12 });

		const listed = (await call(
			list.load,
			fakeEvent({ actor: coordinator, url: 'http://localhost/katalog/import' }).event
		)) as { value: { runs: { id: string; status: string }[]; total: number } };
		expect(listed.value.runs[0]).toMatchObject({ id, status: 'done' });
	});

	it('run page and status: login redirect, 403, 404; status JSON 401/403/404', async () => {
		const id = '00000000-0000-4000-8000-000000000000';
		const anon = await call(
			detail.load,
			fakeEvent({ params: { id }, url: `http://localhost/katalog/import/${id}` }).event
		);
		expect(anon.thrown).toMatchObject({ status: 303 });
		const plain = await call(
			detail.load,
			fakeEvent({ actor: member, params: { id }, url: `http://localhost/katalog/import/${id}` })
				.event
		);
		expect(plain.thrown).toBeInstanceOf(ForbiddenError);
		const missing = await call(
			detail.load,
			fakeEvent({
				actor: coordinator,
				params: { id: 'x' },
				url: 'http://localhost/katalog/import/x'
			}).event
		);
		expect(missing.thrown).toBeInstanceOf(NotFoundError);
		for (const [actor, code] of [
			[undefined, 401],
			[member, 403],
			[coordinator, 404]
		] as const) {
			const res = (await status.GET(
				fakeEvent({ actor, params: { id } }).event as never
			)) as Response;
			expect(res.status).toBe(code);
		}
	});
});
