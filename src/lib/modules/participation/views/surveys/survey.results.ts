/**
 * The results of a survey (client-safe): counts and shares per question built from the stored
 * aggregates. Shares are of the respondents who answered the question (so a multiple choice may
 * add up to more than 100 %). Used by the results page, the API and the tests.
 */
import { allQuestions, type QuestionKind, type SurveyDefinition } from './survey.form.ts';

export interface CountRow {
	label: string;
	/** Option id, or the scale value as a string. */
	key: string;
	count: number;
	/** 0–1 of the respondents who answered the question. */
	share: number;
}

export interface MatrixRowResult {
	label: string;
	answered: number;
	cells: CountRow[];
}

export interface QuestionResult {
	id: string;
	number: number;
	text: string;
	kind: QuestionKind;
	hidden: boolean;
	/** Respondents who answered this question. */
	answered: number;
	/** Single, multiple choice and scale: one row per option / value. */
	counts: CountRow[];
	/** Matrix: one row per item with a count per column. */
	matrix: { columns: string[]; rows: MatrixRowResult[] } | null;
	/** Number and scale: mean, minimum, maximum (null without answers). */
	stats: { mean: number; min: number; max: number } | null;
}

export interface SurveyResults {
	respondents: number;
	/** The filter applied: only respondents who chose this option. */
	filter: { questionId: string; optionId: string; label: string } | null;
	questions: QuestionResult[];
}

/** Aggregates read from the database. */
export interface ResultAggregates {
	respondents: number;
	/** Respondents per question × option (× matrix row) or per scale value. */
	cells: {
		questionId: string;
		optionId: string | null;
		rowId: string | null;
		value: string | null;
		n: number;
	}[];
	/** Per question: respondents who answered, and numeric statistics. */
	questions: {
		questionId: string;
		answered: number;
		mean: number | null;
		min: number | null;
		max: number | null;
	}[];
	/** Matrix: respondents per question × row. */
	rows: { questionId: string; rowId: string; answered: number }[];
}

const share = (n: number, of: number) => (of > 0 ? n / of : 0);

/** Build the results of every question (hidden ones included, marked) from the aggregates. */
export function buildResults(
	def: Pick<SurveyDefinition, 'sections'>,
	agg: ResultAggregates,
	filter: SurveyResults['filter'] = null
): SurveyResults {
	const cellsOf = (questionId: string) => agg.cells.filter((c) => c.questionId === questionId);
	const questions = allQuestions(def).map((q): QuestionResult => {
		const meta = agg.questions.find((x) => x.questionId === q.id);
		const answered = meta?.answered ?? 0;
		const cells = cellsOf(q.id);
		const base: QuestionResult = {
			id: q.id,
			number: q.number,
			text: q.text,
			kind: q.kind,
			hidden: q.hidden,
			answered,
			counts: [],
			matrix: null,
			stats: null
		};
		if (q.kind === 'single' || q.kind === 'multiple') {
			base.counts = q.options.map((o) => {
				const n = cells.find((c) => c.optionId === o.id)?.n ?? 0;
				return { label: o.label, key: o.id, count: n, share: share(n, answered) };
			});
		} else if (q.kind === 'scale') {
			base.counts = ['1', '2', '3', '4', '5'].map((v) => {
				const n = cells
					.filter((c) => c.value !== null && Number(c.value) === Number(v))
					.reduce((sum, c) => sum + c.n, 0);
				return { label: v, key: v, count: n, share: share(n, answered) };
			});
		} else if (q.kind === 'matrix') {
			base.matrix = {
				columns: q.options.map((o) => o.label),
				rows: q.rows.map((r) => {
					const rowAnswered =
						agg.rows.find((x) => x.questionId === q.id && x.rowId === r.id)?.answered ?? 0;
					return {
						label: r.label,
						answered: rowAnswered,
						cells: q.options.map((o) => {
							const n = cells.find((c) => c.rowId === r.id && c.optionId === o.id)?.n ?? 0;
							return { label: o.label, key: o.id, count: n, share: share(n, rowAnswered) };
						})
					};
				})
			};
		}
		if ((q.kind === 'number' || q.kind === 'scale') && meta && meta.mean !== null) {
			base.stats = { mean: meta.mean, min: meta.min ?? 0, max: meta.max ?? 0 };
		}
		return base;
	});
	return { respondents: agg.respondents, filter, questions };
}

/** Options a results filter can use: every choice of single/multiple questions. */
export function filterOptions(
	def: Pick<SurveyDefinition, 'sections'>
): { value: string; label: string }[] {
	return allQuestions(def)
		.filter((q) => q.kind === 'single' || q.kind === 'multiple')
		.flatMap((q) =>
			q.options.map((o) => ({
				value: `${q.id}:${o.id}`,
				label: `${q.number}. ${q.text}: ${o.label}`
			}))
		);
}
