import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { areas, organisationSeeders } from '#lib/modules/organisation/index.ts';
import { catalogueSeeders } from '#lib/modules/catalogue/index.ts';
import { analysisSeeder } from './analysis.seed.server.ts';
import { networkPopulation } from './analysis.schema.ts';
import { capacityAnalysis } from './analysis.service.server.ts';

useTestDatabase();

describe('demo data of the capacity analysis', () => {
	it('shows the residential-services-for-seniors gap of Valašskomeziříčsko (no network → all of it)', async () => {
		await runSeeders(db(), [...organisationSeeders, ...catalogueSeeders, analysisSeeder]);
		expect((await db().select().from(networkPopulation)).length).toBe(216);
		const [valmez] = await db().select().from(areas).where(eq(areas.kind, 'mikroregion'));
		const a = await capacityAnalysis(systemActor('test'), { areaId: valmez.id, year: 2023 });
		expect(a.region?.name).toBe('Zlínský kraj');
		expect(a.populationRows).toHaveLength(13);
		const r49 = a.result.rows.find((r) => r.kindCode === '49')!;
		expect(r49.status).toBe('deficit');
		expect(r49.refused).toBe(118);
		expect(r49.expected).toBeGreaterThan(150);
		const seniors = a.result.groups.find((g) => g.name === 'Pobytové služby pro seniory')!;
		expect(seniors.status).toBe('deficit');
	});
});
