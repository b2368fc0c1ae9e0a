import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { areaSeeder } from './area.seed.server.ts';
import { organisationSeeder } from './organisation.seed.server.ts';
import { bodies } from './organisation.schema.ts';
import { listMembers } from './membership.service.server.ts';

useTestDatabase();

describe('organisation demo data', () => {
	it('holds the Liberec ŘPS of seed 001 and the MSK groups of seed 000', async () => {
		await runSeeders(db(), [areaSeeder, organisationSeeder]);
		const [rps] = await db().select().from(bodies).where(eq(bodies.code, 'ŘPS'));
		expect(rps.maxMonthsBetweenMeetings).toBe(2);
		const members = await listMembers(ANONYMOUS, rps.id, '2015-11-18');
		expect(members).toHaveLength(12);
		expect(members[0]).toMatchObject({ lastName: 'Marcinková', role: 'zapisovatel' });
		const [{ n }] = await db().select({ n: count() }).from(bodies);
		expect(n).toBe(1 + 6 + 1 + 5);
	});
});
