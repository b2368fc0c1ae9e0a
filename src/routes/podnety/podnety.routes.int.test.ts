/**
 * Suggestion pages and API: the public form (400 keeps input, honeypot, success flash), public
 * agenda and detail (404 for unpublished), staff pages (login redirect, 403, 400), the lifecycle
 * through form actions, exports, and /api/v1/suggestions (401/403/400, public vs staff views).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestHandler } from '@sveltejs/kit';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError } from '#lib/platform/http/errors.ts';
import { areas, bodies } from '#lib/modules/organisation/index.ts';
import { suggestions } from '#lib/modules/participation/index.ts';
import * as hub from '../zapojte-se/+page.server.ts';
import * as list from './+page.server.ts';
import * as detail from './[id]/+page.server.ts';
import * as form from './novy/+page.server.ts';
import * as admin from './sprava/+page.server.ts';
import * as staffNew from './sprava/novy/+page.server.ts';
import * as staffDetail from './sprava/[id]/+page.server.ts';
import * as csv from './sprava/podnety.csv/+server.ts';
import * as xlsx from './sprava/podnety.xlsx/+server.ts';
import * as api from '../api/v1/suggestions/+server.ts';
import * as apiOne from '../api/v1/suggestions/[id]/+server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
const user = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test',
	email: 't@souhra.example',
	grants
});

let orp: string;
let body: string;
let coordinator: Actor;
let member: Actor;
const future = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
	const [a] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: 'Liberec', code: '5105' })
		.returning();
	orp = a.id;
	const [b] = await db()
		.insert(bodies)
		.values({ areaId: orp, kind: 'working_group', name: 'PS Senioři', code: 'SEN' })
		.returning();
	body = b.id;
	coordinator = user({ role: 'coordinator', areaId: orp });
	member = user({ role: 'member', bodyId: body });
});

const publicForm = (over: Record<string, string> = {}) => ({
	text: 'Chybí Taxík Maxík pro seniory.',
	topic: 'transport',
	areaId: orp,
	isPublic: 'on',
	homepage: '',
	...over
});

const latest = async () => (await db().select().from(suggestions)).sort((x, y) => y.seq - x.seq)[0];

describe('public pages', () => {
	it('the hub and the public form load without login; ?uzemi= preselects the area', async () => {
		const h = await call(hub.load, fakeEvent({ url: 'http://localhost/zapojte-se' }).event);
		expect(h.value).toMatchObject({ received: 0, published: 0 });
		const f = await call(
			form.load,
			fakeEvent({ url: `http://localhost/podnety/novy?uzemi=${orp}` }).event
		);
		expect(f.value).toMatchObject({ defaultAreaId: orp });
		const g = await call(
			form.load,
			fakeEvent({ url: 'http://localhost/podnety/novy?uzemi=x' }).event
		);
		expect(g.value).toMatchObject({ defaultAreaId: '' });
	});

	it('400 keeps the input; the honeypot pretends success; a real submission flashes its number', async () => {
		const bad = await call(
			form.actions.default,
			fakeEvent({ form: publicForm({ text: '', submitterName: 'Jana' }) }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { values: { submitterName: 'Jana' }, errors: { text: [expect.any(String)] } }
		});
		const trap = fakeEvent({ form: publicForm({ homepage: 'http://spam' }) });
		const trapped = await call(form.actions.default, trap.event);
		expect(trapped.thrown).toMatchObject({ status: 303, location: '/podnety' });
		expect(await latest()).toBeUndefined();
		const ok = fakeEvent({ form: publicForm() });
		const done = await call(form.actions.default, ok.event);
		expect(done.thrown).toMatchObject({ status: 303, location: '/podnety' });
		const s = await latest();
		expect(decodeURIComponent([...ok.jar.values()].join())).toContain(`${s.year}/${s.seq}`);
	});

	it('the public agenda hides unpublished suggestions; their detail is 404', async () => {
		const s = await latest();
		const l = (
			await call(list.load, fakeEvent({ url: 'http://localhost/podnety?stav=x&rok=abc' }).event)
		).value as { total: number };
		expect(l.total).toBe(0);
		const d = await call(detail.load, fakeEvent({ params: { id: s.id } }).event);
		expect(d.thrown).toBeInstanceOf(NotFoundError);
		const bogus = await call(detail.load, fakeEvent({ params: { id: 'nope' } }).event);
		expect(bogus.thrown).toBeInstanceOf(NotFoundError);
	});
});

describe('staff pages', () => {
	it('redirects the public to login, refuses members (403)', async () => {
		for (const page of [admin.load, staffNew.load]) {
			const anon = await call(page, fakeEvent({ url: 'http://localhost/podnety/sprava' }).event);
			expect(anon.thrown).toMatchObject({ status: 303 });
			const m = await call(
				page,
				fakeEvent({ actor: member, url: 'http://localhost/podnety/sprava' }).event
			);
			expect(m.thrown).toBeInstanceOf(ForbiddenError);
		}
		const s = await latest();
		const d = await call(
			staffDetail.load,
			fakeEvent({ actor: member, url: 'http://localhost/x', params: { id: s.id } }).event
		);
		expect(d.thrown).toBeInstanceOf(ForbiddenError);
		const post = await call(
			staffDetail.actions.screen,
			fakeEvent({ actor: member, params: { id: s.id }, form: { version: '1' } }).event
		);
		expect(post.value).toMatchObject({ status: 403 });
		const anonPost = await call(
			staffDetail.actions.screen,
			fakeEvent({ params: { id: s.id }, form: { version: '1' } }).event
		);
		expect(anonPost.value).toMatchObject({ status: 401 });
		const csvAnon = await call(
			csv.GET,
			fakeEvent({ url: 'http://localhost/podnety/sprava/podnety.csv' }).event
		);
		expect(csvAnon.thrown).toMatchObject({ status: 303 });
		const csvMember = await call(
			csv.GET,
			fakeEvent({ actor: member, url: 'http://localhost/podnety/sprava/podnety.csv' }).event
		);
		expect(csvMember.thrown).toMatchObject({ status: 403 });
	});

	it('records a suggestion for someone (400 keeps input, 303 to its detail)', async () => {
		const base = {
			text: 'Z telefonu',
			topic: 'care',
			areaId: orp,
			channel: 'phone',
			receivedOn: '2026-01-05'
		};
		const bad = await call(
			staffNew.actions.default,
			fakeEvent({ actor: coordinator, form: { ...base, channel: 'holub' } }).event
		);
		expect(bad.value).toMatchObject({ status: 400, data: { values: { text: 'Z telefonu' } } });
		const ok = await call(
			staffNew.actions.default,
			fakeEvent({ actor: coordinator, form: base }).event
		);
		expect((ok.thrown as { location: string }).location).toMatch(
			/^\/podnety\/sprava\/[0-9a-f-]{36}$/
		);
		const page = await call(
			staffNew.load,
			fakeEvent({ actor: coordinator, url: 'http://localhost/podnety/sprava/novy?bod=x' }).event
		);
		expect(page.value).toMatchObject({ prefill: null, defaults: { areaId: orp } });
	});

	it('walks the lifecycle through the form actions; invalid steps are 400 in Czech', async () => {
		const s = await latest();
		const id = s.id;
		const act = (name: keyof typeof staffDetail.actions, f: Record<string, string>) =>
			call(
				staffDetail.actions[name],
				fakeEvent({ actor: coordinator, params: { id }, form: f }).event
			);
		const version = async () =>
			String((await db().select().from(suggestions)).find((x) => x.id === id)!.version);
		const early = await act('settle', {
			version: await version(),
			answer: 'x',
			outcome: 'resolved'
		});
		expect(early.value).toMatchObject({ status: 400, data: { values: { _form: 'settle' } } });
		expect((early.value as { data: { message: string } }).data.message).toContain(
			'nelze vypořádat'
		);
		expect((await act('screen', { version: await version() })).thrown).toMatchObject({
			status: 303
		});
		const stale = await act('assign', { version: '1', bodyId: body, dueOn: future });
		expect(stale.value).toMatchObject({ status: 409 });
		expect(
			(await act('assign', { version: await version(), bodyId: body, dueOn: future })).thrown
		).toMatchObject({ status: 303 });
		const noAnswer = await act('settle', {
			version: await version(),
			answer: '',
			outcome: 'resolved'
		});
		expect(noAnswer.value).toMatchObject({
			status: 400,
			data: { errors: { answer: [expect.any(String)] } }
		});
		expect(
			(await act('settle', { version: await version(), answer: 'Vyřešeno.', outcome: 'resolved' }))
				.thrown
		).toMatchObject({ status: 303 });
		expect(
			(
				await act('wording', {
					version: await version(),
					publicText: 'Veřejné znění',
					isPublic: 'on'
				})
			).thrown
		).toMatchObject({ status: 303 });
		expect((await act('publish', { version: await version() })).thrown).toMatchObject({
			status: 303
		});
		const view = (
			await call(
				staffDetail.load,
				fakeEvent({ actor: coordinator, url: 'http://localhost/x', params: { id } }).event
			)
		).value as { s: { status: string }; history: { actionLabel: string }[] };
		expect(view.s.status).toBe('published');
		expect(view.history.map((h) => h.actionLabel)).toContain('zveřejněno');
		const pub = (await call(detail.load, fakeEvent({ params: { id } }).event)).value as {
			s: { text: string; answer: string };
		};
		expect(pub.s).toMatchObject({ text: 'Veřejné znění', answer: 'Vyřešeno.' });
		const agenda = (await call(list.load, fakeEvent({ url: 'http://localhost/podnety' }).event))
			.value as {
			total: number;
		};
		expect(agenda.total).toBe(1);
		const staffList = (
			await call(
				admin.load,
				fakeEvent({ actor: coordinator, url: 'http://localhost/podnety/sprava?stav=published' })
					.event
			)
		).value as { total: number; counts: { total: number } };
		expect(staffList.total).toBe(1);
		expect(staffList.counts.total).toBe(2);
		const file = await call(
			xlsx.GET,
			fakeEvent({ actor: coordinator, url: 'http://localhost/podnety/sprava/podnety.xlsx' }).event
		);
		expect((file.value as Response).headers.get('content-type')).toContain('spreadsheetml');
	});
});

describe('/api/v1/suggestions', () => {
	it('lists only published suggestions to the public, without personal data', async () => {
		const res = await callEndpoint(api.GET as RequestHandler, { url: '/api/v1/suggestions' });
		expect(res.status).toBe(200);
		expect(res.json.total).toBe(1);
		const item = (res.json.items as Record<string, unknown>[])[0];
		expect(item.submitter).toBeNull();
		expect(item.originalText).toBeNull();
		const one = await callEndpoint(apiOne.GET as RequestHandler, {
			url: `/api/v1/suggestions/${item.id}`,
			params: { id: String(item.id) }
		});
		expect(one.status).toBe(200);
		const bad = await callEndpoint(api.GET as RequestHandler, {
			url: '/api/v1/suggestions?topic=x'
		});
		expect(bad.status).toBe(400);
	});

	it('gives staff their working list; 401/403/400 on create', async () => {
		const staff = await callEndpoint(api.GET as RequestHandler, {
			url: '/api/v1/suggestions?status=new',
			actor: coordinator
		});
		expect(staff.json.total).toBe(1);
		const body = {
			text: 'Z dopisu',
			topic: 'housing',
			areaId: orp,
			channel: 'letter',
			receivedOn: '2026-02-01'
		};
		expect(
			(
				await callEndpoint(api.POST as RequestHandler, {
					url: '/api/v1/suggestions',
					method: 'POST',
					body
				})
			).status
		).toBe(401);
		const forbidden = await callEndpoint(api.POST as RequestHandler, {
			url: '/api/v1/suggestions',
			method: 'POST',
			body,
			actor: member
		});
		expect(forbidden.status).toBe(403);
		expect(
			(
				await callEndpoint(api.POST as RequestHandler, {
					url: '/api/v1/suggestions',
					method: 'POST',
					body: { ...body, text: '' },
					actor: coordinator
				})
			).status
		).toBe(400);
		const created = await callEndpoint(api.POST as RequestHandler, {
			url: '/api/v1/suggestions',
			method: 'POST',
			body,
			actor: coordinator
		});
		expect(created.status).toBe(201);
		expect(created.json).toMatchObject({
			status: 'new',
			channel: 'letter',
			originalText: 'Z dopisu'
		});
		const hidden = await callEndpoint(apiOne.GET as RequestHandler, {
			url: `/api/v1/suggestions/${created.json.id}`,
			params: { id: String(created.json.id) }
		});
		expect(hidden.status).toBe(404);
		const asMember = await callEndpoint(apiOne.GET as RequestHandler, {
			url: `/api/v1/suggestions/${created.json.id}`,
			params: { id: String(created.json.id) },
			actor: member
		});
		expect(asMember.status).toBe(404);
	});
});
