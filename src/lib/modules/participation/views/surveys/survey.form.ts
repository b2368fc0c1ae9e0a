/**
 * The survey definition as the answer form, the results and the export see it, and the pure
 * rules on it (client-safe): which questions are shown (conditions), how a submitted form turns
 * into answers with Czech errors, and the export columns. One definition serves the page, the API
 * and the export headers.
 */

export const QUESTION_KINDS = [
	'single',
	'multiple',
	'scale',
	'matrix',
	'number',
	'short_text',
	'long_text'
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const CHOICE_KINDS: readonly QuestionKind[] = ['single', 'multiple'];
export const TEXT_KINDS: readonly QuestionKind[] = ['short_text', 'long_text'];
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
/** Limits of answers. */
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;
export const NUMBER_MAX = 1_000_000_000;

export interface OptionDef {
	id: string;
	label: string;
}

export interface ConditionDef {
	questionId: string;
	optionId: string;
	questionText: string;
	optionLabel: string;
}

export interface QuestionDef {
	id: string;
	sectionId: string;
	kind: QuestionKind;
	text: string;
	help: string | null;
	required: boolean;
	hidden: boolean;
	/** 1-based number among all questions (hidden ones included, so numbers stay stable). */
	number: number;
	/** Choices, or the columns of a matrix. */
	options: OptionDef[];
	/** Rows of a matrix. */
	rows: OptionDef[];
	condition: ConditionDef | null;
	version: number;
}

export interface SectionDef {
	id: string;
	title: string;
	description: string | null;
	questions: QuestionDef[];
	version: number;
}

export interface SurveyDefinition {
	id: string;
	title: string;
	description: string | null;
	sections: SectionDef[];
}

/** All questions in order. */
export function allQuestions(def: Pick<SurveyDefinition, 'sections'>): QuestionDef[] {
	return def.sections.flatMap((s) => s.questions);
}

/** Questions a respondent is asked (not hidden). */
export function askedQuestions(def: Pick<SurveyDefinition, 'sections'>): QuestionDef[] {
	return allQuestions(def).filter((q) => !q.hidden);
}

/** Form field name of a question (`q_<id>`), of a matrix row (`q_<id>_<rowId>`). */
export const fieldName = (questionId: string, rowId?: string) =>
	rowId ? `q_${questionId}_${rowId}` : `q_${questionId}`;

export type FormValues = Record<string, string | string[] | undefined>;

const listOf = (v: string | string[] | undefined): string[] =>
	v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== '');

/** Is the question shown, given the values chosen so far? (Hidden questions never are.) */
export function isShown(question: QuestionDef, values: FormValues): boolean {
	if (question.hidden) return false;
	if (!question.condition) return true;
	return listOf(values[fieldName(question.condition.questionId)]).includes(
		question.condition.optionId
	);
}

/** One stored answer value. */
export interface AnswerValue {
	questionId: string;
	optionId?: string | null;
	rowId?: string | null;
	numberValue?: string | null;
	textValue?: string | null;
}

export interface ParsedAnswers {
	answers: AnswerValue[];
	/** Field name → Czech messages. */
	errors: Record<string, string[]>;
	/** Field name → question label, for the error summary. */
	labels: Record<string, string>;
}

const label = (q: QuestionDef) => `${q.number}. ${q.text}`;

/**
 * Turn submitted form values into answers. Answers to questions that are not shown (a condition
 * not met, a hidden question) are ignored; required questions that are shown must be answered.
 */
export function parseAnswers(def: Pick<SurveyDefinition, 'sections'>, values: FormValues) {
	const out: ParsedAnswers = { answers: [], errors: {}, labels: {} };
	const fail = (q: QuestionDef, message: string) => {
		const key = fieldName(q.id);
		(out.errors[key] ??= []).push(message);
		out.labels[key] = label(q);
	};
	for (const q of askedQuestions(def)) {
		if (!isShown(q, values)) continue;
		const raw = values[fieldName(q.id)];
		const optionIds = new Set(q.options.map((o) => o.id));
		switch (q.kind) {
			case 'single': {
				const chosen = listOf(raw);
				if (chosen.length === 0) {
					if (q.required) fail(q, 'Vyberte jednu z možností.');
				} else if (chosen.length > 1 || !optionIds.has(chosen[0])) {
					fail(q, 'Vyberte jednu z nabízených možností.');
				} else out.answers.push({ questionId: q.id, optionId: chosen[0] });
				break;
			}
			case 'multiple': {
				const chosen = [...new Set(listOf(raw))];
				if (chosen.length === 0) {
					if (q.required) fail(q, 'Vyberte alespoň jednu možnost.');
				} else if (chosen.some((c) => !optionIds.has(c))) {
					fail(q, 'Vyberte z nabízených možností.');
				} else for (const c of chosen) out.answers.push({ questionId: q.id, optionId: c });
				break;
			}
			case 'scale': {
				const v = listOf(raw)[0];
				if (v === undefined) {
					if (q.required) fail(q, 'Vyberte hodnotu na stupnici 1–5.');
				} else if (!/^[1-5]$/.test(v)) fail(q, 'Vyberte hodnotu na stupnici 1–5.');
				else out.answers.push({ questionId: q.id, numberValue: v });
				break;
			}
			case 'number': {
				const v = (listOf(raw)[0] ?? '').trim().replace(/\s/g, '').replace(',', '.');
				if (v === '') {
					if (q.required) fail(q, 'Zadejte číslo.');
				} else if (!/^-?\d+(\.\d+)?$/.test(v) || Math.abs(Number(v)) > NUMBER_MAX) {
					fail(q, 'Zadejte číslo (např. 3 nebo 2,5).');
				} else out.answers.push({ questionId: q.id, numberValue: String(Number(v)) });
				break;
			}
			case 'short_text':
			case 'long_text': {
				const v = (listOf(raw)[0] ?? '').trim();
				const max = q.kind === 'short_text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
				if (v === '') {
					if (q.required) fail(q, 'Vyplňte odpověď.');
				} else if (v.length > max) fail(q, `Odpověď může mít nejvýše ${max} znaků.`);
				else if (v.includes('\u0000')) fail(q, 'Odpověď obsahuje nepovolený znak.');
				else out.answers.push({ questionId: q.id, textValue: v });
				break;
			}
			case 'matrix': {
				let missing = false;
				for (const row of q.rows) {
					const v = listOf(values[fieldName(q.id, row.id)])[0];
					if (v === undefined) missing = true;
					else if (!optionIds.has(v)) {
						fail(q, `U řádku „${row.label}“ vyberte jednu z nabízených možností.`);
					} else out.answers.push({ questionId: q.id, rowId: row.id, optionId: v });
				}
				if (missing && q.required) fail(q, 'Odpovězte prosím u všech řádků.');
				break;
			}
		}
	}
	return out;
}

/** Czech hint of a conditional question, shown when the page works without JavaScript. */
export function conditionHint(c: ConditionDef): string {
	return `Odpovězte, jen pokud jste u otázky „${c.questionText}“ odpověděli „${c.optionLabel}“.`;
}

// ── export columns ──

export interface ExportColumn {
	header: string;
	questionId: string;
	/** Matrix row of this column. */
	rowId?: string;
}

/** Columns of the raw-answers export after the fixed ones (number, channel, submitted). */
export function exportColumns(def: Pick<SurveyDefinition, 'sections'>): ExportColumn[] {
	const cols: ExportColumn[] = [];
	for (const q of allQuestions(def)) {
		if (q.kind === 'matrix') {
			for (const row of q.rows) {
				cols.push({
					header: `${q.number}. ${q.text} – ${row.label}`,
					questionId: q.id,
					rowId: row.id
				});
			}
		} else cols.push({ header: `${q.number}. ${q.text}`, questionId: q.id });
	}
	return cols;
}

export const EXPORT_FIXED_HEADERS = ['Číslo odpovědi', 'Způsob', 'Odesláno'];
export const CHANNEL_LABELS: Record<'public' | 'invitation' | 'paper', string> = {
	public: 'veřejný odkaz',
	invitation: 'pozvánka',
	paper: 'papírový dotazník'
};

/** One response's answers as cells of the export columns (multiple choices joined by "; "). */
export function exportCells(
	def: Pick<SurveyDefinition, 'sections'>,
	columns: ExportColumn[],
	answers: AnswerValue[]
): string[] {
	const labels = new Map<string, string>();
	for (const q of allQuestions(def)) for (const o of q.options) labels.set(o.id, o.label);
	const byKey = new Map<string, string[]>();
	for (const a of answers) {
		const key = a.rowId ? `${a.questionId}:${a.rowId}` : a.questionId;
		const value = a.optionId
			? (labels.get(a.optionId) ?? '')
			: a.numberValue != null
				? String(a.numberValue).replace('.', ',')
				: (a.textValue ?? '');
		const list = byKey.get(key);
		if (list) list.push(value);
		else byKey.set(key, [value]);
	}
	return columns.map((c) =>
		(byKey.get(c.rowId ? `${c.questionId}:${c.rowId}` : c.questionId) ?? []).join('; ')
	);
}

/** RFC 4180 CSV line (semicolon-separated for Czech Excel; quotes doubled). */
export function csvLine(cells: readonly string[]): string {
	return `${cells
		.map((c) => {
			const formula = /^[=+\-@\t\r]/.test(c) && !/^-?\d+(,\d+)?$/.test(c);
			const safe = formula ? `'${c}` : c;
			return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
		})
		.join(';')}\r\n`;
}
