import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { createConsultation, getConsultationAdmin } from '#lib/modules/participation/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the participation module, kept out of its public door
import {
	consultationFixture,
	planConsultationInput,
	type ConsultationFixture
} from '#lib/modules/participation/consultation.testing.server.ts';
import { load as listLoad } from './+page.server.ts';
import { actions as publicActions, load as publicLoad } from './[id]/+page.server.ts';
import { load as settlementLoad } from './[id]/vyporadani/+page.server.ts';
import { GET as settlementDocx } from './[id]/vyporadani.docx/+server.ts';
import { load as adminListLoad } from './sprava/+page.server.ts';
import { actions as newActions, load as newLoad } from './sprava/nove/+page.server.ts';
import { actions as adminActions, load as adminLoad } from './sprava/[id]/+page.server.ts';
import {
	actions as settleActions,
	load as settleLoad
} from './sprava/[id]/pripominky/[commentId]/+page.server.ts';

useTestDatabase();

type Thrown = { status?: number; location?: string };
const statusOf = (r: { value?: unknown; thrown?: unknown }) =>
	(r.thrown as Thrown | undefined)?.status ?? (r.value as { status?: number } | undefined)?.status;

function run(
	fn: unknown,
	actor: Actor,
	params: Record<string, string> = {},
	form?: Record<string, string | string[]>
) {
	const { event, jar } = fakeEvent({ actor, params, url: 'http://localhost/pripominkovani', form });
	return { result: outcome(() => (fn as (e: never) => unknown)(event as never)), jar };
}

let f: ConsultationFixture;
let openId: string;
let closedId: string;
beforeAll(async () => {
	f = await consultationFixture();
	openId = (await createConsultation(f.coordinator, planConsultationInput(f))).id;
	closedId = (await createConsultation(f.coordinator, planConsultationInput(f, 'closed'))).id;
});

describe('public consultation pages', () => {
	it('lists and shows consultations without login; 404 for unknown', async () => {
		const list = await run(listLoad, ANONYMOUS).result;
		expect((list.value as { rows: unknown[] }).rows.length).toBe(2);
		const page = await run(publicLoad, ANONYMOUS, { id: openId }).result;
		expect((page.value as { phase: string }).phase).toBe('open');
		expect(statusOf(await run(publicLoad, ANONYMOUS, { id: 'nic' }).result)).toBe(404);
	});

	it('accepts a comment (303 + flash), keeps input on 400, refuses after close', async () => {
		const ok = run(publicActions.comment, ANONYMOUS, { id: openId }, { text: 'Dobrý návrh.' });
		const done = await ok.result;
		expect((done.thrown as Thrown).status).toBe(303);
		const bad = await run(
			publicActions.comment,
			ANONYMOUS,
			{ id: openId },
			{
				text: '',
				authorName: 'Eva'
			}
		).result;
		expect(statusOf(bad)).toBe(400);
		expect((bad.value as { data: { values: { authorName: string } } }).data.values.authorName).toBe(
			'Eva'
		);
		const late = await run(publicActions.comment, ANONYMOUS, { id: closedId }, { text: 'Pozdě' })
			.result;
		expect(statusOf(late)).toBe(400);
		expect((late.value as { data: { message: string } }).data.message).toMatch(/skončilo/);
	});

	it('settlement page and download: 404 before publication for the public', async () => {
		expect(statusOf(await run(settlementLoad, ANONYMOUS, { id: closedId }).result)).toBe(404);
		const mine = await run(settlementLoad, f.coordinator, { id: closedId }).result;
		expect((mine.value as { published: boolean }).published).toBe(false);
		const res = await outcome(() =>
			settlementDocx({ params: { id: closedId }, locals: { actor: ANONYMOUS } } as never)
		);
		expect((res.thrown as Thrown).status).toBe(404);
	});
});

describe('administration pages', () => {
	it('401 (login redirect) for the anonymous, 403 for a member', async () => {
		for (const [fn, params] of [
			[adminListLoad, {}],
			[newLoad, {}],
			[adminLoad, { id: openId }]
		] as const) {
			const anon = await run(fn, ANONYMOUS, params).result;
			expect((anon.thrown as Thrown).location).toContain('/prihlaseni');
			expect(statusOf(await run(fn, f.member, params).result)).toBe(403);
		}
		expect(
			statusOf(await run(adminActions.comment, f.member, { id: openId }, { text: 'x' }).result)
		).toBe(403);
		expect(statusOf(await run(newActions.default, ANONYMOUS, {}, { source: 'plan' }).result)).toBe(
			401
		);
	});

	it('creates (400 on bad input, 303 on success), enters and settles comments', async () => {
		const bad = await run(newActions.default, f.coordinator, {}, { source: 'document', title: '' })
			.result;
		expect(statusOf(bad)).toBe(400);
		const created = await run(
			newActions.default,
			f.coordinator,
			{},
			{
				...(planConsultationInput(f, 'closed') as Record<string, string>)
			}
		).result;
		expect((created.thrown as Thrown).status).toBe(303);
		const entry = await run(
			adminActions.comment,
			f.coordinator,
			{ id: closedId },
			{
				channel: 'paper',
				receivedOn: planConsultationInput(f, 'closed').closesOn as string,
				text: 'Dopis včas.'
			}
		).result;
		expect((entry.thrown as Thrown).status).toBe(303);
		const view = await getConsultationAdmin(f.coordinator, closedId);
		const comment = view.comments[0];
		const params = { id: closedId, commentId: comment.id };
		expect(statusOf(await run(settleLoad, f.member, params).result)).toBe(403);
		const noReason = await run(settleActions.default, f.coordinator, params, {
			status: 'accepted',
			justification: '',
			version: String(comment.version)
		}).result;
		expect(statusOf(noReason)).toBe(400);
		const settled = await run(settleActions.default, f.coordinator, params, {
			status: 'noted',
			justification: 'Bereme na vědomí.',
			version: String(comment.version)
		}).result;
		expect((settled.thrown as Thrown).status).toBe(303);
		const stale = await run(settleActions.default, f.coordinator, params, {
			status: 'noted',
			justification: 'Znovu.',
			version: String(comment.version)
		}).result;
		expect(statusOf(stale)).toBe(409);
		const published = await run(
			adminActions.publish,
			f.coordinator,
			{ id: closedId },
			{
				version: String(view.consultation.version)
			}
		).result;
		expect((published.thrown as Thrown).status).toBe(303);
		const pub = await run(settlementLoad, ANONYMOUS, { id: closedId }).result;
		expect((pub.value as { rows: unknown[] }).rows.length).toBe(1);
	});
});
