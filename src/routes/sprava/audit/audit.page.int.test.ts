import { describe, expect, it } from 'vitest';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import { load } from './+page.server.ts';

useTestDatabase();

const admin: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	name: 'Správce Instance',
	email: 'spravce@example.cz',
	grants: [{ role: 'admin' }]
};
const coordinator: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000002',
	name: 'Koordinátorka',
	email: 'k@example.cz',
	grants: [{ role: 'coordinator', areaId: '00000000-0000-4000-8000-0000000000aa' }]
};

type LoadResult = Exclude<Awaited<ReturnType<typeof load>>, void>;
const run = async (actor: Actor, query = '') =>
	(await load({
		locals: { actor, user: null, sessionId: null },
		url: new URL(`http://localhost/sprava/audit${query}`)
	} as never)) as LoadResult;

const USER_ID = '00000000-0000-4000-8000-0000000000f1';

describe('/sprava/audit', () => {
	it('refuses the anonymous public (401) and non-admins (403)', async () => {
		await expect(run(ANONYMOUS)).rejects.toMatchObject({ status: 401 });
		await expect(run(coordinator)).rejects.toMatchObject({ status: 403 });
	});

	it('lists entries with filters; Prague calendar days bound the date range', async () => {
		await db()
			.insert(auditLog)
			.values([
				{
					// 23:30 UTC on 1 January = 00:30 on 2 January in Prague.
					occurredAt: new Date('2026-01-01T23:30:00Z'),
					actorId: admin.kind === 'user' ? admin.userId : null,
					actorLabel: 'Správce Instance',
					entityType: 'auth.user',
					entityId: USER_ID,
					action: 'update',
					before: { name: 'Alena', isActive: true },
					after: { name: 'Alena Nová', isActive: false }
				},
				{
					occurredAt: new Date('2026-01-01T10:00:00Z'),
					actorId: null,
					actorLabel: 'systém: import',
					entityType: 'organisation.area',
					entityId: 'a-1',
					action: 'create',
					after: { name: 'ORP Liberec' }
				}
			]);
		const all = await run(admin);
		expect(all.total).toBe(2);
		expect(all.errors).toBeNull();
		expect(all.actorOptions).toEqual([
			{ value: admin.kind === 'user' ? admin.userId : '', label: 'Správce Instance' },
			{ value: 'system:systém: import', label: 'systém: import' }
		]);
		expect(all.typeOptions).toEqual(['auth.user', 'organisation.area']);
		const [update] = all.rows;
		expect(update).toMatchObject({
			at: '2. 1. 2026 00:30',
			who: 'Správce Instance',
			entityLabel: 'Uživatel',
			href: `/sprava/uzivatele/${USER_ID}`,
			actionLabel: 'změněno'
		});
		expect(update.changes).toEqual([
			{ field: 'name', label: 'name', before: 'Alena', after: 'Alena Nová' },
			{ field: 'isActive', label: 'isActive', before: 'ano', after: 'ne' }
		]);
		expect(all.rows[1].href).toBeNull();
		expect(update.summary).toBe('name, isActive');
		expect(all.rows[1].summary).toBe('Celý záznam (1 pole)');

		expect(
			(await run(admin, '?do=2026-01-01')).rows.map((r: { entityId: string }) => r.entityId)
		).toEqual(['a-1']);
		expect(
			(await run(admin, '?od=2026-01-02')).rows.map((r: { entityId: string }) => r.entityId)
		).toEqual([USER_ID]);
		expect((await run(admin, '?uzivatel=system%3Asyst%C3%A9m%3A%20import')).total).toBe(1);
		expect((await run(admin, `?uzivatel=${USER_ID.replace('f1', 'f2')}`)).total).toBe(0);
		expect((await run(admin, '?typ=auth.user&zaznam=' + USER_ID)).total).toBe(1);
		expect((await run(admin, '?strana=abc')).page).toBe(1);
	});

	it('answers invalid dates with a Czech message and keeps the input', async () => {
		const result = await run(admin, '?od=2026-02-30&do=zitra&typ=auth.user');
		expect(result.errors).toEqual({
			od: ['Zadejte platné datum (např. 1. 1. 2026).'],
			do: ['Zadejte platné datum (např. 1. 1. 2026).']
		});
		expect(result.values).toEqual({ od: '2026-02-30', do: 'zitra', typ: 'auth.user' });
		expect(result.rows).toEqual([]);
		const range = await run(admin, '?od=2026-03-02&do=2026-03-01');
		expect(range.errors?.do?.[0]).toMatch(/nejpozději/);
		expect((await run(admin, '?uzivatel=nekdo')).errors?.uzivatel).toHaveLength(1);
	});
});
