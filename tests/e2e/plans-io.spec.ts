/**
 * XLSX import and annual action plans as a coordinator: download the plan's template, upload a
 * filled workbook with an error (preview shows the row, nothing saved), upload the corrected one,
 * confirm, see the measures in the plan; then build the action plan for a year and download it.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { accounts, expect, field, login, test, hydrated } from './fixtures.ts';

/** exceljs wants an ArrayBuffer; a Node Buffer may be a view into a larger pool. */
function arrayBufferOf(data: Buffer): ArrayBuffer {
	return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function filledWorkbook(endYear: number, suffix: string): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	const p = wb.addWorksheet('Priority');
	p.addRow(['Číslo', 'Název', 'Popis', 'Cílová skupina', 'Pracovní skupina']);
	p.addRow(['1', `Pobytové služby pro seniory ${suffix}`, 'Dostupnost pobytových služeb.', '', '']);
	const m = wb.addWorksheet('Opatření');
	m.addRow([
		'Číslo',
		'Číslo priority',
		'Název',
		'Od roku',
		'Do roku',
		'Druhy služeb',
		'Změna kapacity',
		'Jednotka',
		'2025 státní rozpočet',
		'2026 kraj'
	]);
	m.addRow([
		'1.1',
		'1',
		`Navýšení kapacity domova pro seniory ${suffix}`,
		2025,
		endYear,
		'§ 49',
		30,
		'lůžka',
		4500000,
		1200000
	]);
	const i = wb.addWorksheet('Ukazatele');
	i.addRow([
		'Číslo opatření',
		'Název',
		'Jednotka',
		'Výchozí hodnota',
		'Rok výchozí hodnoty',
		'Cíl 2025',
		'Cíl 2026'
	]);
	i.addRow(['1.1', 'Počet lůžek', 'lůžka', 120, 2024, 135, 150]);
	return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a coordinator imports a plan from XLSX and builds the action plan for a year', async ({
	page
}) => {
	const suffix = String(Date.now()).slice(-6);
	await login(page, accounts.coordinator);

	// A fresh plan 2025–2027 in the Valmez microregion.
	await page.goto('/plany/novy');
	await page.waitForLoadState('networkidle');
	await field(page, 'Území plánování').selectOption({
		label: 'Mikroregion Valašskomeziříčsko-Kelečsko'
	});
	await field(page, 'Druh plánu').selectOption({ label: 'Komunitní plán' });
	await field(page, 'Název').fill(`Komunitní plán E2E ${suffix}`);
	await field(page, 'Období od (rok)').fill('2025');
	await field(page, 'Období do (rok)').fill('2027');
	await page.getByRole('button', { name: 'Založit plán' }).click();
	await hydrated(page);
	// The new plan opens on its structure editor; the import is one of the plan's sub-pages.
	await expect(page).toHaveURL(/\/plany\/[0-9a-f-]{36}\/struktura$/);
	const planUrl = new URL(page.url()).pathname.replace(/\/struktura$/, '');
	await page.goto(`${planUrl}/import`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import plánu z XLSX');

	// The template follows the plan's years.
	const templateDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Stáhnout šablonu pro tento plán (XLSX)' }).click();
	const template = await templateDownload;
	expect(template.suggestedFilename()).toBe('šablona-plánu-2025-2027.xlsx');
	const tpl = new ExcelJS.Workbook();
	await tpl.xlsx.load(arrayBufferOf(await readFile((await template.path())!)));
	expect(tpl.worksheets.map((w) => w.name)).toEqual([
		'Návod',
		'Seznamy',
		'Priority',
		'Opatření',
		'Ukazatele',
		'Aktivity'
	]);
	const headers = (tpl.getWorksheet('Opatření')!.getRow(1).values as string[]).filter(Boolean);
	expect(headers).toContain('2027 státní rozpočet');

	// A workbook with an error: the preview names the row, nothing can be confirmed.
	await page.waitForLoadState('networkidle');
	await field(page, 'Soubor XLSX').setInputFiles({
		name: 'plan.xlsx',
		mimeType: XLSX_TYPE,
		buffer: await filledWorkbook(2029, suffix)
	});
	await page.getByRole('button', { name: 'Nahrát a zobrazit náhled' }).click();
	await hydrated(page);
	const problems = page.getByRole('alert').filter({ hasText: 'nic nebylo uloženo' });
	await expect(problems).toContainText(
		'List Opatření, řádek 2: rok 2029 je mimo období plánu 2025–2027.'
	);
	await expect(page.getByRole('button', { name: 'Potvrdit import' })).toHaveCount(0);

	// The corrected workbook: preview without errors, confirm.
	await field(page, 'Soubor XLSX').setInputFiles({
		name: 'plan.xlsx',
		mimeType: XLSX_TYPE,
		buffer: await filledWorkbook(2026, suffix)
	});
	await page.getByRole('button', { name: 'Nahrát a zobrazit náhled' }).click();
	await hydrated(page);
	await expect(
		page.getByText('Vytvoří se – priority: 1, opatření: 1, ukazatele: 1, aktivity: 0.')
	).toBeVisible();
	await expect(
		page.getByRole('rowheader', { name: `Navýšení kapacity domova pro seniory ${suffix}` })
	).toBeVisible();
	await page.getByRole('button', { name: 'Potvrdit import' }).click();
	await hydrated(page);
	await expect(page.getByText('Import dokončen – priority: 1, opatření: 1.')).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`${planUrl}$`));
	await expect(
		page.getByRole('link', { name: `Navýšení kapacity domova pro seniory ${suffix}` })
	).toBeVisible();

	// The action plan for 2025: the measure is preselected with its planned costs.
	await page.goto(`${planUrl}/akcni-plany`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akční plány');
	await page.waitForLoadState('networkidle');
	await field(page, 'Rok').selectOption('2025');
	await page.getByRole('button', { name: 'Sestavit akční plán' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Akční plán na rok 2025');
	await expect(page.getByText('Akční plán na rok 2025 byl sestaven.')).toBeVisible();
	await expect(
		page.getByRole('checkbox', {
			name: `Zařadit 1.1 Navýšení kapacity domova pro seniory ${suffix}`
		})
	).toBeChecked();
	await expect(page.getByText('výchozí 4 500 000,00 Kč')).toBeVisible();

	const xlsxDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Stáhnout XLSX' }).click();
	const xlsx = await xlsxDownload;
	expect(xlsx.suggestedFilename()).toBe('akční-plán-2025.xlsx');
	const ap = new ExcelJS.Workbook();
	await ap.xlsx.load(arrayBufferOf(await readFile((await xlsx.path())!)));
	const sheet = ap.getWorksheet('Akční plán')!;
	expect(sheet.getCell('A1').value).toBe('Akční plán na rok 2025');
	expect(sheet.getCell('D6').value).toBe(`Navýšení kapacity domova pro seniory ${suffix}`);
	expect(sheet.getCell('G6').value).toBe(4500000);
});
