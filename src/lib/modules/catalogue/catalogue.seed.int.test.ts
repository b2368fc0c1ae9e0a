import { describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { organisationSeeders, organisations } from '#lib/modules/organisation/index.ts';
import { facilities, importRuns, providers, services } from './catalogue.schema.ts';
import { catalogueSeeder, DEMO_SERVICES } from './catalogue.seed.server.ts';
import { DEMO_PROVIDER } from './fixture.ts';
import { foldText } from './search-text.ts';

useTestDatabase();

describe('catalogue demo data', () => {
	it('imports the demo registry slice through the importer, fast, in the demo areas', async () => {
		const started = performance.now();
		await runSeeders(db(), [...organisationSeeders, catalogueSeeder]);
		const seconds = (performance.now() - started) / 1000;
		expect(seconds).toBeLessThan(15);

		const [run] = await db().select().from(importRuns);
		expect(run).toMatchObject({ status: 'done', added: DEMO_SERVICES, skipped: 0 });
		const [{ n }] = await db().select({ n: count() }).from(services);
		expect(n).toBe(DEMO_SERVICES);

		// Every service lies in Liberecký (78), Zlínský (141) or Moravskoslezský (132) kraj.
		const outside = await db()
			.select({ n: count() })
			.from(services)
			.where(sql`not (${services.krajCodes} && array['78','141','132']::text[])`);
		expect(outside[0].n).toBe(0);

		// "pecovatelska sluzba Liberec" finds a Pečovatelská služba in Liberec.
		const query = foldText('pecovatelska sluzba Liberec');
		const found = await db()
			.select({ name: services.name, kindCode: services.kindCode })
			.from(services)
			.where(
				and(
					sql`${services.searchText} like ${'%' + query.split(' ').slice(0, 2).join(' ') + '%'}`,
					sql`${services.searchText} like '%liberec%'`
				)
			);
		expect(found.some((s) => s.kindCode === '40' && s.name.includes('Liberec'))).toBe(true);

		// The TyfloCentrum-like provider: valid IČO, linked to the demo provider organisation.
		const [tyflo] = await db().select().from(providers).where(eq(providers.ico, DEMO_PROVIDER.ico));
		const [org] = await db()
			.select()
			.from(organisations)
			.where(eq(organisations.name, 'TyfloCentrum Liberec, o. p. s. (ukázka)'));
		expect(tyflo.organisationId).toBe(org.id);
		const tyfloServices = await db()
			.select({ kindCode: services.kindCode, orpCodes: services.orpCodes })
			.from(services)
			.where(eq(services.providerId, tyflo.id));
		expect(tyfloServices.map((s) => s.kindCode).sort()).toEqual(['42', '70']);
		for (const s of tyfloServices) expect(s.orpCodes).toEqual(['5105']);

		// Facilities resolve to municipalities with names and ORP.
		const [{ unresolved }] = await db()
			.select({ unresolved: count() })
			.from(facilities)
			.where(sql`${facilities.municipalityName} is null or ${facilities.krajCode} is null`);
		expect(unresolved).toBe(0);
	});
});
