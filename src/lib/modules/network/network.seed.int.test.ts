import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { organisationSeeders, areas } from '#lib/modules/organisation/index.ts';
import { catalogueSeeders } from '#lib/modules/catalogue/index.ts';
import { networkSeeder } from './network.seed.server.ts';
import { networks } from './network.schema.ts';
import { networkCapacityByKind } from './network.capacity.server.ts';
import { compareNetworks, getNetworkDetail } from './network.service.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';

useTestDatabase();

describe('network demo seeder', () => {
	it('seeds Liberec 2016/2017 with the four kinds of seed 001 and Zlín 2022/2023', async () => {
		await runSeeders(db(), [...organisationSeeders, ...catalogueSeeders, networkSeeder]);
		const rows = await db().select().from(networks).orderBy(networks.year);
		expect(rows.map((r) => `${r.year}:${r.status}`)).toEqual([
			'2016:published',
			'2017:published',
			'2022:published',
			'2023:draft'
		]);
		const n2017 = rows.find((r) => r.year === 2017)!;
		expect(n2017.title).toBe('Rozvojová síť sociálních služeb na rok 2017');
		expect(n2017.feedbackDeadline).toBe('2016-09-30');
		const detail = await getNetworkDetail(ANONYMOUS, n2017.id);
		expect(detail.kinds.map((k) => k.code)).toEqual(['39', '43', '67', '70']);
		const cmp = await compareNetworks(ANONYMOUS, n2017.id, rows[0].id);
		expect(cmp.entered.length).toBeGreaterThan(0);
		const [zlk] = await db().select().from(areas).where(eq(areas.code, '141'));
		const kinds = await networkCapacityByKind({ areaId: zlk.id, year: 2023 });
		const beds49 = kinds.find((k) => k.kindCode === '49' && k.unit === 'beds');
		expect(beds49?.amount ?? 0).toBeLessThanOrEqual(24);
	});
});
