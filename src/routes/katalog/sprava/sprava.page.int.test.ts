/**
 * Catalogue administration and provider pages: login redirect, 403 for wrong roles, 400 with kept
 * input, success with flash and redirect, the diff page and the provider's proposal form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { organisations } from '#lib/modules/organisation/index.ts';
import { services } from '#lib/modules/catalogue/index.ts';
/* eslint-disable no-restricted-imports -- test-only fixture of the catalogue module */
import {
	createCatalogueFixture,
	type CatalogueFixture
} from '#lib/modules/catalogue/hsds.testing.server.ts';
/* eslint-enable no-restricted-imports */
import * as overview from './+page.server.ts';
import * as create from './sluzby/nova/+page.server.ts';
import * as service from './sluzby/[id]/+page.server.ts';
import * as review from './upravy/[id]/+page.server.ts';
import * as mine from '../moje-sluzby/+page.server.ts';
import * as myService from '../moje-sluzby/[id]/+page.server.ts';

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

let f: CatalogueFixture;
let coordinator: Actor;
let provider: Actor;
let otherProvider: Actor;
let member: Actor;

const form = {
	ico: '00262978',
	providerName: 'Statutární město Liberec',
	name: 'Dluhová poradna',
	kindText: 'dluhové poradenství',
	forms: ['amb', 'ter'],
	city: 'Liberec',
	territory: 'orp:5105'
};

beforeAll(async () => {
	const [org, other] = await db()
		.insert(organisations)
		.values([
			{ name: 'Pohoda', type: 'poskytovatel' },
			{ name: 'Jiná', type: 'poskytovatel' }
		])
		.returning({ id: organisations.id });
	f = await createCatalogueFixture({ organisationId: org.id });
	coordinator = user({ role: 'coordinator', areaId: randomUUID() });
	provider = user({ role: 'provider', organisationId: org.id });
	otherProvider = user({ role: 'provider', organisationId: other.id });
	member = user({ role: 'member', bodyId: randomUUID() });
});

describe('/katalog/sprava', () => {
	it('redirects the public to login and refuses other roles', async () => {
		const anon = await call(
			overview.load,
			fakeEvent({ url: 'http://localhost/katalog/sprava' }).event
		);
		expect(anon.thrown).toMatchObject({
			status: 303,
			location: '/prihlaseni?next=%2Fkatalog%2Fsprava'
		});
		for (const actor of [member, provider]) {
			const res = await call(
				overview.load,
				fakeEvent({ actor, url: 'http://localhost/katalog/sprava' }).event
			);
			expect(res.thrown).toBeInstanceOf(ForbiddenError);
			const newPage = await call(
				create.load,
				fakeEvent({ actor, url: 'http://localhost/x' }).event
			);
			expect(newPage.thrown).toBeInstanceOf(ForbiddenError);
			const post = await call(create.actions.default, fakeEvent({ actor, form }).event);
			expect(post.value).toMatchObject({ status: 403 });
		}
		expect((await call(create.actions.default, fakeEvent({ form }).event)).value).toMatchObject({
			status: 401
		});
	});

	it('adds a service (400 keeps input, then 303 with flash), edits, confirms', async () => {
		const bad = await call(
			create.actions.default,
			fakeEvent({ actor: coordinator, form: { ...form, ico: '00262979' } }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				values: { name: 'Dluhová poradna', forms: ['amb', 'ter'] },
				errors: { ico: [expect.any(String)] }
			}
		});
		const { event, jar } = fakeEvent({ actor: coordinator, form });
		const ok = await call(create.actions.default, event);
		const location = (ok.thrown as { location: string }).location;
		expect(location).toMatch(/^\/katalog\/sprava\/sluzby\/[0-9a-f-]{36}$/);
		expect([...jar.values()].join()).toContain('Dluhov');
		const id = location.split('/').pop()!;

		const view = (
			await call(
				service.load,
				fakeEvent({ actor: coordinator, params: { id }, url: 'http://localhost/x' }).event
			)
		).value as {
			service: { manual: boolean; version: number; territory: string };
			formValues: { forms: string[] };
			history: unknown[];
		};
		expect(view.service).toMatchObject({ manual: true, territory: 'ORP Liberec (Liberecký kraj)' });
		expect(view.formValues.forms).toEqual(['amb', 'ter']);
		expect(view.history).toHaveLength(1);

		const stale = await call(
			service.actions.save,
			fakeEvent({
				actor: coordinator,
				params: { id },
				form: { ...form, name: 'Nový název', version: '7' }
			}).event
		);
		expect(stale.value).toMatchObject({ status: 409 });
		const saved = await call(
			service.actions.save,
			fakeEvent({
				actor: coordinator,
				params: { id },
				form: { ...form, name: 'Nový název', version: '1' }
			}).event
		);
		expect(saved.thrown).toMatchObject({ status: 303 });
		const confirmed = await call(
			service.actions.confirm,
			fakeEvent({ actor: coordinator, params: { id }, form: { version: '2' } }).event
		);
		expect(confirmed.thrown).toMatchObject({ status: 303 });
		const bogus = await call(
			service.actions.confirm,
			fakeEvent({ actor: coordinator, params: { id }, form: { version: 'x' } }).event
		);
		expect(bogus.value).toMatchObject({ status: 400 });
		const forbidden = await call(
			service.actions.confirm,
			fakeEvent({ actor: provider, params: { id }, form: { version: '3' } }).event
		);
		expect(forbidden.value).toMatchObject({ status: 403 });
	});
});

describe('provider edit pages', () => {
	it('lists own services, proposes (400/403/303), coordinator reviews and approves', async () => {
		const list = (
			await call(mine.load, fakeEvent({ actor: provider, url: 'http://localhost/x' }).event)
		).value as { rows: { id: string }[] };
		expect(list.rows.map((r) => r.id)).toEqual([f.homeId]);
		expect(
			(await call(mine.load, fakeEvent({ actor: member, url: 'http://localhost/x' }).event)).thrown
		).toBeInstanceOf(ForbiddenError);
		const other = await call(
			myService.load,
			fakeEvent({ actor: otherProvider, params: { id: f.homeId }, url: 'http://localhost/x' }).event
		);
		expect(other.thrown).toBeInstanceOf(ForbiddenError);
		const edit = {
			description: 'Nový popis',
			email: 'domov@pohoda.example',
			phone: '485 000 222',
			web: 'https://pohoda.example/domov'
		};
		const bad = await call(
			myService.actions.default,
			fakeEvent({ actor: provider, params: { id: f.homeId }, form: { ...edit, email: 'x' } }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { values: { description: 'Nový popis' } }
		});
		const foreign = await call(
			myService.actions.default,
			fakeEvent({ actor: otherProvider, params: { id: f.homeId }, form: edit }).event
		);
		expect(foreign.value).toMatchObject({ status: 403 });
		const ok = await call(
			myService.actions.default,
			fakeEvent({ actor: provider, params: { id: f.homeId }, form: edit }).event
		);
		expect(ok.thrown).toMatchObject({ status: 303, location: `/katalog/moje-sluzby/${f.homeId}` });

		const admin = (
			await call(overview.load, fakeEvent({ actor: coordinator, url: 'http://localhost/x' }).event)
		).value as { pendingEdits: { id: string; fields: string[] }[] };
		expect(admin.pendingEdits).toHaveLength(1);
		expect(admin.pendingEdits[0].fields).toEqual(['description']);
		const editId = admin.pendingEdits[0].id;
		const diff = (
			await call(
				review.load,
				fakeEvent({ actor: coordinator, params: { id: editId }, url: 'http://localhost/x' }).event
			)
		).value as { diff: { field: string; proposed: string }[] };
		expect(diff.diff).toEqual([
			expect.objectContaining({ field: 'description', proposed: 'Nový popis' })
		]);
		expect(
			(
				await call(
					review.load,
					fakeEvent({ actor: provider, params: { id: editId }, url: 'http://localhost/x' }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
		const noReason = await call(
			review.actions.reject,
			fakeEvent({ actor: coordinator, params: { id: editId }, form: { version: '1', reason: '' } })
				.event
		);
		expect(noReason.value).toMatchObject({ status: 400 });
		const approved = await call(
			review.actions.approve,
			fakeEvent({ actor: coordinator, params: { id: editId }, form: { version: '1' } }).event
		);
		expect(approved.thrown).toMatchObject({ status: 303, location: '/katalog/sprava' });
		const [row] = await db().select().from(services).where(eq(services.id, f.homeId));
		expect(row.description).toBe('Nový popis');
	});
});
