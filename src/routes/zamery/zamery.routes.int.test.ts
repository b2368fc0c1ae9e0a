import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { createCall } from '#lib/modules/network/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the network module, kept out of its public door
import {
	callBody,
	intentionBody,
	intentionFixture,
	type IntentionFixture
} from '#lib/modules/network/intention.testing.server.ts';
import { load as listLoad } from './+page.server.ts';
import { actions as newActions, load as newLoad } from './novy/+page.server.ts';
import { actions as detailActions, load as detailLoad } from './[id]/+page.server.ts';
import { load as callsLoad } from './vyzvy/+page.server.ts';
import { actions as newCallActions, load as newCallLoad } from './vyzvy/nova/+page.server.ts';
import { load as callLoad } from './vyzvy/[id]/+page.server.ts';

useTestDatabase();

let f: IntentionFixture;
let callId: string;
beforeAll(async () => {
	f = await intentionFixture();
	callId = (await createCall(f.krajCoordinator, callBody(f))).id;
});

type Thrown = { status?: number; location?: string };
const statusOf = (r: { value?: unknown; thrown?: unknown }) =>
	(r.thrown as Thrown | undefined)?.status ?? (r.value as { status?: number } | undefined)?.status;

function run(
	fn: (e: never) => unknown,
	actor: Actor,
	params: Record<string, string> = {},
	form?: Record<string, string | string[]>
) {
	const { event } = fakeEvent({ actor, params, url: 'http://localhost/zamery', form });
	return outcome(() => fn(event as never));
}

/** The flat form of a valid intention answering the call. */
function flatForm(overrides: Record<string, string> = {}): Record<string, string> {
	const b = intentionBody(f, callId);
	return {
		type: 'A',
		callId,
		organisationId: f.organisation,
		plannedName: String(b.plannedName),
		kindCode: '49',
		changeType: 'new_service',
		startDate: String(b.startDate),
		costEstimate: '12 500 000',
		justification: 'Pořadník přes 200 žadatelů.',
		measureId: f.measure,
		cap_pob: '30',
		fund_state_101a: '6 000 000',
		ev_kind_1: 'waiting_list',
		ev_desc_1: 'Pořadník',
		ev_count_1: '212',
		...overrides
	};
}

describe('/zamery pages', () => {
	it('anonymous users are sent to the login page', async () => {
		for (const load of [listLoad, newLoad, callsLoad, newCallLoad]) {
			const r = await run(load as never, ANONYMOUS);
			expect(statusOf(r)).toBe(303);
			expect((r.thrown as Thrown).location).toMatch(/^\/prihlaseni/);
		}
		expect(statusOf(await run(detailLoad as never, ANONYMOUS, { id: callId }))).toBe(303);
	});

	it('403 for a wrong role, 400 with Czech errors on bad input, 303 on success', async () => {
		expect(statusOf(await run(newLoad as never, f.member))).toBe(403);
		expect(statusOf(await run(newCallLoad as never, f.provider))).toBe(403);
		expect(statusOf(await run(callLoad as never, f.provider, { id: callId }))).toBeUndefined();

		const bad = await run(
			newActions.default as never,
			f.provider,
			{},
			flatForm({ cap_pob: 'hodně', ev_desc_1: '', ev_kind_1: 'x', ev_count_1: '5' })
		);
		expect(statusOf(bad)).toBe(400);
		const errors = (bad.value as { data: { errors: Record<string, string[]> } }).data.errors;
		expect(errors.cap_pob).toBeDefined();
		expect(errors.ev_desc_1).toBeDefined();

		const expired = await run(
			newActions.default as never,
			f.provider,
			{},
			flatForm({ measureId: f.expiredMeasure })
		);
		expect(statusOf(expired)).toBe(400);

		const ok = await run(newActions.default as never, f.provider, {}, flatForm());
		expect(statusOf(ok)).toBe(303);
		const id = (ok.thrown as Thrown).location!.split('/').pop()!;

		expect(statusOf(await run(detailLoad as never, f.otherCoordinator, { id }))).toBe(403);
		const foreign = await run(
			detailActions.state as never,
			f.otherCoordinator,
			{ id },
			{
				verdict: 'consistent',
				reasons: 'Ano.',
				version: '1'
			}
		);
		expect(statusOf(foreign)).toBe(403);
		const noReason = await run(
			detailActions.state as never,
			f.planCoordinator,
			{ id },
			{
				verdict: 'consistent',
				reasons: '',
				version: '1'
			}
		);
		expect(statusOf(noReason)).toBe(400);
		const stated = await run(
			detailActions.state as never,
			f.planCoordinator,
			{ id },
			{
				verdict: 'consistent',
				reasons: 'V souladu s opatřením 1.1.',
				version: '1'
			}
		);
		expect(statusOf(stated)).toBe(303);
		const noRef = await run(
			detailActions.decide as never,
			f.krajCoordinator,
			{ id },
			{
				outcome: 'approved',
				categoryCode: 'rozvojova',
				fromYear: '2030',
				decisionRef: '',
				decidedOn: '2030-01-01',
				version: '2'
			}
		);
		expect(statusOf(noRef)).toBe(400);
		const decided = await run(
			detailActions.decide as never,
			f.krajCoordinator,
			{ id },
			{
				outcome: 'approved',
				categoryCode: 'rozvojova',
				fromYear: String(new Date().getFullYear() + 1),
				decisionRef: 'usnesení č. 1/25',
				decidedOn: '2030-01-01',
				version: '2'
			}
		);
		expect(statusOf(decided)).toBe(303);
		const detail = (await run(detailLoad as never, f.provider, { id })).value as {
			intention: { status: string };
		};
		expect(detail.intention.status).toBe('approved');

		const list = (await run(listLoad as never, f.provider)).value as { total: number };
		expect(list.total).toBe(1);
		const calls = (await run(callsLoad as never, f.krajCoordinator)).value as {
			canCreate: boolean;
		};
		expect(calls.canCreate).toBe(true);
		const badCall = await run(
			newCallActions.default as never,
			f.krajCoordinator,
			{},
			{
				regionAreaId: f.kraj,
				title: '',
				year: 'x',
				opensOn: '2030-01-01',
				closesOn: '2029-01-01',
				criterion_name_0: 'Soulad',
				criterion_max_0: 'nic'
			}
		);
		expect(statusOf(badCall)).toBe(400);
		const callErrors = (badCall.value as { data: { errors: Record<string, string[]> } }).data
			.errors;
		expect(Object.keys(callErrors).sort()).toEqual(['criterion_max_0', 'title', 'year']);
		expect(
			statusOf(await run(newCallActions.default as never, f.provider, {}, { regionAreaId: f.kraj }))
		).toBe(400);
	});
});
