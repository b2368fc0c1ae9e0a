/**
 * Results of a survey (aggregated in SQL, built by `buildResults`), free-text answers paginated,
 * the raw-answers export streamed as CSV or XLSX in keyset batches of responses (memory does not
 * grow with the number of answers), and the statistics for the annual report.
 */
import { PassThrough, Readable } from 'node:stream';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { surveyAnswers, surveyResponses } from './survey.schema.ts';
import { loadDefinition, managedSurvey, type SurveyRow } from './survey.service.server.ts';
import { resultsFilterInput } from './survey.validation.ts';
import {
	allQuestions,
	CHANNEL_LABELS,
	csvLine,
	EXPORT_FIXED_HEADERS,
	exportCells,
	exportColumns,
	type AnswerValue,
	type SurveyDefinition
} from './views/surveys/survey.form.ts';
import {
	buildResults,
	type ResultAggregates,
	type SurveyResults
} from './views/surveys/survey.results.ts';

/** SQL condition on `response_id` columns for the filter (one question's chosen option). */
function filterSql(
	surveyId: string,
	filter: { questionId: string; optionId: string } | null,
	column: SQL
): SQL {
	const inSurvey = sql`${column} in (select id from participation_survey_responses where survey_id = ${surveyId})`;
	if (!filter) return inSurvey;
	return sql`${inSurvey} and ${column} in (select response_id from participation_survey_answers where question_id = ${filter.questionId} and option_id = ${filter.optionId})`;
}

function resolveFilter(
	def: SurveyDefinition,
	raw: string | null
): { questionId: string; optionId: string; label: string } | null {
	if (!raw) return null;
	const [questionId, optionId] = raw.split(':');
	const q = allQuestions(def).find((x) => x.id === questionId);
	const o = q?.options.find((x) => x.id === optionId);
	if (!q || !o || (q.kind !== 'single' && q.kind !== 'multiple')) {
		throw new ValidationError({ filter: ['Vyberte filtr z nabídky.'] });
	}
	return { questionId, optionId, label: `${q.number}. ${q.text}: ${o.label}` };
}

/** Aggregates of one survey (optionally only respondents who chose one option). */
export async function aggregateResults(
	surveyId: string,
	filter: { questionId: string; optionId: string } | null,
	target: Db = db()
): Promise<ResultAggregates> {
	const responseFilter = filterSql(surveyId, filter, sql`a.response_id`);
	const [respondents, cells, questions, rows] = await Promise.all([
		queryRows<{ n: number }>(
			target,
			sql`select count(*)::int as n from participation_survey_responses r where ${filterSql(surveyId, filter, sql`r.id`)}`
		),
		queryRows<{
			questionId: string;
			optionId: string | null;
			rowId: string | null;
			value: string | null;
			n: number;
		}>(
			target,
			sql`select a.question_id as "questionId", a.option_id as "optionId", a.row_id as "rowId",
				case when q.kind = 'scale' then a.number_value::text end as value,
				count(distinct a.response_id)::int as n
			from participation_survey_answers a join participation_survey_questions q on q.id = a.question_id
			where q.survey_id = ${surveyId} and q.kind in ('single', 'multiple', 'matrix', 'scale') and ${responseFilter}
			group by 1, 2, 3, 4`
		),
		queryRows<{
			questionId: string;
			answered: number;
			mean: string | null;
			min: string | null;
			max: string | null;
		}>(
			target,
			sql`select a.question_id as "questionId", count(distinct a.response_id)::int as answered,
				avg(a.number_value)::text as mean, min(a.number_value)::text as min, max(a.number_value)::text as max
			from participation_survey_answers a join participation_survey_questions q on q.id = a.question_id
			where q.survey_id = ${surveyId} and ${responseFilter}
			group by 1`
		),
		queryRows<{ questionId: string; rowId: string; answered: number }>(
			target,
			sql`select a.question_id as "questionId", a.row_id as "rowId", count(distinct a.response_id)::int as answered
			from participation_survey_answers a join participation_survey_questions q on q.id = a.question_id
			where q.survey_id = ${surveyId} and q.kind = 'matrix' and a.row_id is not null and ${responseFilter}
			group by 1, 2`
		)
	]);
	const num = (v: string | null) => (v === null ? null : Number(v));
	return {
		respondents: respondents[0]?.n ?? 0,
		cells: cells.map((c) => ({ ...c, n: Number(c.n) })),
		questions: questions.map((q) => ({
			questionId: q.questionId,
			answered: Number(q.answered),
			mean: num(q.mean),
			min: num(q.min),
			max: num(q.max)
		})),
		rows: rows.map((r) => ({ ...r, answered: Number(r.answered) }))
	};
}

export interface ResultsView {
	survey: SurveyRow;
	definition: SurveyDefinition;
	results: SurveyResults;
}

/** Results of a survey for its coordinators; `query.filter` = `<questionId>:<optionId>`. */
export async function getSurveyResults(
	actor: Actor,
	surveyId: string,
	query: unknown = {}
): Promise<ResultsView> {
	const survey = await managedSurvey(actor, surveyId);
	const q = parseInput(resultsFilterInput, query);
	const definition = await loadDefinition(survey);
	const filter = resolveFilter(definition, q.filter);
	const agg = await aggregateResults(survey.id, filter);
	return { survey, definition, results: buildResults(definition, agg, filter) };
}

export interface TextAnswerRow {
	seq: number;
	text: string;
	submittedAt: Date;
}

/** Free-text answers of one question, newest first, paginated (and filtered like the results). */
export async function listTextAnswers(
	actor: Actor,
	surveyId: string,
	questionId: string,
	query: { page?: number; pageSize?: number; filter?: string | null } = {}
): Promise<{ rows: TextAnswerRow[]; total: number; page: number; pageSize: number }> {
	const survey = await managedSurvey(actor, surveyId);
	const definition = await loadDefinition(survey);
	const question = allQuestions(definition).find((q) => q.id === questionId);
	if (!question) throw new NotFoundError('Otázka nebyla nalezena.');
	const filter = resolveFilter(
		definition,
		parseInput(resultsFilterInput, { filter: query.filter ?? '' }).filter
	);
	const page = Math.max(1, Math.floor(query.page ?? 1));
	const pageSize = Math.min(100, Math.max(1, Math.floor(query.pageSize ?? 20)));
	const where = and(
		eq(surveyAnswers.questionId, question.id),
		sql`${surveyAnswers.textValue} is not null`,
		filterSql(survey.id, filter, sql`${surveyAnswers.responseId}`)
	);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({
				seq: surveyResponses.seq,
				text: sql<string>`${surveyAnswers.textValue}`,
				submittedAt: surveyResponses.submittedAt
			})
			.from(surveyAnswers)
			.innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
			.where(where)
			.orderBy(sql`${surveyResponses.seq} desc`)
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db()
			.select({ n: sql<number>`count(*)::int`.mapWith(Number) })
			.from(surveyAnswers)
			.where(where)
	]);
	return { rows, total: n, page, pageSize };
}

// ── export ──

/** Responses per batch of the export (answers of one batch are read with one query). */
export const EXPORT_BATCH = 500;

interface ExportRow {
	seq: number;
	channel: 'public' | 'invitation' | 'paper';
	submittedAt: Date;
	answers: AnswerValue[];
}

/** Responses of the survey in `seq` order, `batch` at a time (keyset pagination). */
export async function* responseBatches(
	surveyId: string,
	batch = EXPORT_BATCH,
	target: Db = db()
): AsyncGenerator<ExportRow[]> {
	let after = 0;
	for (;;) {
		const responses = await target
			.select({
				id: surveyResponses.id,
				seq: surveyResponses.seq,
				channel: surveyResponses.channel,
				submittedAt: surveyResponses.submittedAt
			})
			.from(surveyResponses)
			.where(and(eq(surveyResponses.surveyId, surveyId), gt(surveyResponses.seq, after)))
			.orderBy(asc(surveyResponses.seq))
			.limit(batch);
		if (responses.length === 0) return;
		const answers = await target
			.select({
				responseId: surveyAnswers.responseId,
				questionId: surveyAnswers.questionId,
				optionId: surveyAnswers.optionId,
				rowId: surveyAnswers.rowId,
				numberValue: surveyAnswers.numberValue,
				textValue: surveyAnswers.textValue
			})
			.from(surveyAnswers)
			.where(
				inArray(
					surveyAnswers.responseId,
					responses.map((r) => r.id)
				)
			)
			.orderBy(asc(surveyAnswers.id));
		const byResponse = new Map<string, AnswerValue[]>();
		for (const a of answers) {
			const list = byResponse.get(a.responseId);
			if (list) list.push(a);
			else byResponse.set(a.responseId, [a]);
		}
		yield responses.map((r) => ({
			seq: r.seq,
			channel: r.channel,
			submittedAt: r.submittedAt,
			answers: byResponse.get(r.id) ?? []
		}));
		after = responses[responses.length - 1].seq;
		if (responses.length < batch) return;
	}
}

/** One formatter for every row (creating an Intl formatter per row is slow and holds native memory). */
const PRAGUE_STAMP = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Prague',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** `2026-03-01 14:05` in Prague time (sortable, unambiguous in a spreadsheet). */
const stamp = (d: Date): string => PRAGUE_STAMP.format(d);

/** The header row and the cell rows of the export (one definition for CSV, XLSX and the API). */
export function exportLayout(def: SurveyDefinition) {
	const columns = exportColumns(def);
	return {
		headers: [...EXPORT_FIXED_HEADERS, ...columns.map((c) => c.header)],
		row: (r: ExportRow) => [
			String(r.seq),
			CHANNEL_LABELS[r.channel],
			stamp(r.submittedAt),
			...exportCells(def, columns, r.answers)
		]
	};
}

function fileStem(survey: SurveyRow): string {
	const slug = survey.title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `dotaznik-${slug || 'odpovedi'}-${pragueDay()}`;
}

/** CSV lines (UTF-8 with BOM, `;`-separated) of all responses, produced batch by batch. */
export async function* csvChunks(survey: SurveyRow, target: Db = db()): AsyncGenerator<string> {
	const layout = exportLayout(await loadDefinition(survey, target));
	yield `\uFEFF${csvLine(layout.headers)}`;
	for await (const batch of responseBatches(survey.id, EXPORT_BATCH, target)) {
		yield batch.map((r) => csvLine(layout.row(r))).join('');
	}
}

/** Write the XLSX of all responses to `out` (streaming writer; waits for the reader between batches). */
export async function writeXlsx(
	survey: SurveyRow,
	out: NodeJS.WritableStream & { writableNeedDrain?: boolean },
	target: Db = db()
): Promise<void> {
	const layout = exportLayout(await loadDefinition(survey, target));
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream: out as never,
		useStyles: false,
		useSharedStrings: false
	});
	workbook.creator = 'Souhra';
	const sheet = workbook.addWorksheet('Odpovědi');
	sheet.addRow(layout.headers).commit();
	for await (const batch of responseBatches(survey.id, EXPORT_BATCH, target)) {
		for (const r of batch) sheet.addRow(layout.row(r)).commit();
		if (out.writableNeedDrain) await once(out as PassThrough, 'drain');
	}
	sheet.commit();
	await workbook.commit();
}

export interface ExportStream {
	filename: string;
	contentType: string;
	body: ReadableStream<Uint8Array>;
}

/** The streamed CSV export (authorized before the first byte). */
export async function exportResponsesCsv(actor: Actor, surveyId: string): Promise<ExportStream> {
	const survey = await managedSurvey(actor, surveyId);
	const chunks = csvChunks(survey);
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				const next = await chunks.next();
				if (next.done) controller.close();
				else controller.enqueue(encoder.encode(next.value));
			} catch (error) {
				controller.error(error);
			}
		},
		async cancel() {
			await chunks.return(undefined);
		}
	});
	return { filename: `${fileStem(survey)}.csv`, contentType: 'text/csv; charset=utf-8', body };
}

/** The streamed XLSX export (authorized before the first byte). */
export async function exportResponsesXlsx(actor: Actor, surveyId: string): Promise<ExportStream> {
	const survey = await managedSurvey(actor, surveyId);
	const pass = new PassThrough();
	writeXlsx(survey, pass).then(
		() => pass.end(),
		(error: unknown) => pass.destroy(error as Error)
	);
	return {
		filename: `${fileStem(survey)}.xlsx`,
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		body: Readable.toWeb(pass) as unknown as ReadableStream<Uint8Array>
	};
}

// ── statistics for the annual report ──

export interface SurveyStatRow {
	id: string;
	title: string;
	status: 'draft' | 'open' | 'closed';
	opensOn: string | null;
	closesOn: string | null;
	openedAt: Date | null;
	closedAt: Date | null;
	responses: number;
}

/**
 * Surveys held in the area (and the areas below it) between `from` and `to` (days, inclusive):
 * opened on or before `to` and not closed before `from`, with their response counts.
 */
export async function surveyStats(options: {
	areaId: string;
	from: string;
	to: string;
}): Promise<{ surveys: SurveyStatRow[]; totalResponses: number }> {
	const rows = await queryRows<SurveyStatRow & { responses: number | string }>(
		db(),
		sql`with recursive down(id, depth) as (
				select id, 0 from organisation_areas where id = ${options.areaId}
				union all
				select a.id, down.depth + 1 from organisation_areas a join down on a.parent_id = down.id where down.depth < 10
			)
			select s.id, s.title, s.status, s.opens_on as "opensOn", s.closes_on as "closesOn",
				s.opened_at as "openedAt", s.closed_at as "closedAt",
				(select count(*) from participation_survey_responses r where r.survey_id = s.id)::int as responses
			from participation_surveys s
			where s.area_id in (select id from down) and s.opened_at is not null
				and coalesce(s.opens_on, (s.opened_at at time zone 'Europe/Prague')::date) <= ${options.to}::date
				and coalesce((s.closed_at at time zone 'Europe/Prague')::date, s.closes_on, ${options.to}::date) >= ${options.from}::date
			order by s.opened_at, s.title`
	);
	const surveys = rows.map((r) => ({
		...r,
		openedAt: r.openedAt ? new Date(r.openedAt) : null,
		closedAt: r.closedAt ? new Date(r.closedAt) : null,
		responses: Number(r.responses)
	}));
	return { surveys, totalResponses: surveys.reduce((s, r) => s + r.responses, 0) };
}
