import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import {
	EXIT_FAILURE,
	EXIT_OK,
	EXIT_USAGE,
	registerCommands,
	runCli,
	type CliContext
} from '#lib/platform/cli/cli.server.ts';
import { codeListItems, importRuns, services } from './catalogue.schema.ts';
import { registryCommands } from './registry.command.server.ts';

const testDb = useTestDatabase();
registerCommands(registryCommands);
const dir = mkdtempSync(path.join(tmpdir(), 'souhra-registry-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const ctx: CliContext = {
		io: { out: (t) => out.push(t), err: (t) => err.push(t) },
		openDatabase: async () => ({ ...testDb.current(), close: async () => {} }),
		listAreas: async () => []
	};
	const code = await runCli(argv, ctx);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('registry CLI', () => {
	it('registry:fixture writes a parseable rpss.json and the code lists; same seed, same file', async () => {
		const a = await cli([
			'registry:fixture',
			'--services',
			'60',
			'--seed',
			'3',
			'--codelists',
			dir
		]);
		expect(a.code, a.err).toBe(EXIT_OK);
		const doc = JSON.parse(a.out);
		expect(doc.polozky).toHaveLength(60);
		expect(readdirSync(dir).sort()).toEqual([
			'cilove-skupiny-osoby.json',
			'druhy-socialni-sluzby.json',
			'formy-soc-sluzby.json',
			'kraje.json',
			'obce.json',
			'okresy.json',
			'typy-kapacity-socialni-sluzby.json',
			'vekove-skupiny-osoby.json'
		]);
		const b = await cli(['registry:fixture', '--services', '60', '--seed', '3']);
		expect(b.out).toBe(a.out);
		writeFileSync(path.join(dir, 'rpss.json'), a.out);
	});

	it('rejects wrong options with exit code 2', async () => {
		const bad = await cli(['registry:fixture', '--services', 'mnoho']);
		expect(bad.code).toBe(EXIT_USAGE);
		expect(bad.err).toMatch(/--services potřebuje celé číslo/);
		const missing = await cli(['registry:import']);
		expect(missing.code).toBe(EXIT_USAGE);
	});

	it('registry:import imports with code lists and prints the Czech report; a second run is unchanged', async () => {
		const first = await cli(['registry:import', path.join(dir, 'rpss.json'), '--codelists', dir]);
		expect(first.code, first.err).toBe(EXIT_OK);
		expect(first.out).toMatch(/Import registru dokončen: rpss\.json \(60 položek\)/);
		expect(first.out).toMatch(/přidáno:\s+60/);
		expect(first.out).toMatch(/paměť \(RSS\):\s+\d+ MB/);
		const [{ n }] = await db().select({ n: count() }).from(services);
		expect(n).toBe(60);
		const [{ lists }] = await db().select({ lists: count() }).from(codeListItems);
		expect(lists).toBeGreaterThan(100);
		const second = await cli(['registry:import', path.join(dir, 'rpss.json')]);
		expect(second.code, second.err).toBe(EXIT_OK);
		expect(second.out).toMatch(/beze změny:\s+60/);
	});

	it('exits 1 on a truncated file and offers --resume; resuming completes the run', async () => {
		const full = JSON.parse(
			(await cli(['registry:fixture', '--services', '30', '--seed', '4'])).out
		);
		const text = JSON.stringify(full);
		writeFileSync(path.join(dir, 'cut.json'), text.slice(0, Math.floor(text.length / 2)));
		const failed = await cli(['registry:import', path.join(dir, 'cut.json')]);
		expect(failed.code).toBe(EXIT_FAILURE);
		expect(failed.out).toMatch(/Import registru SELHAL/);
		expect(failed.err).toMatch(/poškozený nebo neúplný/);
		const runId = /--resume ([0-9a-f-]{36})/.exec(failed.err)?.[1] as string;
		expect(runId).toBeTruthy();
		writeFileSync(path.join(dir, 'cut.json'), text);
		const resumed = await cli(['registry:import', path.join(dir, 'cut.json'), '--resume', runId]);
		expect(resumed.code, resumed.err).toBe(EXIT_OK);
		const [run] = await db().select().from(importRuns).where(eq(importRuns.id, runId));
		expect(run.status).toBe('done');
	});

	it('exits 1 for a missing file and for a folder without code lists', async () => {
		const missing = await cli(['registry:import', path.join(dir, 'nic.json')]);
		expect(missing.code).toBe(EXIT_FAILURE);
		expect(missing.err).toMatch(/neexistuje/);
		const empty = mkdtempSync(path.join(tmpdir(), 'souhra-empty-'));
		const noLists = await cli([
			'registry:import',
			path.join(dir, 'rpss.json'),
			'--codelists',
			empty
		]);
		rmSync(empty, { recursive: true, force: true });
		expect(noLists.code).toBe(EXIT_FAILURE);
		expect(noLists.err).toMatch(/není žádný číselník/);
	});
});
