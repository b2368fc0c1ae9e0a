import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { outbox } from '#lib/platform/mail/mail.schema.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { plans } from '#lib/modules/plans/index.ts';
import {
	callBody,
	intentionBody,
	intentionFixture,
	type IntentionFixture
} from './intention.testing.server.ts';
import { createCall, getCall, listCalls } from './call.service.server.ts';
import {
	decideIntention,
	getIntention,
	getSubmitForm,
	intentionsForMeasures,
	listIntentions,
	stateIntention,
	submitIntention
} from './intention.service.server.ts';
import { networkIntentions, networkIntentionStatements } from './intention.schema.ts';
import { networkEntries, networkEntryCapacities, networks } from './network.schema.ts';
import { currentNetworkCapacity } from './network.contract.server.ts';

useTestDatabase();

let f: IntentionFixture;
let callId: string;
const nextYear = Number(pragueDay().slice(0, 4)) + 1;

beforeAll(async () => {
	f = await intentionFixture();
	callId = (await createCall(f.krajCoordinator, callBody(f))).id;
});

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
	try {
		await run();
	} catch (e) {
		return e;
	}
	throw new Error('expected an error');
}

describe('calls', () => {
	it('a kraj coordinator opens a call with measures and criteria', async () => {
		const call = await getCall(f.provider, callId);
		expect(call.state).toBe('open');
		expect(call.measures.map((m) => m.id)).toEqual([f.measure]);
		expect(call.criteria.map((c) => c.maxScore)).toEqual([30, 20]);
		expect(call.canManage).toBe(false);
		const list = await listCalls(f.provider, { regionAreaId: f.kraj });
		expect(list.total).toBe(1);
		const history = await listHistory('network.call', callId);
		expect(history.length).toBeGreaterThan(0);
	});

	it('only a coordinator of the kraj opens a call; bad input has Czech messages', async () => {
		expect(await errorOf(() => createCall(ANONYMOUS, callBody(f)))).toBeInstanceOf(
			UnauthorizedError
		);
		expect(await errorOf(() => createCall(f.planCoordinator, callBody(f)))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await errorOf(() => createCall(f.provider, callBody(f)))).toBeInstanceOf(ForbiddenError);
		const e = (await errorOf(() =>
			createCall(f.krajCoordinator, callBody(f, { closesOn: '2000-01-01', title: '' }))
		)) as ValidationError;
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.fields.closesOn[0]).toMatch(/nesmí být dříve/);
		expect(e.fields.title).toBeDefined();
		const area = (await errorOf(() =>
			createCall(f.krajCoordinator, callBody(f, { regionAreaId: f.area }))
		)) as ValidationError;
		expect(area.fields.regionAreaId[0]).toMatch(/kraj/);
	});
});

describe('intentions', () => {
	let intentionId: string;

	it('a provider submits an intention relying on a plan measure; mails go out', async () => {
		const form = await getSubmitForm(f.provider);
		expect(form.organisations.map((o) => o.id)).toEqual([f.organisation]);
		expect(form.services.map((s) => s.id)).toContain(f.service);
		expect(form.measures.map((m) => m.id)).toContain(f.measure);
		const row = await submitIntention(f.provider, intentionBody(f, callId));
		intentionId = row.id;
		expect(row.reference).toMatch(new RegExp(`^RZ-${nextYear}-\\d{4}$`));
		expect(row.status).toBe('submitted');
		expect(row.planAreaId).toBe(f.area);
		expect(row.year).toBe(nextYear);
		const detail = await getIntention(f.provider, row.id);
		expect(detail.capacity).toEqual([{ form: 'pob', unit: 'beds', delta: 30 }]);
		expect(detail.funding.map((x) => x.amount).sort()).toEqual([2500000.5, 6000000]);
		expect(detail.evidence).toHaveLength(2);
		expect(detail.costEstimate).toBe(12500000);
		expect(detail.canState).toBe(false);
		expect(detail.history[0].action).toBe('create');
		const mails = await db().select().from(outbox).where(like(outbox.kind, 'network.intentions.%'));
		expect(mails.map((m) => m.to)).toContain(f.provider.kind === 'user' ? f.provider.email : '');
	});

	it('lists by role', async () => {
		expect((await listIntentions(f.provider)).rows.map((r) => r.id)).toContain(intentionId);
		expect((await listIntentions(f.planCoordinator)).rows.map((r) => r.id)).toContain(intentionId);
		expect((await listIntentions(f.krajCoordinator)).rows.map((r) => r.id)).toContain(intentionId);
		expect((await listIntentions(f.otherCoordinator)).total).toBe(0);
		expect(await errorOf(() => getIntention(f.otherCoordinator, intentionId))).toBeInstanceOf(
			ForbiddenError
		);
	});

	it('refuses a measure of an expired plan, a closed call, an unknown service; nothing written', async () => {
		const before = (await db().select().from(networkIntentions)).length;
		const expired = (await errorOf(() =>
			submitIntention(f.provider, intentionBody(f, callId, { measureId: f.expiredMeasure }))
		)) as ValidationError;
		expect(expired).toBeInstanceOf(ValidationError);
		expect(expired.fields.measureId[0]).toMatch(/období skončilo/);

		const closed = await createCall(
			f.krajCoordinator,
			callBody(f, { opensOn: '2020-01-01', closesOn: '2020-02-01', title: 'Stará výzva' })
		);
		const window = (await errorOf(() =>
			submitIntention(f.provider, intentionBody(f, closed.id))
		)) as ValidationError;
		expect(window.fields.callId[0]).toMatch(/přijímá záměry od 1\. 1\. 2020 do 1\. 2\. 2020/);

		const notOwn = (await errorOf(() =>
			submitIntention(
				f.provider,
				intentionBody(f, callId, { changeType: 'increase', serviceId: crypto.randomUUID() })
			)
		)) as ValidationError;
		expect(notOwn.fields.serviceId).toBeDefined();

		const kind = (await errorOf(() =>
			submitIntention(f.provider, intentionBody(f, callId, { kindCode: '39' }))
		)) as ValidationError;
		expect(kind.fields.kindCode[0]).toMatch(/jen pro druhy/);

		expect((await db().select().from(networkIntentions)).length).toBe(before);
	});

	it('refuses a decrease larger than the current network capacity', async () => {
		const e = (await errorOf(() =>
			submitIntention(
				f.provider,
				intentionBody(f, null, {
					type: 'B',
					changeType: 'decrease',
					serviceId: f.service,
					plannedName: null,
					capacity: [{ form: 'pob', delta: '-5' }]
				})
			)
		)) as ValidationError;
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.fields.cap_pob[0]).toMatch(/větší než současná kapacita/);
	});

	it('only the provider or a coordinator of a municipality submits', async () => {
		expect(
			await errorOf(() => submitIntention(ANONYMOUS, intentionBody(f, callId)))
		).toBeInstanceOf(UnauthorizedError);
		expect(
			await errorOf(() => submitIntention(f.otherCoordinator, intentionBody(f, callId)))
		).toBeInstanceOf(ForbiddenError);
		expect(
			await errorOf(() => submitIntention(f.planCoordinator, intentionBody(f, callId)))
		).toBeInstanceOf(ForbiddenError);
		const row = await submitIntention(
			f.planCoordinator,
			intentionBody(f, callId, { organisationId: f.municipality })
		);
		expect(row.organisationId).toBe(f.municipality);
	});

	it('the statement is issued only by the coordinator of the plan area', async () => {
		const body = { verdict: 'consistent', reasons: 'Odpovídá opatření 1.1.', version: 1 };
		const e = (await errorOf(() =>
			stateIntention(f.otherCoordinator, intentionId, body)
		)) as ForbiddenError;
		expect(e).toBeInstanceOf(ForbiddenError);
		expect(e.message).toMatch(/koordinátor území/);
		expect(await errorOf(() => stateIntention(f.provider, intentionId, body))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await errorOf(() => stateIntention(ANONYMOUS, intentionId, body))).toBeInstanceOf(
			UnauthorizedError
		);
		const bad = (await errorOf(() =>
			stateIntention(f.planCoordinator, intentionId, { verdict: 'x', reasons: '', version: 1 })
		)) as ValidationError;
		expect(Object.keys(bad.fields).sort()).toEqual(['reasons', 'verdict']);
		expect((await getIntention(f.planCoordinator, intentionId)).canState).toBe(true);
		await stateIntention(f.planCoordinator, intentionId, {
			...body,
			resolutionText: 'PS Senioři 3/2025'
		});
		const detail = await getIntention(f.krajCoordinator, intentionId);
		expect(detail.status).toBe('stated');
		expect(detail.statement?.verdict).toBe('consistent');
		expect(detail.canDecide).toBe(true);
		expect(
			await errorOf(() => stateIntention(f.planCoordinator, intentionId, body))
		).toBeInstanceOf(ConflictError);
		expect(
			(
				await db()
					.select()
					.from(networkIntentionStatements)
					.where(eq(networkIntentionStatements.intentionId, intentionId))
			).length
		).toBe(1);
	});

	it('a decision needs the resolution reference and scores within the maximum', async () => {
		const detail = await getIntention(f.krajCoordinator, intentionId);
		const base = {
			outcome: 'approved',
			categoryCode: 'rozvojova',
			fromYear: String(nextYear),
			decidedOn: pragueDay(),
			version: detail.version
		};
		const noRef = (await errorOf(() =>
			decideIntention(f.krajCoordinator, intentionId, { ...base, decisionRef: '' })
		)) as ValidationError;
		expect(noRef.fields.decisionRef[0]).toMatch(/usnesení/);
		const tooMany = (await errorOf(() =>
			decideIntention(f.krajCoordinator, intentionId, {
				...base,
				decisionRef: 'R/1',
				scores: [{ criterionId: detail.scores[0].criterionId, score: 31 }]
			})
		)) as ValidationError;
		expect(Object.values(tooMany.fields)[0][0]).toMatch(/nejvýše 30/);
		expect(
			await errorOf(() =>
				decideIntention(f.planCoordinator, intentionId, { ...base, decisionRef: 'R/1' })
			)
		).toBeInstanceOf(ForbiddenError);
		expect((await getIntention(f.krajCoordinator, intentionId)).status).toBe('stated');
	});

	it('an approval puts the capacity into the network of the year', async () => {
		const detail = await getIntention(f.krajCoordinator, intentionId);
		await decideIntention(f.krajCoordinator, intentionId, {
			outcome: 'approved',
			categoryCode: 'rozvojova',
			fromYear: String(nextYear),
			decisionRef: 'usnesení Rady kraje č. 0456/R12/25',
			decidedOn: pragueDay(),
			scores: detail.scores.map((s) => ({ criterionId: s.criterionId, score: 10 })),
			version: detail.version
		});
		const after = await getIntention(f.provider, intentionId);
		expect(after.status).toBe('approved');
		expect(after.decision?.networkEntryId).toBeTruthy();
		expect(after.scores.map((s) => s.score)).toEqual([10, 10]);
		const [network] = await db()
			.select()
			.from(networks)
			.where(and(eq(networks.regionAreaId, f.kraj), eq(networks.year, nextYear)));
		expect(network).toBeDefined();
		const [entry] = await db()
			.select()
			.from(networkEntries)
			.where(eq(networkEntries.intentionId, intentionId));
		expect(entry.plannedName).toBe('Domov pro seniory – nové křídlo');
		const caps = await db()
			.select()
			.from(networkEntryCapacities)
			.where(eq(networkEntryCapacities.entryId, entry.id));
		expect(caps.map((c) => [c.form, Number(c.amount)])).toEqual([['pob', 30]]);
		const relying = await intentionsForMeasures([f.measure], { approvedOnly: true });
		expect(relying.map((r) => r.id)).toEqual([intentionId]);
		const history = await listHistory('network.intention', intentionId);
		expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['state', 'decide']));
	});

	it('a decrease within the network capacity is accepted and applied', async () => {
		// put the service into the network first (approved increase)
		const inc = await submitIntention(
			f.provider,
			intentionBody(f, callId, {
				changeType: 'increase',
				serviceId: f.service,
				plannedName: null,
				capacity: [{ form: 'pob', delta: '10' }]
			})
		);
		await stateIntention(f.planCoordinator, inc.id, {
			verdict: 'partly',
			reasons: 'Částečně.',
			version: 1
		});
		await decideIntention(f.krajCoordinator, inc.id, {
			outcome: 'approved',
			categoryCode: 'zakladni',
			fromYear: String(nextYear),
			decisionRef: 'R/2',
			decidedOn: pragueDay(),
			version: 2
		});
		expect(await currentNetworkCapacity(f.service, f.kraj, nextYear)).toEqual([
			{ form: 'pob', unit: 'beds', amount: 10 }
		]);
		const dec = await submitIntention(
			f.provider,
			intentionBody(f, null, {
				type: 'B',
				changeType: 'decrease',
				serviceId: f.service,
				plannedName: null,
				startDate: `${nextYear}-06-01`,
				capacity: [{ form: 'pob', delta: '-4' }]
			})
		);
		expect(dec.status).toBe('submitted');
	});

	it('a rejection changes no network; expired plans after archiving are refused', async () => {
		const row = await submitIntention(f.provider, intentionBody(f, callId));
		await stateIntention(f.planCoordinator, row.id, {
			verdict: 'not_consistent',
			reasons: 'Mimo plán.',
			version: 1
		});
		await decideIntention(f.krajCoordinator, row.id, {
			outcome: 'rejected',
			decisionRef: 'R/3',
			decidedOn: pragueDay(),
			version: 2
		});
		const [entry] = await db()
			.select()
			.from(networkEntries)
			.where(eq(networkEntries.intentionId, row.id));
		expect(entry).toBeUndefined();
		expect((await getIntention(f.provider, row.id)).status).toBe('rejected');

		await db().update(plans).set({ status: 'archived' }).where(eq(plans.id, f.plan));
		const e = (await errorOf(() =>
			submitIntention(f.provider, intentionBody(f, callId))
		)) as ValidationError;
		expect(e.fields.measureId[0]).toMatch(/archivovaný/);
		await db().update(plans).set({ status: 'in_force' }).where(eq(plans.id, f.plan));
	});
});
