/**
 * Plan tree (issue 4, "Done when"): a 3-year plan with 80 measures — each with planned costs,
 * 2 indicators with targets, 3 activities and 3 years of monitoring — built through the plan
 * write helpers on a fresh PostgreSQL database; then `getPlanTree` is timed (warm-up, runs,
 * median, p95) and its query count reported. Goal: < 100 ms server time.
 * Results: bench/results/plans.{json,md}.
 *
 *   npm run bench -- --only plans
 *   npm run bench -- --only plans --runs 50
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows, setDatabase, type Db } from '#lib/platform/db/client.server.ts';
import { migrate } from '#lib/platform/db/migrate.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import {
	allMeasures,
	getPlanTree,
	measureMonitoring,
	plans,
	writeMeasure,
	writePriority
} from '#lib/modules/plans/index.ts';

const { values: args } = parseArgs({
	options: { runs: { type: 'string', default: '30' }, keep: { type: 'boolean', default: false } },
	allowPositionals: true
});
const RUNS = Number(args.runs);
const GOAL_MS = 100;

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = 'souhra_bench_plans';

async function prepare(): Promise<string> {
	const admin = await openPostgres(adminUrl, 1);
	await admin.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
	await admin.db.execute(sql.raw(`create database ${dbName}`));
	await admin.close();
	const url = new URL(adminUrl);
	url.pathname = `/${dbName}`;
	return url.toString();
}

/** A drizzle instance on the bench database that counts the statements it sends. */
async function countingDatabase(url: string) {
	const { default: postgres } = await import('postgres');
	const { drizzle } = await import('drizzle-orm/postgres-js');
	const client = postgres(url, { max: 4, onnotice: () => {} });
	const counter = { queries: 0 };
	const db = drizzle({
		client,
		casing: 'snake_case',
		logger: { logQuery: () => void counter.queries++ }
	}) as unknown as Db;
	return {
		database: {
			db,
			kind: 'postgresql' as const,
			describe: 'PostgreSQL (bench)',
			close: () => client.end({ timeout: 5 })
		},
		counter
	};
}

const SOURCES = ['state_101a', 'region', 'municipalities'] as const;
const YEARS = [2025, 2026, 2027];

async function build(db: Db): Promise<{ planId: string; seconds: number }> {
	const t0 = performance.now();
	const actor = systemActor('bench');
	await db.execute(
		sql`insert into organisation_areas (kind, name, code) values ('kraj', 'Zlínský kraj', '141')`
	);
	const [area] = await queryRows<{ id: string }>(
		db,
		sql`select id from organisation_areas limit 1`
	);
	const [plan] = await db
		.insert(plans)
		.values({
			areaId: area.id,
			kind: 'sprss_kraj',
			title: 'Benchmark: SPRSS 2025–2027',
			periodFrom: 2025,
			periodTo: 2027,
			status: 'draft'
		})
		.returning();
	for (let p = 1; p <= 8; p++) {
		await db.transaction(async (tx) => {
			const priority = await writePriority(tx, actor, plan.id, {
				title: `Priorita ${p}: rozvoj sociálních služeb`,
				description: 'Popis priority.'
			});
			for (let m = 1; m <= 10; m++) {
				await writeMeasure(tx, actor, plan.id, priority.id, {
					title: `Opatření ${p}.${m}: navýšení kapacity služby`,
					description: 'Popis opatření s odůvodněním potřeby.',
					responsibleText: 'Poskytovatel sociální služby',
					startYear: 2025,
					endYear: 2027,
					serviceKinds: ['40', '49'],
					capacityChange: m,
					capacityUnit: 'beds',
					costs: YEARS.flatMap((year) =>
						SOURCES.map((source, i) => ({ year, source, amount: 100000 * (i + 1) + m }))
					),
					indicators: [1, 2].map((i) => ({
						name: `Ukazatel ${i}`,
						unit: 'osoby',
						baseline: 100,
						baselineYear: 2024,
						direction: 'increase',
						targets: YEARS.map((year, k) => ({ year, target: 110 + 10 * k }))
					})),
					activities: [1, 2, 3].map((a) => ({ title: `Aktivita ${a}`, dueYear: YEARS[a - 1] }))
				});
			}
		});
	}
	// Three years of monitoring per measure (the monitoring module's tables).
	const measureIds = await queryRows<{ id: string }>(
		db,
		sql`select id from plans_measures where plan_id = ${plan.id}`
	);
	await db.insert(measureMonitoring).values(
		measureIds.flatMap((m) =>
			YEARS.map((year, k) => ({
				planId: plan.id,
				measureId: m.id,
				year,
				status: 'in_progress' as const,
				progress: 30 * (k + 1),
				comment: 'Plní se podle harmonogramu.'
			}))
		)
	);
	await db.execute(sql`insert into plans_indicator_values (plan_id, indicator_id, year, actual)
		select i.plan_id, i.id, y, 105 + (y - 2025) * 10 from plans_indicators i, generate_series(2025, 2027) y
		where i.plan_id = ${plan.id}`);
	await db.execute(sql`insert into plans_measure_costs (plan_id, measure_id, kind, year, source, amount)
		select c.plan_id, c.measure_id, 'actual', c.year, c.source, c.amount * 0.9 from plans_measure_costs c
		where c.plan_id = ${plan.id} and c.kind = 'planned'`);
	await db.execute(sql`analyze`);
	return { planId: plan.id, seconds: Math.round((performance.now() - t0) / 100) / 10 };
}

const url = await prepare();
const { database, counter } = await countingDatabase(url);
await migrate(database.db);
setDatabase(database);
const built = await build(database.db);

const coordinator: Actor = systemActor('bench-reader');
const tree = await getPlanTree(coordinator, built.planId);
const measures = allMeasures(tree);
const data = {
	priorities: tree.priorities.length,
	measures: measures.length,
	indicators: measures.reduce((n, m) => n + m.indicators.length, 0),
	activities: measures.reduce((n, m) => n + m.activities.length, 0),
	'planned cost lines': measures.reduce((n, m) => n + m.costs.length, 0),
	'monitoring rows': measures.reduce((n, m) => n + m.monitoring.length, 0),
	'build seconds': built.seconds
};
console.log('data:', data);

for (let i = 0; i < 5; i++) await getPlanTree(coordinator, built.planId);
const before = counter.queries;
await getPlanTree(coordinator, built.planId);
const queries = counter.queries - before;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const t = performance.now();
	await getPlanTree(coordinator, built.planId);
	times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) =>
	Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
const result = {
	name: 'getPlanTree, 80 measures',
	median: at(0.5),
	p95: at(0.95),
	min: Math.round(times[0] * 10) / 10,
	queries
};

const stamp = new Date().toISOString();
const dir = path.resolve('bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(
	path.join(dir, 'plans.json'),
	JSON.stringify({ at: stamp, runs: RUNS, goalMs: GOAL_MS, data, results: [result] }, null, '\t') +
		'\n'
);
const md = [
	`# Plan tree — ${stamp.slice(0, 10)}`,
	'',
	`PostgreSQL, ${RUNS} runs after 5 warm-up runs, times in ms (one process, sequential). Goal: median < ${GOAL_MS} ms.`,
	'',
	'| data | count |',
	'| --- | ---: |',
	...Object.entries(data).map(([k, v]) => `| ${k} | ${v} |`),
	'',
	'| query | median | p95 | min | SQL statements |',
	'| --- | ---: | ---: | ---: | ---: |',
	`| ${result.name} | ${result.median} | ${result.p95} | ${result.min} | ${result.queries} |`,
	''
].join('\n');
writeFileSync(path.join(dir, 'plans.md'), md);
console.log(md);

setDatabase(undefined);
await database.close();
if (!args.keep) {
	const admin = await openPostgres(adminUrl, 1);
	await admin.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
	await admin.close();
}
if (result.median >= GOAL_MS) {
	console.error(`Cíl nesplněn: medián ${result.median} ms ≥ ${GOAL_MS} ms.`);
	process.exit(1);
}
