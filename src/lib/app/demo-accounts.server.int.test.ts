import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { login } from '#lib/platform/auth/login.service.server.ts';
import { loadActor } from '#lib/platform/auth/user.service.server.ts';
import { organisationSeeders } from '#lib/modules/organisation/index.ts';
import { demoAccountsSeeder, DEMO_PASSWORD } from './demo-accounts.server.ts';
import { seeders } from './seeders.server.ts';

useTestDatabase();

describe('demo accounts', () => {
	it('creates one login per role with audited, scoped grants', async () => {
		expect(seeders).toContain(demoAccountsSeeder);
		const logins = (await runSeeders(db(), [...organisationSeeders, demoAccountsSeeder])).filter(
			(l) => l.email.endsWith('@souhra.example')
		);
		expect(logins.map((l) => l.email)).toEqual([
			'spravce@souhra.example',
			'koordinator@souhra.example',
			'kraj@souhra.example',
			'manazer@souhra.example',
			'clen@souhra.example',
			'poskytovatel@souhra.example'
		]);
		expect(logins.every((l) => l.password === DEMO_PASSWORD && l.note.length > 0)).toBe(true);

		const [coordinator] = await db()
			.select()
			.from(users)
			.where(eq(users.email, 'koordinator@souhra.example'));
		const actor = await loadActor(coordinator.id);
		expect(actor.kind === 'user' && actor.grants.map((g) => g.areaId)).toEqual([
			expect.stringMatching(/^[0-9a-f-]{36}$/),
			expect.stringMatching(/^[0-9a-f-]{36}$/),
			expect.stringMatching(/^[0-9a-f-]{36}$/)
		]);
		const history = await listHistory('auth.user', coordinator.id);
		expect(history.every((h) => h.actorLabel === 'systém: demo')).toBe(true);
		expect(history.map((h) => h.action).sort()).toEqual(['create', 'update']);

		await expect(
			login({ email: 'spravce@souhra.example', password: DEMO_PASSWORD })
		).resolves.toMatchObject({
			user: { email: 'spravce@souhra.example' }
		});
	});
});
