/**
 * Demo catalogue (order 450): a synthetic registry slice of ~300 services in the demo areas
 * (ORP Liberec, Moravskoslezský kraj, Valašskomeziříčsko/Zlínský kraj) imported through the real
 * registry importer inside the seeding transaction, with the fixture's code lists. The
 * TyfloCentrum-like provider (seed 001: sociální rehabilitace §70, průvodcovské a předčitatelské
 * služby §42 in Liberec) is linked to the organisation `organisation:demo-provider`, so the demo
 * provider account can propose edits of its services. Owner: catalogue import.
 */
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { systemActor } from '#lib/platform/access/actor.ts';
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { providers } from './catalogue.schema.ts';
import { CODE_LIST_FILES, parseCodeListDocument } from './codelist.ts';
import { storeCodeListItems } from './codelist.server.ts';
import { DEMO_PROVIDER, fixtureChunks, fixtureCodeLists } from './fixture.ts';
import { runRegistryImport } from './import.server.ts';
import { createImportRun } from './import.service.server.ts';

export const DEMO_SERVICES = 300;
export const DEMO_SEED = 2026;
/** "Today" of the demo data, so the seeded catalogue is the same whenever it is loaded. */
export const DEMO_TODAY = '2026-08-31';

export const catalogueSeeder: Seeder = {
	id: 'catalogue.services',
	order: 450,
	async run({ tx, refs }) {
		const lists = fixtureCodeLists();
		const items = Object.entries(lists).flatMap(([file, doc]) =>
			parseCodeListDocument(CODE_LIST_FILES[file], doc)
		);
		await storeCodeListItems(tx, items);
		const run = await createImportRun(tx, { fileName: 'ukazkovy-registr.json' });
		const summary = await runRegistryImport({
			runId: run.id,
			actor: systemActor('ukázková data'),
			database: tx,
			today: DEMO_TODAY,
			source: {
				open: () =>
					Readable.from(fixtureChunks({ services: DEMO_SERVICES, seed: DEMO_SEED, scope: 'demo' })),
				size: null
			}
		});
		if (summary.status !== 'done') {
			throw new Error(`Ukázkový import katalogu selhal: ${summary.error ?? ''}`);
		}
		const organisationId = refs.get('organisation:demo-provider');
		const [provider] = await tx
			.update(providers)
			.set({ organisationId: organisationId ?? null })
			.where(eq(providers.ico, DEMO_PROVIDER.ico))
			.returning({ id: providers.id });
		if (provider) refs.set('catalogue:demo-provider', provider.id);
		refs.set('catalogue:demo-import', run.id);
	}
};
