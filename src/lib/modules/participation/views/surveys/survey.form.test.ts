import { describe, expect, it } from 'vitest';
import {
	csvLine,
	exportCells,
	exportColumns,
	fieldName,
	isShown,
	parseAnswers,
	type QuestionDef,
	type SurveyDefinition
} from './survey.form.ts';
import { buildResults, filterOptions } from './survey.results.ts';

const q = (over: Partial<QuestionDef> & Pick<QuestionDef, 'id' | 'kind'>): QuestionDef => ({
	sectionId: 's',
	text: over.id,
	help: null,
	required: false,
	hidden: false,
	number: 1,
	options: [],
	rows: [],
	condition: null,
	version: 1,
	...over
});

const alone = q({
	id: 'alone',
	kind: 'single',
	number: 1,
	required: true,
	options: [
		{ id: 'yes', label: 'Ano' },
		{ id: 'no', label: 'Ne' }
	]
});
const services = q({
	id: 'services',
	kind: 'multiple',
	number: 2,
	options: [
		{ id: 'a', label: 'pečovatelská služba' },
		{ id: 'b', label: 'stacionář' }
	]
});
const missing = q({
	id: 'missing',
	kind: 'short_text',
	number: 3,
	required: true,
	condition: { questionId: 'alone', optionId: 'yes', questionText: '1. alone', optionLabel: 'Ano' }
});
const scale = q({ id: 'scale', kind: 'scale', number: 4 });
const matrix = q({
	id: 'matrix',
	kind: 'matrix',
	number: 5,
	required: true,
	options: [
		{ id: 'good', label: 'dobře' },
		{ id: 'bad', label: 'špatně' }
	],
	rows: [
		{ id: 'r1', label: 'doprava' },
		{ id: 'r2', label: 'informace' }
	]
});
const number = q({ id: 'number', kind: 'number', number: 6 });
const hidden = q({ id: 'old', kind: 'long_text', number: 7, hidden: true, required: true });
const def: SurveyDefinition = {
	id: 'x',
	title: 'T',
	description: null,
	sections: [
		{
			id: 's',
			title: 'S',
			description: null,
			version: 1,
			questions: [alone, services, missing, scale, matrix, number, hidden]
		}
	]
};

describe('conditions and parsing', () => {
	it('shows a conditional question only when its option is chosen; hidden never', () => {
		expect(isShown(missing, {})).toBe(false);
		expect(isShown(missing, { [fieldName('alone')]: 'yes' })).toBe(true);
		expect(isShown(missing, { [fieldName('alone')]: 'no' })).toBe(false);
		expect(isShown(hidden, {})).toBe(false);
	});

	it('required shown questions must be answered; answers to hidden questions are ignored', () => {
		const empty = parseAnswers(def, {});
		expect(Object.keys(empty.errors).sort()).toEqual(
			[fieldName('alone'), fieldName('matrix')].sort()
		);
		expect(empty.labels[fieldName('alone')]).toBe('1. alone');
		const ok = parseAnswers(def, {
			[fieldName('alone')]: 'no',
			[fieldName('missing')]: 'ignored',
			[fieldName('services')]: ['a', 'b', 'a'],
			[fieldName('scale')]: '4',
			[fieldName('matrix', 'r1')]: 'good',
			[fieldName('matrix', 'r2')]: 'bad',
			[fieldName('number')]: '2,5',
			[fieldName('old')]: 'hidden answer'
		});
		expect(ok.errors).toEqual({});
		expect(ok.answers).toEqual([
			{ questionId: 'alone', optionId: 'no' },
			{ questionId: 'services', optionId: 'a' },
			{ questionId: 'services', optionId: 'b' },
			{ questionId: 'scale', numberValue: '4' },
			{ questionId: 'matrix', rowId: 'r1', optionId: 'good' },
			{ questionId: 'matrix', rowId: 'r2', optionId: 'bad' },
			{ questionId: 'number', numberValue: '2.5' }
		]);
	});

	it('rejects foreign options, bad numbers, scale out of range, overlong text with Czech messages', () => {
		const bad = parseAnswers(def, {
			[fieldName('alone')]: 'yes',
			[fieldName('missing')]: 'x'.repeat(501),
			[fieldName('services')]: 'zzz',
			[fieldName('scale')]: '6',
			[fieldName('matrix', 'r1')]: 'good',
			[fieldName('number')]: 'hodně'
		});
		expect(bad.errors[fieldName('missing')]).toEqual(['Odpověď může mít nejvýše 500 znaků.']);
		expect(bad.errors[fieldName('services')]).toEqual(['Vyberte z nabízených možností.']);
		expect(bad.errors[fieldName('scale')]).toEqual(['Vyberte hodnotu na stupnici 1–5.']);
		expect(bad.errors[fieldName('matrix')]).toEqual(['Odpovězte prosím u všech řádků.']);
		expect(bad.errors[fieldName('number')]).toEqual(['Zadejte číslo (např. 3 nebo 2,5).']);
	});
});

describe('export layout', () => {
	it('one column per question, per matrix row; choices joined; CSV quoting and formula guard', () => {
		const cols = exportColumns(def);
		expect(cols.map((c) => c.header)).toContain('5. matrix – doprava');
		const cells = exportCells(def, cols, [
			{ questionId: 'services', optionId: 'a' },
			{ questionId: 'services', optionId: 'b' },
			{ questionId: 'number', numberValue: '2.5' },
			{ questionId: 'matrix', rowId: 'r2', optionId: 'bad' }
		]);
		expect(cells[cols.findIndex((c) => c.questionId === 'services')]).toBe(
			'pečovatelská služba; stacionář'
		);
		expect(cells[cols.findIndex((c) => c.rowId === 'r2')]).toBe('špatně');
		expect(cells[cols.findIndex((c) => c.questionId === 'number')]).toBe('2,5');
		expect(csvLine(['a;b', 'say "hi"', '=SUM(A1)', '-3', 'x'])).toBe(
			'"a;b";"say ""hi""";\'=SUM(A1);-3;x\r\n'
		);
	});
});

describe('results', () => {
	it('counts and shares of those who answered; matrix per row; scale distribution', () => {
		const r = buildResults(def, {
			respondents: 4,
			cells: [
				{ questionId: 'alone', optionId: 'yes', rowId: null, value: null, n: 1 },
				{ questionId: 'alone', optionId: 'no', rowId: null, value: null, n: 3 },
				{ questionId: 'scale', optionId: null, rowId: null, value: '4', n: 2 },
				{ questionId: 'matrix', optionId: 'good', rowId: 'r1', value: null, n: 1 }
			],
			questions: [
				{ questionId: 'alone', answered: 4, mean: null, min: null, max: null },
				{ questionId: 'scale', answered: 2, mean: 4, min: 4, max: 4 }
			],
			rows: [{ questionId: 'matrix', rowId: 'r1', answered: 2 }]
		});
		const alone = r.questions.find((x) => x.id === 'alone')!;
		expect(alone.counts.map((c) => [c.label, c.count, c.share])).toEqual([
			['Ano', 1, 0.25],
			['Ne', 3, 0.75]
		]);
		const sc = r.questions.find((x) => x.id === 'scale')!;
		expect(sc.counts.map((c) => c.count)).toEqual([0, 0, 0, 2, 0]);
		expect(sc.counts[3].share).toBe(1);
		expect(sc.stats).toEqual({ mean: 4, min: 4, max: 4 });
		const mx = r.questions.find((x) => x.id === 'matrix')!;
		expect(mx.matrix!.rows[0].cells[0]).toMatchObject({ count: 1, share: 0.5 });
		expect(mx.matrix!.rows[1].answered).toBe(0);
		expect(filterOptions(def).map((o) => o.value)).toEqual([
			'alone:yes',
			'alone:no',
			'services:a',
			'services:b'
		]);
	});
});
