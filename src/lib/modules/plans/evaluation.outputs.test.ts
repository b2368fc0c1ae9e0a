import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildEvaluationReport, onlyYears } from './evaluation.document.ts';
import { renderEvaluationDocx } from './evaluation.docx.server.ts';
import { renderEvaluationPdf } from './evaluation.pdf.server.ts';
import { renderEvaluationXlsx } from './evaluation.xlsx.server.ts';
import { samplePlan } from './monitoring.fixture.ts';

const report = buildEvaluationReport(samplePlan(), 2022, {
	introduction: 'Úvod zprávy.\n\nDruhý odstavec.',
	summary: 'Shrnutí: příliš žluťoučký kůň.',
	closed: true,
	closedAt: new Date('2023-03-15T10:00:00Z')
});

describe('buildEvaluationReport', () => {
	it('carries the roll-up, indicators baseline → target → actual and finance per source', () => {
		expect(report.figures.progress).toBe(70);
		expect(report.figures.counts.cancelled).toBe(1);
		const m11 = report.priorities[0].measures[0];
		expect(m11.indicators[0]).toMatchObject({
			baseline: 4,
			target: 5,
			actual: 5.5,
			unit: 'úvazek'
		});
		expect(m11.planned).toBe(400000);
		expect(report.priorities[1].measures[1].active).toBe(false);
		const state = report.sources.find((s) => s.source === 'state_101a')!;
		expect(state).toMatchObject({ planned: 300000, actual: 320000.5, diff: 20000.5 });
		expect(report.closedAt).toBe('2023-03-15T10:00:00.000Z');
	});

	it('drops the monitoring of years that are not given (public view)', () => {
		const tree = onlyYears(samplePlan(), []);
		expect(tree.priorities[0].measures[0].monitoring).toEqual([]);
		expect(tree.priorities[0].measures[0].actualCosts).toEqual([]);
		expect(tree.priorities[0].measures[0].indicators[0].actuals).toEqual([]);
		expect(
			buildEvaluationReport(tree, 2022, {
				introduction: null,
				summary: null,
				closed: false,
				closedAt: null
			}).figures.progress
		).toBe(0);
	});
});

describe('evaluation outputs', () => {
	it('DOCX has the title, texts, tables and Czech formats', async () => {
		const zip = await JSZip.loadAsync(await renderEvaluationDocx(report));
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('Hodnoticí zpráva za rok 2022');
		expect(xml).toContain('Úvod zprávy.');
		expect(xml).toContain('Druhý odstavec.');
		expect(xml).toContain('příliš žluťoučký kůň');
		expect(xml).toContain('Rozšíření kapacity pečovatelské služby');
		expect(xml).toContain('splněno');
		expect(xml).toContain('70 %');
		expect(xml).toMatch(/320[\s\u00a0]000,50[\s\u00a0]Kč/);
		expect(xml).toContain('4 úvazek → cíl 2022 5 úvazek → skutečnost 5,5 úvazek');
		expect(xml).toContain('15. 3. 2023');
		expect(xml).not.toContain('NÁVRH');
		expect(xml).toContain('w:tblHeader');
	});

	it('DOCX of an open year is marked as a draft', async () => {
		const draft = { ...report, closed: false, closedAt: null };
		const zip = await JSZip.loadAsync(await renderEvaluationDocx(draft));
		expect(await zip.file('word/document.xml')!.async('string')).toContain('NÁVRH');
	});

	it('XLSX has the four sheets with numbers as numbers, Czech formats and frozen headers', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await renderEvaluationXlsx(report)) as never);
		expect(wb.worksheets.map((s) => s.name)).toEqual([
			'Souhrn',
			'Opatření',
			'Ukazatele',
			'Financování'
		]);
		const measures = wb.getWorksheet('Opatření')!;
		expect(measures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(measures.getRow(1).getCell(3).value).toBe('Opatření');
		const row = measures.getRow(2);
		expect(row.getCell(2).value).toBe('1.1');
		expect(row.getCell(6).value).toBe('splněno');
		expect(row.getCell(7).value).toBe(100);
		expect(row.getCell(8).value).toBe(400000);
		expect(row.getCell(9).value).toBe(320000.5);
		expect(row.getCell(9).numFmt).toBe('#,##0.00 "Kč"');
		const ind = wb.getWorksheet('Ukazatele')!;
		expect(ind.getRow(2).values).toEqual(
			expect.arrayContaining(['1.1', 'úvazek', 4, 2021, 5, 5.5])
		);
		const fin = wb.getWorksheet('Financování')!;
		const state = fin.getRow(2);
		expect(state.getCell(2).value).toBe('Státní rozpočet (dotace dle § 101a)');
		expect(state.getCell(3).value).toBe(300000);
		expect(state.getCell(4).value).toBe(320000.5);
		expect(state.getCell(5).value).toBe(20000.5);
		const summary = wb.getWorksheet('Souhrn')!;
		const progressRow = summary
			.getRows(1, summary.rowCount)!
			.find((r) => r.getCell(1).value === 'Celkové plnění plánu (%)')!;
		expect(progressRow.getCell(2).value).toBe(70);
	});

	it('PDF text has Czech diacritics and the figures', async () => {
		const pdf = await renderEvaluationPdf(report);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const dir = mkdtempSync(join(tmpdir(), 'eval-pdf-'));
		const file = join(dir, 'zprava.pdf');
		writeFileSync(file, pdf);
		let text: string;
		try {
			text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		} catch {
			return; // poppler-utils not installed: the PDF header check above still ran
		}
		expect(text).toContain('Hodnoticí zpráva za rok 2022');
		expect(text).toContain('příliš žluťoučký kůň');
		expect(text).toContain('Odlehčovací služba');
		expect(text).toMatch(/320[\s\u00a0]000,50[\s\u00a0]Kč/);
		expect(text).toContain('Strana 1 z');
	});
});
