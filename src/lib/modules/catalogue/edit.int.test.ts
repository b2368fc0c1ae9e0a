/** Provider edits: propose (own services only), nothing public until approval, approve/reject, locking, mail. */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { outbox } from '#lib/platform/mail/mail.schema.ts';
import { organisations } from '#lib/modules/organisation/index.ts';
import { services } from './catalogue.schema.ts';
import { createCatalogueFixture, type CatalogueFixture } from './hsds.testing.server.ts';
import {
	approveServiceEdit,
	getMyService,
	getServiceEditReview,
	listMyServices,
	proposeServiceEdit,
	rejectServiceEdit
} from './edit.service.server.ts';
import { getCatalogueAdminOverview } from './manual.service.server.ts';
import { hsdsGetService } from './hsds.service.server.ts';

useTestDatabase();

const fakeUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Koordinátorka Testová',
	email: 'k@souhra.example',
	grants
});

let coordinator: Actor;
let provider: Actor;
let otherProvider: Actor;
let f: CatalogueFixture;
let providerEmail: string;

beforeAll(async () => {
	const [org, other] = await db()
		.insert(organisations)
		.values([
			{ name: 'Domov Pohoda', type: 'poskytovatel' },
			{ name: 'Jiný poskytovatel', type: 'poskytovatel' }
		])
		.returning({ id: organisations.id });
	f = await createCatalogueFixture({ organisationId: org.id });
	coordinator = fakeUser({ role: 'coordinator', areaId: randomUUID() });
	const p = await createTestUser({
		name: 'Lucie Poskytovatelová',
		grants: [{ role: 'provider', organisationId: org.id }]
	});
	provider = p.actor;
	providerEmail = p.user.email;
	otherProvider = (
		await createTestUser({ grants: [{ role: 'provider', organisationId: other.id }] })
	).actor;
});

const description = async (id: string) =>
	(await db().select().from(services).where(eq(services.id, id)))[0];

describe('proposeServiceEdit', () => {
	it('lets a provider propose changes of its own service only', async () => {
		await expect(
			proposeServiceEdit(otherProvider, f.homeId, { description: 'Cizí' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			proposeServiceEdit(ANONYMOUS, f.homeId, { description: 'x' })
		).rejects.toBeInstanceOf(UnauthorizedError);
		// The provider of service B (no linked organisation) cannot be edited by this provider either.
		await expect(
			proposeServiceEdit(provider, f.adviceId, { description: 'x' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			proposeServiceEdit(provider, f.homeId, { email: 'spatne' })
		).rejects.toBeInstanceOf(ValidationError);
		const before = await description(f.homeId);
		await expect(
			proposeServiceEdit(provider, f.homeId, { description: before.description })
		).rejects.toBeInstanceOf(ValidationError);
	});

	it('keeps the public record unchanged until approval, then publishes it', async () => {
		const before = await description(f.homeId);
		const edit = await proposeServiceEdit(provider, f.homeId, {
			description: 'Nový popis domova.',
			phone: '485 111 222'
		});
		expect(edit).toMatchObject({
			status: 'pending',
			changes: { description: 'Nový popis domova.', phone: '485 111 222' }
		});
		expect((await description(f.homeId)).description).toBe(before.description);
		const hsds = await hsdsGetService(ANONYMOUS, f.homeId);
		expect(hsds.description).toBe(before.description);

		const mine = await listMyServices(provider);
		expect(mine.rows.map((r) => [r.id, r.pending])).toEqual([[f.homeId, 1]]);
		expect((await listMyServices(otherProvider)).rows).toEqual([]);
		const overview = await getCatalogueAdminOverview(coordinator);
		expect(overview.pendingEdits.map((e) => e.id)).toContain(edit.id);
		expect(overview.pendingEdits.find((e) => e.id === edit.id)).toMatchObject({
			proposedByName: 'Lucie Poskytovatelová',
			fields: ['description', 'phone']
		});

		const review = await getServiceEditReview(coordinator, edit.id);
		expect(review.diff).toEqual([
			{ field: 'description', current: before.description, proposed: 'Nový popis domova.' },
			{ field: 'phone', current: '485 000 222', proposed: '485 111 222' }
		]);
		await expect(getServiceEditReview(provider, edit.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(approveServiceEdit(provider, edit.id, { version: 1 })).rejects.toBeInstanceOf(
			ForbiddenError
		);

		const approved = await approveServiceEdit(coordinator, edit.id, { version: edit.version });
		expect(approved.status).toBe('approved');
		const after = await description(f.homeId);
		expect(after).toMatchObject({
			description: 'Nový popis domova.',
			phone: '485 111 222',
			version: before.version + 1
		});
		expect(
			(after.contacts as { type: string; value: string }[]).find((c) => c.type === 'phone')
		).toMatchObject({
			value: '485 111 222',
			note: 'recepce'
		});
		expect((await hsdsGetService(ANONYMOUS, f.homeId)).description).toBe('Nový popis domova.');

		// A second decision with the same (stale) version is a conflict.
		await expect(
			approveServiceEdit(coordinator, edit.id, { version: edit.version })
		).rejects.toBeInstanceOf(ConflictError);
		await expect(
			rejectServiceEdit(coordinator, edit.id, { version: approved.version, reason: 'x' })
		).rejects.toBeInstanceOf(ConflictError);

		const mail = await db().select().from(outbox).where(eq(outbox.to, providerEmail));
		expect(mail.map((m) => m.subject)).toEqual([expect.stringContaining('byla schválena')]);
		const my = await getMyService(provider, f.homeId);
		expect(my.edits[0]).toMatchObject({ id: edit.id, status: 'approved' });
	});

	it('rejects with a reason; nothing changes', async () => {
		const edit = await proposeServiceEdit(provider, f.homeId, { web: 'https://jiny.example.cz' });
		await expect(
			rejectServiceEdit(coordinator, edit.id, { version: edit.version, reason: '' })
		).rejects.toBeInstanceOf(ValidationError);
		const rejected = await rejectServiceEdit(coordinator, edit.id, {
			version: edit.version,
			reason: 'Adresa nefunguje.'
		});
		expect(rejected).toMatchObject({ status: 'rejected', decisionNote: 'Adresa nefunguje.' });
		expect((await description(f.homeId)).web).toBe('https://pohoda.example/domov');
		const mail = await db().select().from(outbox).where(eq(outbox.to, providerEmail));
		expect(mail.some((m) => m.text.includes('Adresa nefunguje.'))).toBe(true);
	});
});
