/**
 * The evaluation report as an Excel workbook (exceljs): sheets Souhrn, Opatření, Ukazatele,
 * Financování. Numbers are stored as numbers with Czech number formats (the spreadsheet shows
 * them with the user's separators), header rows are frozen and filterable.
 */
import ExcelJS from 'exceljs';
import { czDate, STATUS_LABELS_CS, type EvaluationReport } from './evaluation.document.ts';

const MONEY = '#,##0.00 "Kč"';
const PERCENT = '0" %"';
const NUMBER = '#,##0.##';

function headerRow(sheet: ExcelJS.Worksheet, labels: string[], widths: number[]): void {
	sheet.columns = labels.map((header, i) => ({ header, width: widths[i] ?? 16 }));
	const row = sheet.getRow(1);
	row.font = { bold: true };
	row.alignment = { vertical: 'middle', wrapText: true };
	row.eachCell((c) => {
		c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
	});
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.length } };
}

function formatColumns(sheet: ExcelJS.Worksheet, formats: Record<number, string>): void {
	for (const [col, fmt] of Object.entries(formats)) sheet.getColumn(Number(col)).numFmt = fmt;
}

/** Build the XLSX of the report. */
export async function renderEvaluationXlsx(r: EvaluationReport): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Souhra';
	wb.title = `Hodnoticí zpráva za rok ${r.year}`;
	wb.subject = r.planTitle;

	// Souhrn
	const summary = wb.addWorksheet('Souhrn');
	headerRow(summary, ['Položka', 'Hodnota'], [44, 40]);
	const f = r.figures;
	const rows: [string, string | number | null, string?][] = [
		['Plán', r.planTitle],
		['Území', r.areaName],
		['Období plánu', r.period],
		['Rok hodnocení', r.year],
		['Stav', r.closed ? 'uzavřeno' : 'návrh (monitoring roku není uzavřen)'],
		['Monitoring uzavřen', r.closedAt ? czDate(r.closedAt) : '–'],
		['Celkové plnění plánu (%)', f.progress, PERCENT],
		['Opatření realizovaná v roce', f.activeCount, NUMBER],
		...Object.entries(STATUS_LABELS_CS).map(
			([k, label]) =>
				[`z toho ${label}`, f.counts[k as keyof typeof f.counts], NUMBER] as [
					string,
					number,
					string
				]
		),
		['Plánované náklady', f.planned, MONEY],
		['Skutečné náklady', f.actual, MONEY],
		['Rozdíl (skutečnost − plán)', f.diff, MONEY],
		['Metodika', r.methodNote]
	];
	for (const [label, value, fmt] of rows) {
		const row = summary.addRow([label, value ?? '–']);
		if (fmt && typeof value === 'number') row.getCell(2).numFmt = fmt;
		row.getCell(2).alignment = {
			wrapText: true,
			horizontal: typeof value === 'number' ? 'right' : 'left'
		};
	}
	summary.addRow([]);
	const prHeader = summary.addRow(['Priorita', 'Plnění (%)', 'Opatření', 'Plán', 'Skutečnost']);
	prHeader.font = { bold: true };
	for (const p of r.priorities) {
		const row = summary.addRow([
			`${p.number} ${p.title}`,
			p.progress,
			p.activeCount,
			p.planned,
			p.actual
		]);
		row.getCell(2).numFmt = PERCENT;
		row.getCell(4).numFmt = MONEY;
		row.getCell(5).numFmt = MONEY;
	}
	summary.getColumn(3).width = 12;
	summary.getColumn(4).width = 18;
	summary.getColumn(5).width = 18;

	// Opatření
	const ms = wb.addWorksheet('Opatření');
	headerRow(
		ms,
		[
			'Priorita',
			'Číslo',
			'Opatření',
			'Odpovídá',
			'Roky',
			'Stav',
			'Plnění (%)',
			'Plánované náklady',
			'Skutečné náklady',
			'Komentář'
		],
		[10, 8, 44, 30, 11, 18, 11, 18, 18, 50]
	);
	for (const p of r.priorities) {
		for (const m of p.measures) {
			ms.addRow([
				p.number,
				m.number,
				m.title,
				m.responsible ?? '',
				m.years,
				m.active ? STATUS_LABELS_CS[m.status] : 'mimo roky realizace',
				m.active ? m.progress : null,
				m.planned,
				m.actual,
				m.comment ?? ''
			]);
		}
	}
	formatColumns(ms, { 7: PERCENT, 8: MONEY, 9: MONEY });

	// Ukazatele
	const ind = wb.addWorksheet('Ukazatele');
	headerRow(
		ind,
		[
			'Opatření',
			'Ukazatel',
			'Jednotka',
			'Výchozí hodnota',
			'Výchozí rok',
			`Cíl ${r.year}`,
			`Skutečnost ${r.year}`,
			'Poznámka'
		],
		[10, 44, 14, 16, 12, 14, 16, 40]
	);
	for (const p of r.priorities) {
		for (const m of p.measures) {
			for (const i of m.indicators) {
				ind.addRow([
					m.number,
					i.name,
					i.unit,
					i.baseline,
					i.baselineYear,
					i.target,
					i.actual,
					i.note ?? ''
				]);
			}
		}
	}
	formatColumns(ind, { 4: NUMBER, 6: NUMBER, 7: NUMBER });

	// Financování
	const fin = wb.addWorksheet('Financování');
	headerRow(
		fin,
		['Členění', 'Položka', 'Plán', 'Skutečnost', 'Rozdíl', 'Čerpání (%)'],
		[14, 44, 18, 18, 18, 14]
	);
	for (const s of r.sources) {
		fin.addRow([
			'Zdroj',
			s.label,
			s.planned,
			s.actual,
			s.diff,
			s.ratio === null ? null : Math.round(s.ratio * 1000) / 10
		]);
	}
	const total = fin.addRow([
		'Celkem',
		'Všechny zdroje',
		f.planned,
		f.actual,
		f.diff,
		f.ratio === null ? null : Math.round(f.ratio * 1000) / 10
	]);
	total.font = { bold: true };
	for (const p of r.priorities) {
		const diff = Math.round((p.actual - p.planned) * 100) / 100;
		fin.addRow([
			'Priorita',
			`${p.number} ${p.title}`,
			p.planned,
			p.actual,
			diff,
			p.planned > 0 ? Math.round((p.actual / p.planned) * 1000) / 10 : null
		]);
	}
	formatColumns(fin, { 3: MONEY, 4: MONEY, 5: MONEY, 6: '0.0" %"' });

	const data = await wb.xlsx.writeBuffer();
	return Buffer.from(data as ArrayBuffer);
}
