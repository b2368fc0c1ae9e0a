/**
 * Survey export at scale (issue 6): Decidim's survey export runs out of memory at 250k answers;
 * ours streams. A survey with ten questions of every kind is built through the real services,
 * then ≈ 21,000 responses with ≈ 250,000 answers are filled with raw SQL (generate_series – raw
 * for speed, not how answers normally arrive) into a fresh PostgreSQL database. The CSV and XLSX
 * exports run through the real streaming functions into a null sink; the benchmark reports time,
 * bytes and peak RSS of each (goal: peak RSS independent of the number of answers).
 * Results: bench/results/surveys-export.{json,md}.
 *
 *   npx tsx bench/surveys-export.bench.ts [--responses 21000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
// App.Locals (the module doors also export route helpers that read locals.actor).
import type {} from '../src/app.d.ts';
import { openPostgres, setDatabase, type Db } from '#lib/platform/db/client.server.ts';
import { migrate } from '#lib/platform/db/migrate.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { areas } from '#lib/modules/organisation/index.ts';
import {
	addQuestion,
	createSurvey,
	csvChunks,
	findSurvey,
	loadDefinition,
	writeXlsx
} from '#lib/modules/participation/index.ts';

const { values: args } = parseArgs({
	options: { responses: { type: 'string', default: '21000' } },
	allowPositionals: true
});
const RESPONSES = Number(args.responses);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = 'souhra_bench_surveys';
const actor = systemActor('bench');

async function prepare(): Promise<string> {
	const admin = await openPostgres(adminUrl, 1);
	await admin.db.execute(sql.raw(`drop database if exists ${dbName} with (force)`));
	await admin.db.execute(sql.raw(`create database ${dbName}`));
	await admin.close();
	const url = new URL(adminUrl);
	url.pathname = `/${dbName}`;
	return url.toString();
}

/** A survey of every question kind (through the services, so it is what users build). */
async function buildSurvey(db: Db): Promise<string> {
	const [area] = await db
		.insert(areas)
		.values({ kind: 'orp', name: 'ORP Benchmark', code: 'B1' })
		.returning();
	const survey = await createSurvey(actor, {
		areaId: area.id,
		title: 'Benchmark: potřeby seniorů',
		publicLink: 'on'
	});
	const sectionId = (await loadDefinition(survey)).sections[0].id;
	const add = (q: Record<string, string>) => addQuestion(actor, survey.id, { sectionId, ...q });
	await add({ kind: 'single', text: 'Věková skupina', options: 'do 64\n65–74\n75–84\n85+' });
	await add({ kind: 'single', text: 'Žijete sám?', options: 'Ano\nNe' });
	await add({
		kind: 'multiple',
		text: 'Služby',
		options: 'pečovatelská\nasistence\nstacionář\nodlehčovací\ndomov\ndoprava'
	});
	await add({ kind: 'scale', text: 'Spokojenost' });
	await add({
		kind: 'matrix',
		text: 'Hodnocení',
		options: 'dobře\nspíše dobře\nspíše špatně\nšpatně',
		rows: 'informace\ndoprava\npomoc doma'
	});
	await add({ kind: 'number', text: 'Hodin pomoci týdně' });
	await add({ kind: 'short_text', text: 'Co chybí?' });
	await add({ kind: 'long_text', text: 'Náměty' });
	await add({ kind: 'single', text: 'Informace', options: 'zpravodaj\ne-mail\nlékař\nnechci' });
	await add({ kind: 'single', text: 'Obec', options: 'město\nvenkov' });
	return survey.id;
}

/** Raw SQL fill: responses by generate_series, then the answers of each question from them. */
async function fill(db: Db, surveyId: string): Promise<number> {
	await db.execute(sql`insert into participation_survey_responses (survey_id, channel, submitted_at)
		select ${surveyId}::uuid, case when g % 5 = 0 then 'paper' else 'public' end::participation_survey_channel,
			now() - make_interval(mins => g)
		from generate_series(1, ${RESPONSES}) g`);
	const def = await loadDefinition(await findSurvey(surveyId));
	const questions = def.sections.flatMap((s) => s.questions);
	const arr = (ids: string[]) =>
		sql`array[${sql.join(
			ids.map((i) => sql`${i}::uuid`),
			sql`, `
		)}]`;
	for (const q of questions) {
		const opts = q.options.map((o) => o.id);
		if (q.kind === 'single') {
			await db.execute(sql`insert into participation_survey_answers (response_id, question_id, option_id)
				select r.id, ${q.id}::uuid, (${arr(opts)})[1 + ((r.seq * 7 + ${q.number}) % ${opts.length})]
				from participation_survey_responses r where r.survey_id = ${surveyId}`);
		} else if (q.kind === 'multiple') {
			await db.execute(sql`insert into participation_survey_answers (response_id, question_id, option_id)
				select r.id, ${q.id}::uuid, o.id
				from participation_survey_responses r
				cross join unnest(${arr(opts)}) with ordinality as o(id, n)
				where r.survey_id = ${surveyId} and (r.seq + o.n) % 3 = 0`);
		} else if (q.kind === 'matrix') {
			await db.execute(sql`insert into participation_survey_answers (response_id, question_id, row_id, option_id)
				select r.id, ${q.id}::uuid, w.id, (${arr(opts)})[1 + ((r.seq + w.n) % ${opts.length})]
				from participation_survey_responses r
				cross join unnest(${arr(q.rows.map((x) => x.id))}) with ordinality as w(id, n)
				where r.survey_id = ${surveyId}`);
		} else if (q.kind === 'scale' || q.kind === 'number') {
			const mod = q.kind === 'scale' ? 5 : 40;
			await db.execute(sql`insert into participation_survey_answers (response_id, question_id, number_value)
				select r.id, ${q.id}::uuid, 1 + (r.seq % ${mod})
				from participation_survey_responses r where r.survey_id = ${surveyId}`);
		} else {
			await db.execute(sql`insert into participation_survey_answers (response_id, question_id, text_value)
				select r.id, ${q.id}::uuid, 'Odpověď č. ' || r.seq || ': více spojů a pomoci v domácnosti, "hlavně" večer; díky'
				from participation_survey_responses r where r.survey_id = ${surveyId}`);
		}
	}
	await db.execute(sql`analyze participation_survey_responses`);
	await db.execute(sql`analyze participation_survey_answers`);
	const [row] = (await db.execute(
		sql`select count(*)::int as n from participation_survey_answers`
	)) as unknown as { n: number }[];
	return Number(row.n);
}

interface Run {
	name: string;
	seconds: number;
	megabytes: number;
	peakRssMb: number;
}

async function measure(name: string, work: () => Promise<number>): Promise<Run> {
	global.gc?.();
	let peak = process.memoryUsage().rss;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const started = performance.now();
	const bytes = await work();
	const seconds = (performance.now() - started) / 1000;
	clearInterval(timer);
	peak = Math.max(peak, process.memoryUsage().rss);
	return {
		name,
		seconds,
		megabytes: bytes / 1024 / 1024,
		peakRssMb: Math.round(peak / 1024 / 1024)
	};
}

/** A writable that only counts bytes (the null sink of the XLSX writer). */
function nullSink(): Writable & { bytes: number } {
	const sink = new Writable({
		write(chunk: Buffer, _enc, done) {
			sink.bytes += chunk.length;
			done();
		}
	}) as Writable & { bytes: number };
	sink.bytes = 0;
	return sink;
}

const database = await openPostgres(await prepare(), 10);
await migrate(database.db);
setDatabase(database);
const surveyId = await buildSurvey(database.db);
const fillStarted = performance.now();
const answers = await fill(database.db, surveyId);
const fillSeconds = (performance.now() - fillStarted) / 1000;
const survey = await findSurvey(surveyId);
const startRss = Math.round(process.memoryUsage().rss / 1024 / 1024);

const runs = [
	await measure('CSV (csvChunks → null sink)', async () => {
		let bytes = 0;
		for await (const chunk of csvChunks(survey)) bytes += Buffer.byteLength(chunk);
		return bytes;
	}),
	await measure('XLSX (stream.xlsx.WorkbookWriter → null sink)', async () => {
		const sink = nullSink();
		await writeXlsx(survey, sink);
		await new Promise<void>((resolve) => sink.end(resolve));
		return sink.bytes;
	})
];
await database.close();
setDatabase(undefined);

const stamp = new Date().toISOString().slice(0, 10);
const lines = [
	`# Survey export at scale — ${stamp}`,
	'',
	`PostgreSQL, one survey of 10 questions (all kinds), ${RESPONSES} responses with ${answers} answers (filled with raw SQL in ${fillSeconds.toFixed(1)} s). RSS before the exports ${startRss} MB (process with all modules loaded). Exports read responses in keyset batches of 500.`,
	'',
	'| export | seconds | MB written | peak RSS (MB) |',
	'| ------ | ------: | ---------: | ------------: |',
	...runs.map(
		(r) => `| ${r.name} | ${r.seconds.toFixed(1)} | ${r.megabytes.toFixed(1)} | ${r.peakRssMb} |`
	),
	''
];
const results = path.resolve('bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(
	path.join(results, 'surveys-export.json'),
	JSON.stringify(
		{
			at: stamp,
			responses: RESPONSES,
			answers,
			fillSeconds: Number(fillSeconds.toFixed(2)),
			startRssMb: startRss,
			runs: runs.map((r) => ({
				name: r.name,
				seconds: Number(r.seconds.toFixed(2)),
				megabytes: Number(r.megabytes.toFixed(2)),
				peakRssMb: r.peakRssMb
			}))
		},
		null,
		'\t'
	) + '\n'
);
writeFileSync(path.join(results, 'surveys-export.md'), lines.join('\n'));
console.log(lines.join('\n'));
