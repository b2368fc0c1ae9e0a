/**
 * Meetings at national scale (issue 3, "Scale"): 206 ORP × 6 bodies × 10 years × 8 meetings
 * ≈ 100k meetings with 4 agenda items (minutes text), a resolution and a task each, on a fresh
 * PostgreSQL database. The data are bulk-inserted with SQL (generate_series) for speed — the
 * national generator of issue 9 will build them through the services. Then the real services are
 * timed: warm-up, several runs, median and p95. Results: bench/results/meetings.{json,md}.
 *
 *   npm run bench                      # BENCH_DATABASE_URL defaults to the local PostgreSQL
 *   npm run bench -- --runs 50
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows, setDatabase } from '#lib/platform/db/client.server.ts';
import { migrate } from '#lib/platform/db/migrate.server.ts';
import type { Actor } from '#lib/platform/access/actor.ts';
import {
	getMeetingDetail,
	listMeetings,
	listPublicMeetings,
	searchMeetings
} from '#lib/modules/meetings/index.ts';
import territory from '#lib/modules/organisation/data/territory.json' with { type: 'json' };

const { values: args } = parseArgs({
	options: { runs: { type: 'string', default: '25' }, keep: { type: 'boolean', default: false } },
	allowPositionals: true
});
const RUNS = Number(args.runs);

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = 'souhra_bench';

async function prepare(): Promise<string> {
	const admin = await openPostgres(adminUrl, 1);
	await admin.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
	await admin.db.execute(sql.raw(`create database ${dbName}`));
	await admin.close();
	const url = new URL(adminUrl);
	url.pathname = `/${dbName}`;
	return url.toString();
}

async function fill(db: Parameters<typeof migrate>[0]): Promise<Record<string, number>> {
	const t0 = performance.now();
	for (const k of territory.kraje) {
		await db.execute(
			sql`insert into organisation_areas (kind, name, code) values ('kraj', ${k.name}, ${k.code})`
		);
	}
	for (const o of territory.orp) {
		const kraj = territory.kraje.find((k) => k.nuts === o.kraj)!;
		await db.execute(sql`insert into organisation_areas (kind, name, code, parent_id)
			select 'orp', ${'ORP ' + o.name}, ${o.code ?? 'PRAHA'}, id from organisation_areas where kind = 'kraj' and code = ${kraj.code}`);
	}
	await db.execute(sql`insert into organisation_bodies (area_id, kind, name, code)
		select a.id, case when n = 0 then 'steering_group' else 'working_group' end::organisation_body_kind,
			case when n = 0 then 'Řídící skupina ' || a.name else 'Pracovní skupina ' || n || ' – ' || a.name end,
			case when n = 0 then 'ŘS' else 'PS' || n end
		from organisation_areas a, generate_series(0, 5) n where a.kind = 'orp'`);
	await db.execute(sql`insert into organisation_people (first_name, last_name, triad_role, area_id, position)
		select 'Jana', 'Nováková', 'zadavatel', b.area_id, b.id::text from organisation_bodies b`);
	await db.execute(sql`insert into meetings_meetings (body_id, area_id, starts_at, place, status, is_published)
		select b.id, b.area_id,
			make_timestamptz(2016 + y, (array[1,2,3,5,6,9,10,11])[m + 1], 10 + (m % 3), 14, 0, 0, 'Europe/Prague'),
			'Zasedací místnost č. ' || (m + 1), 'published', true
		from organisation_bodies b, generate_series(0, 9) y, generate_series(0, 7) m`);
	await db.execute(sql`insert into meetings_agenda_items (meeting_id, position, title, minutes_html)
		select mt.id, p,
			(array['Kontrola úkolů', 'Informace z pracovních skupin', 'Rozvojová síť sociálních služeb', 'Diskuze'])[p],
			'<p>' || (array['Pečovatelská služba rozšiřuje kapacitu', 'Sociální rehabilitace a podpora bydlení',
				'Rozvojová síť sociálních služeb na další rok', 'Dluhové poradenství a krizová pomoc',
				'Domov pro seniory se zvláštním režimem'])[1 + (abs(hashtext(mt.id::text || p)) % 5)]
			|| ': ' || md5(mt.id::text || p) || '</p>'
		from meetings_meetings mt, generate_series(1, 4) p`);
	await db.execute(sql`insert into meetings_tasks (meeting_id, body_id, area_id, text, responsible_person_id, status, due_date)
		select mt.id, mt.body_id, mt.area_id, 'Připravit podklady pro rozvojovou síť', pe.id,
			case when mt.starts_at < now() - interval '60 days' then 'done' else 'open' end::meetings_task_status,
			(mt.starts_at + interval '30 days')::date
		from meetings_meetings mt join organisation_people pe on pe.position = mt.body_id::text`);
	await db.execute(sql`insert into meetings_resolutions (meeting_id, body_id, year, seq, number, text, adopted)
		select id, body_id, year, seq, 'ŘS/' || year || '/' || lpad(seq::text, 2, '0'), 'Skupina bere na vědomí informace.', true
		from (select mt.id, mt.body_id, extract(year from mt.starts_at at time zone 'Europe/Prague')::int as year,
			row_number() over (partition by mt.body_id, extract(year from mt.starts_at at time zone 'Europe/Prague') order by mt.starts_at)::int as seq
			from meetings_meetings mt) r`);
	await db.execute(sql`analyze`);
	const counts = await queryRows<{ t: string; n: string }>(
		db,
		sql`select 'areas' t, count(*) n from organisation_areas union all select 'bodies', count(*) from organisation_bodies
			union all select 'meetings', count(*) from meetings_meetings union all select 'agenda items', count(*) from meetings_agenda_items
			union all select 'tasks', count(*) from meetings_tasks union all select 'resolutions', count(*) from meetings_resolutions`
	);
	const out: Record<string, number> = Object.fromEntries(counts.map((c) => [c.t, Number(c.n)]));
	out['fill seconds'] = Math.round((performance.now() - t0) / 100) / 10;
	return out;
}

interface Result {
	name: string;
	median: number;
	p95: number;
	min: number;
	rows: number;
}

async function measure(name: string, fn: () => Promise<number>): Promise<Result> {
	for (let i = 0; i < 3; i++) await fn();
	const times: number[] = [];
	let rows = 0;
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		rows = await fn();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) =>
		Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
	return { name, median: at(0.5), p95: at(0.95), min: Math.round(times[0] * 10) / 10, rows };
}

const url = await prepare();
const database = await openPostgres(url, 4);
await migrate(database.db);
setDatabase(database);
const counts = await fill(database.db);
console.log('data:', counts);

const [msk] = await queryRows<{ id: string }>(
	database.db,
	sql`select id from organisation_areas where kind = 'kraj' and code = '132'`
);
const [ostrava] = await queryRows<{ id: string }>(
	database.db,
	sql`select id from organisation_areas where code = '8019'`
);
const [body] = await queryRows<{ id: string }>(
	database.db,
	sql`select id from organisation_bodies where area_id = ${ostrava.id} and code = 'ŘS'`
);
const [meeting] = await queryRows<{ id: string }>(
	database.db,
	sql`select id from meetings_meetings where body_id = ${body.id} order by starts_at desc limit 1`
);
const coordinator: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	name: 'Koordinátorka kraje',
	email: 'k@bench.example',
	grants: [{ role: 'coordinator', areaId: msk.id }]
};

const results = [
	await measure(
		'meetings of a kraj coordinator (22 ORP), page 1',
		async () => (await listMeetings(coordinator, {})).items.length
	),
	await measure(
		'meetings of one body, page 1',
		async () => (await listMeetings(coordinator, { bodyId: body.id })).items.length
	),
	await measure(
		'meetings of an ORP in one year',
		async () =>
			(
				await listMeetings(coordinator, {
					areaId: ostrava.id,
					from: '2020-01-01',
					to: '2020-12-31'
				})
			).items.length
	),
	await measure(
		'public list, page 200 (deep offset)',
		async () => (await listPublicMeetings({ page: 200 })).items.length
	),
	await measure(
		'search "rozvojova sit" (no diacritics) in a kraj',
		async () => (await searchMeetings(coordinator, { q: 'rozvojova sit' })).items.length
	),
	await measure('meeting detail with agenda, attendance, minutes, tasks', async () => {
		const detail = await getMeetingDetail(coordinator, meeting.id);
		return detail.agenda.length;
	})
];

const stamp = new Date().toISOString();
const dir = path.resolve('bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(
	path.join(dir, 'meetings.json'),
	JSON.stringify({ at: stamp, runs: RUNS, data: counts, results }, null, '\t') + '\n'
);
const md = [
	`# Meetings at national scale — ${stamp.slice(0, 10)}`,
	'',
	`PostgreSQL, ${RUNS} runs after 3 warm-up runs, times in ms (one process, sequential).`,
	'',
	'| data | count |',
	'| --- | ---: |',
	...Object.entries(counts).map(([k, v]) => `| ${k} | ${v} |`),
	'',
	'| query | median | p95 | min | rows |',
	'| --- | ---: | ---: | ---: | ---: |',
	...results.map((r) => `| ${r.name} | ${r.median} | ${r.p95} | ${r.min} | ${r.rows} |`),
	''
].join('\n');
writeFileSync(path.join(dir, 'meetings.md'), md);
console.log(md);

setDatabase(undefined);
await database.close();
if (!args.keep) {
	const admin = await openPostgres(adminUrl, 1);
	await admin.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
	await admin.close();
}
