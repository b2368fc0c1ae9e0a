/** Tests only: build filled plan workbooks with exceljs, like a coordinator would send them. */
import ExcelJS from 'exceljs';

export const MEASURE_HEADERS = [
	'Číslo',
	'Číslo priority',
	'Název',
	'Popis',
	'Zdůvodnění',
	'Odpovědná organizace/osoba',
	'Partneři',
	'Od roku',
	'Do roku',
	'Druhy služeb',
	'Cílové skupiny',
	'Změna kapacity',
	'Jednotka',
	'Snížení',
	'2022 státní rozpočet',
	'2023 státní rozpočet',
	'2023 kraj'
];

export interface Build {
	priorities?: unknown[][];
	measures?: unknown[][];
	measureHeaders?: string[];
	indicators?: unknown[][];
	indicatorHeaders?: string[];
	activities?: unknown[][];
	sheetNames?: { priorities?: string; measures?: string };
	merge?: string;
}

/** A filled workbook (defaults: target groups „Senioři“, „Rodiny s dětmi“, plan 2022–2024). */
export async function workbook(b: Build = {}): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const p = wb.addWorksheet(b.sheetNames?.priorities ?? 'Priority');
	p.addRow(['Číslo', 'Název', 'Popis', 'Cílová skupina', 'Pracovní skupina']);
	for (const row of b.priorities ?? [
		['1', 'Pobytové služby pro seniory', 'Popis', 'Senioři', 'Pracovní skupina Senioři'],
		['2', 'Rodiny', null, 'rodiny s detmi', null]
	]) {
		p.addRow(row);
	}
	const m = wb.addWorksheet(b.sheetNames?.measures ?? 'Opatření');
	m.addRow(b.measureHeaders ?? MEASURE_HEADERS);
	for (const row of b.measures ?? [
		[
			'1.1',
			'1',
			'Navýšení kapacity pobytových služeb pro seniory',
			'Nové oddělení',
			'Pořadník',
			'Město Valašské Meziříčí',
			'Poskytovatelé',
			2022,
			2023,
			'§ 49; 50',
			'Senioři',
			30,
			'lůžka',
			'ne',
			4500000,
			'1 200 000,50',
			300000
		],
		[
			'2.1',
			'2',
			'Sanace rodiny',
			null,
			null,
			null,
			null,
			2023,
			2024,
			'Sociálně aktivizační služby pro rodiny s dětmi',
			null,
			'-1,5',
			'úvazky',
			'ano'
		]
	]) {
		m.addRow(row);
	}
	const i = wb.addWorksheet('Ukazatele');
	i.addRow(
		b.indicatorHeaders ?? [
			'Číslo opatření',
			'Název',
			'Jednotka',
			'Výchozí hodnota',
			'Rok výchozí hodnoty',
			'Směr',
			'Cíl 2022',
			'Cíl 2023'
		]
	);
	for (const row of b.indicators ?? [
		['1.1', 'Počet lůžek', 'lůžka', 120, 2021, 'růst', 135, 150]
	]) {
		i.addRow(row);
	}
	const a = wb.addWorksheet('Aktivity');
	a.addRow(['Číslo opatření', 'Číslo', 'Název', 'Popis', 'Odpovědný', 'Termín (rok)']);
	for (const row of b.activities ?? [
		['1.1', '', 'Projektová dokumentace', null, 'Odbor investic', 2022]
	]) {
		a.addRow(row);
	}
	if (b.merge) m.mergeCells(b.merge);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
