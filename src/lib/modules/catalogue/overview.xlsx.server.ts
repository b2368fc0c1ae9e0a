/**
 * XLSX export of the planners' overview (exceljs): one sheet per table — kind × territory, totals
 * per kind, target groups — with one numeric column per capacity unit (numbers stay numbers; units
 * are never added together) and the number of services.
 */
import ExcelJS from 'exceljs';
import { capacityUnitLabel } from './service.presenter.ts';
import type { OverviewResult, OverviewTotal } from './overview.service.server.ts';

const LEVEL_LABELS = { kraj: 'Kraj', orp: 'ORP', obec: 'Obec' } as const;

function styleSheet(sheet: ExcelJS.Worksheet, widths: number[]): void {
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

const numbers = (values: Partial<Record<string, number>>, units: string[]) =>
	units.map((u) => values[u] ?? null);

function totalsSheet(
	book: ExcelJS.Workbook,
	name: string,
	firstHeader: string,
	rows: OverviewTotal[],
	units: string[]
): void {
	const sheet = book.addWorksheet(name);
	sheet.addRow([firstHeader, 'Počet služeb', ...units.map(capacityUnitLabel)]);
	for (const r of rows) sheet.addRow([r.label, r.services, ...numbers(r.values, units)]);
	styleSheet(sheet, [60, 14, ...units.map(() => 14)]);
}

/** The workbook as bytes. */
export async function overviewXlsx(overview: OverviewResult, generatedOn: string): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Souhra';
	book.title = 'Přehled kapacit sociálních služeb';
	const units = overview.units;
	const main = book.addWorksheet('Druh × území');
	main.addRow([
		'Druh služby',
		LEVEL_LABELS[overview.level],
		'Kód území',
		'Počet služeb',
		...units.map(capacityUnitLabel)
	]);
	for (const r of overview.rows) {
		main.addRow([
			r.kindLabel,
			r.territoryName,
			r.territoryCode,
			r.services,
			...numbers(r.values, units)
		]);
	}
	styleSheet(main, [55, 28, 12, 14, ...units.map(() => 14)]);
	totalsSheet(book, 'Celkem podle druhu', 'Druh služby', overview.kindTotals, units);
	totalsSheet(book, 'Cílové skupiny', 'Cílová skupina', overview.targetGroups, units);
	const about = book.addWorksheet('O přehledu');
	about.addRows([
		['Přehled kapacit registrovaných sociálních služeb (aktivní služby)'],
		['Vygenerováno', generatedOn],
		['Území plánování', overview.area?.name ?? 'celá ČR'],
		['Úroveň území', LEVEL_LABELS[overview.level]],
		[
			'Poznámka',
			'Kapacita patří k registraci služby (ne k zařízení) a sčítá se zvlášť podle jednotky. Služba působící ve více územích je v tabulce „Druh × území“ uvedena u každého z nich; list „Celkem podle druhu“ počítá každou službu jednou.'
		]
	]);
	about.getColumn(1).width = 24;
	about.getColumn(2).width = 100;
	return Buffer.from(await book.xlsx.writeBuffer());
}
