/**
 * The XLSX template of a plan (docs/plan-import.md): an instruction sheet in Czech and the sheets
 * Priority, Opatření, Ukazatele, Aktivity with header rows, example rows, lists for data validation
 * and cost/target columns for each year of the plan period.
 */
import ExcelJS from 'exceljs';
import { SERVICE_KINDS } from '#lib/modules/catalogue/index.ts';
import {
	ACTIVITY_COLUMNS,
	CAPACITY_UNIT_LABELS,
	costHeader,
	DIRECTION_LABELS,
	FUNDING_SOURCE_LABELS,
	INDICATOR_COLUMNS,
	MEASURE_COLUMNS,
	PRIORITY_COLUMNS,
	SHEET_ACTIVITIES,
	SHEET_GUIDE,
	SHEET_INDICATORS,
	SHEET_MEASURES,
	SHEET_PRIORITIES,
	targetHeader,
	type ColumnDef
} from './import.columns.ts';
import { FUNDING_SOURCES } from './plan.tree.ts';

export interface TemplateOptions {
	/** Plan title shown on the instruction sheet (generic template: none). */
	planTitle?: string | null;
	periodFrom: number;
	periodTo: number;
	targetGroups: string[];
	bodies: string[];
	/** Fill example rows (the generic template); a plan's template has them too, marked as examples. */
	examples?: boolean;
}

const HEADER_FILL: ExcelJS.Fill = {
	type: 'pattern',
	pattern: 'solid',
	fgColor: { argb: 'FFD9E2F3' }
};

function styleHeader(sheet: ExcelJS.Worksheet, required: Set<number>) {
	const row = sheet.getRow(1);
	row.font = { bold: true };
	row.alignment = { vertical: 'middle', wrapText: true };
	row.height = 32;
	row.eachCell((cell, col) => {
		cell.fill = HEADER_FILL;
		if (required.has(col)) cell.note = 'Povinný sloupec';
	});
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addSheet(
	workbook: ExcelJS.Workbook,
	name: string,
	defs: ColumnDef[],
	extra: { header: string; width?: number }[] = []
): ExcelJS.Worksheet {
	const sheet = workbook.addWorksheet(name);
	sheet.columns = [
		...defs.map((d) => ({ header: d.header, key: d.key, width: d.width ?? 15 })),
		...extra.map((e, i) => ({ header: e.header, key: `x${i}`, width: e.width ?? 14 }))
	];
	const required = new Set(defs.map((d, i) => (d.required ? i + 1 : 0)).filter((n) => n > 0));
	styleHeader(sheet, required);
	return sheet;
}

const colLetter = (n: number): string => {
	let s = '';
	while (n > 0) {
		const m = (n - 1) % 26;
		s = String.fromCharCode(65 + m) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
};

/** Data validation for rows 2..`rows` of one column. */
function validate(
	sheet: ExcelJS.Worksheet,
	col: number,
	validation: ExcelJS.DataValidation,
	rows = 300
) {
	for (let r = 2; r <= rows; r++) sheet.getCell(r, col).dataValidation = validation;
}

function listValidation(range: string, prompt: string): ExcelJS.DataValidation {
	return {
		type: 'list',
		allowBlank: true,
		formulae: [range],
		showErrorMessage: true,
		errorStyle: 'warning',
		errorTitle: 'Hodnota mimo seznam',
		error: 'Vyberte hodnotu ze seznamu (nebo ji napište přesně).',
		showInputMessage: true,
		prompt
	};
}

const yearValidation = (from: number, to: number): ExcelJS.DataValidation => ({
	type: 'whole',
	operator: 'between',
	allowBlank: true,
	formulae: [from, to],
	showErrorMessage: true,
	errorTitle: 'Rok mimo období',
	error: `Zadejte rok z období plánu ${from}–${to}.`
});

function putRow(sheet: ExcelJS.Worksheet, n: number, values: unknown[]) {
	sheet.getRow(n).values = values as ExcelJS.CellValue[];
}

/** Build the template workbook as XLSX bytes. */
export async function buildPlanTemplate(options: TemplateOptions): Promise<Buffer> {
	const years: number[] = [];
	for (let y = options.periodFrom; y <= options.periodTo; y++) years.push(y);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Souhra';
	workbook.title = options.planTitle
		? `Šablona importu – ${options.planTitle}`
		: 'Šablona importu plánu';

	// Instruction sheet
	const guide = workbook.addWorksheet(SHEET_GUIDE);
	guide.columns = [{ width: 28 }, { width: 100 }];
	const lines: [string, string][] = [
		['Šablona střednědobého plánu', options.planTitle ?? 'Obecná šablona (ukázkové období)'],
		['Období plánu', `${options.periodFrom}–${options.periodTo}`],
		['', ''],
		['Jak postupovat', '1. Vyplňte listy Priority, Opatření, Ukazatele a Aktivity od 2. řádku.'],
		['', '2. Neměňte názvy listů ani záhlaví v 1. řádku; sloupce lze přeskládat.'],
		['', '3. Neslučujte buňky v datových řádcích; každá hodnota patří do své buňky.'],
		['', '4. Ukázkové řádky (začínají „Ukázka“) před importem smažte nebo přepište.'],
		[
			'',
			'5. Soubor nahrajte v plánu na stránce Import; nejdřív uvidíte náhled s chybami, nic se neuloží, dokud import nepotvrdíte.'
		],
		['', ''],
		[
			'Povinné sloupce',
			'Priority: Číslo, Název. Opatření: Číslo, Číslo priority, Název, Od roku, Do roku. Ukazatele: Číslo opatření, Název, Jednotka. Aktivity: Číslo opatření, Název.'
		],
		[
			'Náklady',
			`Sloupce „rok zdroj“ (např. „${costHeader(options.periodFrom, 'state_101a')}“) v listu Opatření, v Kč. Zdroje: ${Object.values(FUNDING_SOURCE_LABELS).join(', ')}. Roky jen z období plánu a z let opatření.`
		],
		[
			'Cíle ukazatelů',
			`Sloupce „Cíl rok“ (např. „${targetHeader(options.periodFrom)}“) v listu Ukazatele.`
		],
		['Druhy služeb', 'Oddělte středníkem: „§ 49; § 40“, také „49“ nebo „Domovy pro seniory“.'],
		['Jednotky kapacity', Object.values(CAPACITY_UNIT_LABELS).join(', ')],
		[
			'Snížení kapacity',
			'„ano“ = změna je snížení (uloží se jako záporná); záporné číslo bez „ano“ je chyba.'
		],
		['Směr ukazatele', Object.values(DIRECTION_LABELS).join(', ')],
		['Čísla', 'Čísla pište jako čísla (1 234,50); text „cca“ apod. není číslo.'],
		[
			'Existující čísla',
			'Priority a opatření s číslem, které už v plánu je, import odmítne (nic nepřepisuje). Opatření se mohou odkazovat na prioritu, která už v plánu je.'
		],
		['', ''],
		['Sloupce', '']
	];
	for (const [a, b] of lines) guide.addRow([a, b]);
	guide.getRow(1).font = { bold: true, size: 14 };
	for (const [sheetName, defs] of [
		[SHEET_PRIORITIES, PRIORITY_COLUMNS],
		[SHEET_MEASURES, MEASURE_COLUMNS],
		[SHEET_INDICATORS, INDICATOR_COLUMNS],
		[SHEET_ACTIVITIES, ACTIVITY_COLUMNS]
	] as const) {
		for (const d of defs) {
			guide.addRow([`${sheetName}: ${d.header}`, `${d.required ? '(povinné) ' : ''}${d.hint}`]);
		}
	}
	guide.getColumn(1).font = { bold: true };
	guide.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

	// Lists for data validation (hidden sheet)
	const lists = workbook.addWorksheet('Seznamy', { state: 'hidden' });
	const listCols: string[][] = [
		options.targetGroups,
		options.bodies,
		SERVICE_KINDS.filter((k) => !k.historical).map((k) =>
			k.paragraph ? `§ ${k.paragraph} ${k.name}` : k.name
		),
		Object.values(CAPACITY_UNIT_LABELS),
		['ano', 'ne'],
		Object.values(DIRECTION_LABELS)
	];
	listCols.forEach((values, i) => {
		values.forEach((v, r) => (lists.getCell(r + 1, i + 1).value = v));
	});
	const listRange = (i: number) =>
		`Seznamy!$${colLetter(i + 1)}$1:$${colLetter(i + 1)}$${Math.max(listCols[i].length, 1)}`;

	// Priorities
	const pSheet = addSheet(workbook, SHEET_PRIORITIES, PRIORITY_COLUMNS);
	if (options.targetGroups.length) {
		validate(
			pSheet,
			4,
			listValidation(listRange(0), 'Cílová skupina ze seznamu (prázdné = průřezová).')
		);
	}
	if (options.bodies.length) {
		validate(pSheet, 5, listValidation(listRange(1), 'Pracovní skupina území.'));
	}

	// Measures
	const costCols = years.flatMap((y) =>
		FUNDING_SOURCES.map((s) => ({ header: costHeader(y, s), width: 14 }))
	);
	const mSheet = addSheet(workbook, SHEET_MEASURES, MEASURE_COLUMNS, costCols);
	const mCol = (key: string) => MEASURE_COLUMNS.findIndex((d) => d.key === key) + 1;
	validate(mSheet, mCol('startYear'), yearValidation(options.periodFrom, options.periodTo));
	validate(mSheet, mCol('endYear'), yearValidation(options.periodFrom, options.periodTo));
	validate(mSheet, mCol('capacityUnit'), listValidation(listRange(3), 'Jednotka kapacity.'));
	validate(
		mSheet,
		mCol('capacityDecrease'),
		listValidation(listRange(4), 'ano = snížení kapacity.')
	);
	for (let c = MEASURE_COLUMNS.length + 1; c <= MEASURE_COLUMNS.length + costCols.length; c++) {
		mSheet.getColumn(c).numFmt = '#,##0.00';
	}

	// Indicators
	const iSheet = addSheet(
		workbook,
		SHEET_INDICATORS,
		INDICATOR_COLUMNS,
		years.map((y) => ({ header: targetHeader(y), width: 10 }))
	);
	validate(iSheet, 6, listValidation(listRange(5), 'růst, pokles nebo udržení.'));

	// Activities
	const aSheet = addSheet(workbook, SHEET_ACTIVITIES, ACTIVITY_COLUMNS);
	validate(aSheet, 6, yearValidation(options.periodFrom, options.periodTo));

	if (options.examples !== false) {
		const y0 = options.periodFrom;
		const y1 = Math.min(options.periodFrom + 1, options.periodTo);
		const tg = options.targetGroups.find((g) => /senio/i.test(g)) ?? options.targetGroups[0] ?? '';
		putRow(pSheet, 2, [
			'1',
			'Ukázka: Rozvoj pobytových služeb pro seniory',
			'Dostupnost pobytových služeb v území odpovídá potřebám stárnoucí populace.',
			tg,
			''
		]);
		putRow(pSheet, 3, [
			'2',
			'Ukázka: Podpora rodin s dětmi',
			'',
			options.targetGroups.find((g) => /rodin|dět/i.test(g)) ?? '',
			''
		]);
		const cost = (year: number, source: string) =>
			year === y0 && source === 'state_101a'
				? 4500000
				: year === y0 && source === 'region'
					? 1200000
					: year === y1 && source === 'state_101a' && y1 !== y0
						? 4800000
						: null;
		putRow(mSheet, 2, [
			'1.1',
			'1',
			'Ukázka: Navýšení kapacity pobytových služeb pro seniory',
			'Rozšíření domova pro seniory o nové lůžkové oddělení.',
			'Pořadník žadatelů přesahuje 120 osob; analýza potřeb 2021.',
			'Město Valašské Meziříčí, odbor sociálních věcí',
			'Poskytovatelé pobytových služeb',
			y0,
			y1,
			'§ 49; § 50',
			tg,
			30,
			'lůžka',
			'ne',
			...years.flatMap((y) => FUNDING_SOURCES.map((s) => cost(y, s)))
		]);
		putRow(iSheet, 2, [
			'1.1',
			'Ukázka: Počet lůžek v domovech pro seniory',
			'lůžka',
			120,
			y0 - 1,
			'růst',
			...years.map((y, i) => 120 + Math.min(i + 1, 2) * 15)
		]);
		putRow(aSheet, 2, [
			'1.1',
			'1.1.1',
			'Ukázka: Projektová dokumentace nového oddělení',
			'',
			'Odbor investic',
			y0
		]);
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
