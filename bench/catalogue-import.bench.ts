/**
 * Registry import at national scale (issue 5): a synthetic rpss.json of 6,733 services (the real
 * count of 31. 8. 2026, ≈ 18,400 facilities, ≈ 34 MB) written by the fixture generator, imported
 * through the real importer into a fresh PostgreSQL database; then re-imported unchanged. Reports
 * time and peak RSS of each pass (goal: first import ≤ 10 s, ≤ 300 MB).
 * Results: bench/results/catalogue-import.{json,md}.
 *
 *   npx tsx bench/catalogue-import.bench.ts [--services 6733]
 */
import { spawnSync } from 'node:child_process';
import {
	closeSync,
	createReadStream,
	mkdirSync,
	mkdtempSync,
	openSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
// App.Locals (the catalogue door also exports route helpers that read locals.actor).
import type {} from '../src/app.d.ts';
import { openPostgres, setDatabase, type Db } from '#lib/platform/db/client.server.ts';
import { migrate } from '#lib/platform/db/migrate.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import {
	fixtureCodeLists,
	importRuns,
	runRegistryImport,
	parseCodeListDocument,
	CODE_LIST_FILES,
	storeCodeListItems,
	type ImportSummary
} from '#lib/modules/catalogue/index.ts';

const { values: args } = parseArgs({
	options: { services: { type: 'string', default: '6733' } },
	allowPositionals: true
});
const SERVICES = Number(args.services);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = 'souhra_bench_catalogue';

async function prepare(): Promise<string> {
	const admin = await openPostgres(adminUrl, 1);
	await admin.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
	await admin.db.execute(sql.raw(`create database ${dbName}`));
	await admin.close();
	const url = new URL(adminUrl);
	url.pathname = `/${dbName}`;
	return url.toString();
}

/** The fixture is written by the CLI in a child process, so this process measures the import only. */
function writeFixture(file: string): void {
	const fd = openSync(file, 'w');
	try {
		const result = spawnSync(
			'npm',
			['run', '-s', 'cli', '--', 'registry:fixture', '--services', String(SERVICES), '--seed', '1'],
			{ stdio: ['ignore', fd, 'inherit'] }
		);
		if (result.status !== 0) throw new Error('registry:fixture failed');
	} finally {
		closeSync(fd);
	}
}

interface Pass {
	name: string;
	seconds: number;
	peakRssMb: number;
	summary: ImportSummary;
}

async function pass(db: Db, name: string, file: string): Promise<Pass> {
	global.gc?.();
	let peak = process.memoryUsage().rss;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
	const [run] = await db
		.insert(importRuns)
		.values({ fileName: path.basename(file), filePath: file })
		.returning();
	const started = performance.now();
	const summary = await runRegistryImport({
		runId: run.id,
		actor: systemActor('bench'),
		source: { open: () => createReadStream(file), size: statSync(file).size }
	});
	const seconds = (performance.now() - started) / 1000;
	clearInterval(timer);
	peak = Math.max(peak, process.memoryUsage().rss);
	return { name, seconds, peakRssMb: Math.round(peak / 1024 / 1024), summary };
}

const dir = mkdtempSync(path.join(tmpdir(), 'souhra-bench-import-'));
const file = path.join(dir, 'rpss.json');
writeFixture(file);
const bytes = statSync(file).size;
const database = await openPostgres(await prepare(), 10);
await migrate(database.db);
setDatabase(database);
// Code lists as the MPSV files would give them (intervenční centra and CDZ map by name).
await storeCodeListItems(
	database.db,
	Object.entries(fixtureCodeLists()).flatMap(([f, doc]) =>
		parseCodeListDocument(CODE_LIST_FILES[f], doc)
	)
);
const startRss = Math.round(process.memoryUsage().rss / 1024 / 1024);
const passes = [await pass(database.db, 'first import (all new)', file)];
passes.push(await pass(database.db, 're-import (unchanged)', file));
await database.close();
setDatabase(undefined);
rmSync(dir, { recursive: true, force: true });

const stamp = new Date().toISOString().slice(0, 10);
const lines = [
	`# Registry import at national scale — ${stamp}`,
	'',
	`PostgreSQL, synthetic rpss.json: ${SERVICES} services, ${(bytes / 1024 / 1024).toFixed(1)} MB; RSS before the first pass ${startRss} MB (process with all modules loaded).`,
	'',
	'| pass | seconds | peak RSS (MB) | added | changed | unchanged | ended | skipped |',
	'| ---- | ------: | ------------: | ----: | ------: | --------: | ----: | ------: |',
	...passes.map(
		(p) =>
			`| ${p.name} | ${p.seconds.toFixed(1)} | ${p.peakRssMb} | ${p.summary.added} | ${p.summary.changed} | ${p.summary.unchanged} | ${p.summary.ended} | ${p.summary.skipped} |`
	),
	''
];
const results = path.resolve('bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(
	path.join(results, 'catalogue-import.json'),
	JSON.stringify(
		{
			at: stamp,
			services: SERVICES,
			bytes,
			startRssMb: startRss,
			passes: passes.map((p) => ({
				name: p.name,
				seconds: Number(p.seconds.toFixed(2)),
				peakRssMb: p.peakRssMb,
				added: p.summary.added,
				changed: p.summary.changed,
				unchanged: p.summary.unchanged,
				ended: p.summary.ended,
				skipped: p.summary.skipped
			}))
		},
		null,
		'\t'
	) + '\n'
);
writeFileSync(path.join(results, 'catalogue-import.md'), lines.join('\n'));
console.log(lines.join('\n'));
