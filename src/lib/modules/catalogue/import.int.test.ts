import { beforeEach, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { count, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import {
	capacities,
	codeListItems,
	facilities,
	importRuns,
	providers,
	serviceForms,
	services
} from './catalogue.schema.ts';
import { CODE_LIST_FILES, parseCodeListDocument } from './codelist.ts';
import { storeCodeListItems } from './codelist.server.ts';
import { fixtureCodeLists, fixtureItems } from './fixture.ts';
import { runRegistryImport, type ImportSummary } from './import.server.ts';
import { createImportRun } from './import.service.server.ts';

useTestDatabase();

const TODAY = '2026-08-31';
const actor = systemActor('test');
type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const base = (): Item[] => [...fixtureItems({ services: 120, seed: 11 })] as Item[];
const fileOf = (items: unknown[]) => JSON.stringify({ polozky: items });

async function importText(text: string, options: { batchSize?: number; runId?: string } = {}) {
	const runId = options.runId ?? (await createImportRun(db(), { fileName: 'rpss.json' })).id;
	const summary = await runRegistryImport({
		runId,
		actor,
		today: TODAY,
		batchSize: options.batchSize ?? 500,
		source: { open: () => Readable.from([text]), size: text.length }
	});
	const [run] = await db().select().from(importRuns).where(eq(importRuns.id, runId));
	return { summary, run };
}

async function countOf(
	table:
		typeof services | typeof facilities | typeof serviceForms | typeof capacities | typeof providers
) {
	const [{ n }] = await db()
		.select({ n: count() })
		.from(table as typeof services);
	return Number(n);
}

async function reset() {
	await db().delete(services);
	await db().delete(providers);
	await db().delete(importRuns);
	await db().delete(auditLog);
}

async function loadFixtureCodeLists() {
	const items = Object.entries(fixtureCodeLists()).flatMap(([file, doc]) =>
		parseCodeListDocument(CODE_LIST_FILES[file], doc)
	);
	await db().transaction((tx) => storeCodeListItems(tx as unknown as Db, items));
}

const expectCounts = (s: ImportSummary, counts: Partial<ImportSummary>) =>
	expect({
		status: s.status,
		added: s.added,
		changed: s.changed,
		unchanged: s.unchanged,
		ended: s.ended,
		skipped: s.skipped
	}).toMatchObject(counts);

describe('registry import', () => {
	beforeEach(async () => {
		await reset();
		await loadFixtureCodeLists();
	});

	it('imports a file: services, providers, forms, capacities, facilities, territory, audit', async () => {
		const items = base();
		const { summary, run } = await importText(fileOf(items), { batchSize: 50 });
		expectCounts(summary, {
			status: 'done',
			added: 120,
			changed: 0,
			unchanged: 0,
			ended: 0,
			skipped: 0
		});
		expect(run).toMatchObject({ status: 'done', checkpoint: 120, totalItems: 120, added: 120 });
		expect(await countOf(services)).toBe(120);
		expect(await countOf(facilities)).toBe(items.reduce((n, i) => n + i.zarizeni.length, 0));
		expect(await countOf(serviceForms)).toBe(items.reduce((n, i) => n + i.formy.length, 0));
		expect(await countOf(capacities)).toBe(items.reduce((n, i) => n + i.formy.length, 0));
		const icos = new Set(items.map((i) => i.poskytovatel.ico));
		expect(await countOf(providers)).toBe(icos.size);
		const [one] = await db()
			.select()
			.from(services)
			.where(eq(services.registryId, items[0].identifikator));
		expect(one).toMatchObject({
			source: 'registry',
			lastImportRunId: run.id,
			lastVerifiedOn: TODAY,
			status: items[0].datumPoskytovaniDo ? 'ended' : 'active'
		});
		expect(one.krajCodes.length).toBeGreaterThan(0);
		expect(one.searchText).toBe(one.searchText.toLowerCase());
		expect(one.searchText.length).toBeGreaterThan(10);
		// Every service has an ORP unless it lies in Praha only.
		const [{ withoutOrp }] = await db()
			.select({ withoutOrp: count() })
			.from(services)
			.where(
				sql`cardinality(${services.orpCodes}) = 0 and not ('19' = any(${services.krajCodes}))`
			);
		expect(withoutOrp).toBe(0);
		const [{ audits }] = await db()
			.select({ audits: count() })
			.from(auditLog)
			.where(eq(auditLog.entityType, 'catalogue.service'));
		expect(audits).toBe(120);
	});

	it('re-importing the unchanged file changes nothing; a changed file updates and ends the right services', async () => {
		const items = base();
		await importText(fileOf(items));
		const [before] = await db()
			.select({ version: services.version, id: services.id })
			.from(services)
			.where(eq(services.registryId, items[2].identifikator));

		const again = await importText(fileOf(items));
		expectCounts(again.summary, { added: 0, changed: 0, unchanged: 120, ended: 0, skipped: 0 });
		const [same] = await db()
			.select({ version: services.version })
			.from(services)
			.where(eq(services.id, before.id));
		expect(same.version).toBe(before.version);

		// Item 2 changes (phone, one facility fewer), item 5 disappears, a new one arrives.
		const changed = JSON.parse(JSON.stringify(items)) as Item[];
		changed[2].telefony = [{ telefon: '777000111', poznamka: null }];
		changed[2].zarizeni = changed[2].zarizeni.slice(0, 1);
		const removed = changed.splice(5, 1)[0];
		const extra = [...fixtureItems({ services: 1, seed: 999 })][0];
		changed.push(extra);
		const third = await importText(fileOf(changed));
		expectCounts(third.summary, { added: 1, changed: 1, unchanged: 118, ended: 1, skipped: 0 });
		const [updated] = await db().select().from(services).where(eq(services.id, before.id));
		expect(updated.phone).toBe('777000111');
		expect(updated.version).toBe(before.version + 1);
		expect(await countOf(services)).toBe(121); // ended, never deleted
		const facs = await db().select().from(facilities).where(eq(facilities.serviceId, before.id));
		expect(facs).toHaveLength(1);
		const [gone] = await db()
			.select()
			.from(services)
			.where(eq(services.registryId, removed.identifikator));
		expect(gone.status).toBe('ended');
		expect(gone.endedAt).not.toBeNull();
	});

	it('stores no statutory bodies, heads of facilities or other names of persons', async () => {
		const items = base();
		const names = new Set<string>();
		for (const i of items) {
			for (const p of i.poskytovatel.statutarniOrgany) names.add(p.prijmeni);
			for (const z of i.zarizeni) names.add(z.vedouci.prijmeni);
		}
		expect(names.size).toBeGreaterThan(2);
		await importText(fileOf(items));
		const dump = JSON.stringify(
			await Promise.all([
				db().select().from(services),
				db().select().from(providers),
				db().select().from(facilities),
				db().select().from(serviceForms),
				db().select().from(capacities),
				db().select().from(importRuns),
				db().select().from(codeListItems),
				db().select().from(auditLog)
			])
		);
		for (const name of names) expect(dump).not.toContain(name);
		expect(dump).not.toContain('statutarniOrgany');
		expect(dump).not.toContain('vedouci');
	});

	it('records each bad item with its position and identifikátor and skips it', async () => {
		const items = base().slice(0, 20);
		items[3].poskytovatel.ico = '12345678';
		items[5].druhSocialniSluzby = { id: 'DruhSocialniSluzby/99' };
		delete items[7].druhSocialniSluzby;
		items[9].identifikator = items[8].identifikator;
		(items as unknown[])[11] = 'nesmysl';
		const { summary, run } = await importText(fileOf(items));
		expectCounts(summary, { status: 'done', added: 15, skipped: 5 });
		const problems = (run.problems as { position: number; registryId: string; message: string }[])
			.filter((p) => (p as unknown as { severity: string }).severity === 'skipped')
			.map((p) => [p.position, p.message]);
		expect(problems).toEqual([
			[3, 'Neplatné IČO poskytovatele „12345678“.'],
			[5, 'Neznámý druh služby „DruhSocialniSluzby/99“.'],
			[7, 'Služba nemá uvedený druh.'],
			[9, `Identifikátor ${items[8].identifikator} je v souboru vícekrát; další výskyt přeskočen.`],
			[11, 'Položka není objekt.']
		]);
		expect((run.problems as { registryId: string }[])[0].registryId).toBe(items[3].identifikator);
		expect(await countOf(services)).toBe(15);
	});

	it('a skipped item that exists from an earlier import is not ended', async () => {
		const items = base().slice(0, 10);
		await importText(fileOf(items));
		items[4].poskytovatel.ico = '11111111';
		const { summary } = await importText(fileOf(items));
		expectCounts(summary, { unchanged: 9, skipped: 1, ended: 0 });
	});

	it.each([
		['not JSON', 'tohle není JSON', /není platný JSON/],
		['another structure', JSON.stringify({ items: [{ a: 1 }] }), /chybí pole „polozky“/],
		['a root array', JSON.stringify([{ polozky: [] }]), /kořen není objekt/],
		['polozky not an array', JSON.stringify({ polozky: { a: 1 } }), /„polozky“ není pole/]
	])('stops cleanly on %s', async (_name, text, message) => {
		await importText(fileOf(base().slice(0, 10)));
		const { summary, run } = await importText(text);
		expect(summary.status).toBe('failed');
		expect(run.status).toBe('failed');
		expect(run.error).toMatch(message);
		const [{ ended }] = await db()
			.select({ ended: count() })
			.from(services)
			.where(eq(services.status, 'ended'));
		const expectedEnded = base()
			.slice(0, 10)
			.filter((i) => i.datumPoskytovaniDo).length;
		expect(ended).toBe(expectedEnded);
	});

	it('a truncated file leaves the unfinished batch unwritten, ends nothing, and resumes from the checkpoint', async () => {
		const items = base();
		// An earlier complete import of the same services (active ones must stay active).
		await importText(fileOf(items.slice(100)));
		const text = fileOf(items);
		const cut = text.indexOf(`"identifikator":"${items[75].identifikator}"`);
		const { summary, run } = await importText(text.slice(0, cut), { batchSize: 50 });
		expect(summary.status).toBe('failed');
		expect(run.error).toMatch(/poškozený nebo neúplný za položkou 75/);
		expect(run.checkpoint).toBe(50);
		expect(run.added).toBe(50);
		expect(await countOf(services)).toBe(70);
		const [{ ended }] = await db()
			.select({ ended: count() })
			.from(services)
			.where(sql`${services.status} = 'ended' and ${services.validTo} is null`);
		expect(ended).toBe(0);

		// Resume the same run with the whole file: items before the checkpoint are skipped.
		const resumed = await importText(text, { batchSize: 50, runId: run.id });
		expectCounts(resumed.summary, {
			status: 'done',
			added: 100,
			unchanged: 20,
			skipped: 0,
			ended: 0
		});
		expect(resumed.run).toMatchObject({ status: 'done', checkpoint: 120, totalItems: 120 });
		expect(await countOf(services)).toBe(120);
		const [{ audits }] = await db()
			.select({ audits: count() })
			.from(auditLog)
			.where(sql`${auditLog.entityType} = 'catalogue.service' and ${auditLog.action} = 'create'`);
		expect(audits).toBe(120);
	});

	it('links a provider to the organisation with the same IČO', async () => {
		const items = base().slice(0, 3);
		const { organisations } = await import('#lib/modules/organisation/index.ts');
		const [org] = await db()
			.insert(organisations)
			.values({
				name: 'Poskytovatel v organizacích',
				ico: items[0].poskytovatel.ico,
				type: 'poskytovatel'
			})
			.returning();
		await importText(fileOf(items));
		const [p] = await db()
			.select()
			.from(providers)
			.where(eq(providers.ico, items[0].poskytovatel.ico));
		expect(p.organisationId).toBe(org.id);
	});
});
