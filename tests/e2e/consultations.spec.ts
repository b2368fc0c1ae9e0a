/**
 * Public consultation (veřejné připomínkování) of a draft plan: the coordinator opens it on the
 * Valmez plan's "připomínkování" version; a citizen comments on measure 1.2 using the keyboard
 * only (Tab / Shift+Tab / Space / Enter, no clicks); the coordinator ends the window, enters a
 * letter on measure 2.2, settles both comments, publishes the settlement and downloads the DOCX
 * and XLSX annex; the public settlement page shows both. The seeded closed consultation is shown
 * with its published settlement.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { accounts, expect, field, hydrated, login, logout, test } from './fixtures.ts';

const pragueDay = (offset = 0) =>
	new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague' }).format(
		new Date(Date.now() + offset * 86_400_000)
	);

/** Press Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
	page: Page,
	matches: (el: { id: string; text: string; tag: string }) => boolean,
	{ back = false, max = 250 } = {}
): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const el = await page.evaluate(() => {
			const a = document.activeElement as HTMLElement | null;
			return { id: a?.id ?? '', text: a?.textContent?.trim() ?? '', tag: a?.tagName ?? '' };
		});
		if (matches(el)) return;
	}
	throw new Error('focus never reached the expected element');
}

function arrayBufferOf(data: Buffer): ArrayBuffer {
	return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

test('the seeded Valmez consultation shows its published settlement', async ({ page }) => {
	await page.goto('/pripominkovani');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Připomínkování návrhů');
	await page
		.getByRole('link', {
			name: 'Veřejné připomínkování návrhu plánu rozvoje sociálních služeb 2022–2024'
		})
		.click();
	await hydrated(page);
	await expect(page.getByText('vypořádání zveřejněno').first()).toBeVisible();
	await page.getByRole('link', { name: 'Vypořádání připomínek' }).first().click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vypořádání připomínek');
	await expect(page.getByText('Zapracováno do opatření 1.3.')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Charita Valašské Meziříčí' }).first()).toBeVisible();
});

test('a consultation collects, settles and publishes comments on two measures', async ({
	page
}) => {
	const suffix = String(Date.now()).slice(-6);
	const title = `Připomínkování E2E ${suffix}`;

	// 1. The coordinator opens a consultation on the plan version "připomínkování".
	await login(page, accounts.coordinator);
	await page.goto('/pripominkovani/sprava/nove');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vyhlásit připomínkování');
	await page.getByLabel('Uložená verze plánu').check();
	const versionSelect = field(page, 'Verze plánu');
	const option = versionSelect.locator('option', { hasText: 'Valašskomeziříčsko' }).filter({
		hasText: 'připomínkování'
	});
	await versionSelect.selectOption({ label: (await option.first().textContent())!.trim() });
	await field(page, 'Název připomínkování').fill(title);
	await field(page, 'Připomínky od').fill(pragueDay());
	await field(page, 'Připomínky do').fill(pragueDay(14));
	await field(page, 'Datum veřejného projednání').fill(pragueDay(7));
	await field(page, 'Čas veřejného projednání').fill('17:00');
	await field(page, 'Místo veřejného projednání').fill('Valašské Meziříčí, radnice');
	await page.getByRole('button', { name: 'Vyhlásit', exact: true }).click();
	await hydrated(page);
	await expect(page.getByText('Připomínkování bylo vyhlášeno.')).toBeVisible();
	const adminUrl = new URL(page.url()).pathname;
	const id = adminUrl.split('/').pop()!;
	await logout(page);

	// 2. A citizen comments on measure 1.2 with the keyboard only.
	const citizen = page;
	await citizen.goto(`/pripominkovani/${id}`);
	await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(title);
	await tabTo(citizen, (el) => el.tag === 'A' && el.text.startsWith('Připomínkovat oddíl 1.2'));
	await citizen.keyboard.press('Enter');
	await citizen.waitForURL(/oddil=/);
	await hydrated(citizen);
	await expect(field(citizen, 'Oddíl dokumentu')).toHaveValue(/[0-9a-f-]{36}/);
	await tabTo(citizen, (el) => el.id === 'field-quote');
	await citizen.keyboard.type('Rozšíření pečovatelské služby');
	await citizen.keyboard.press('Tab');
	await citizen.keyboard.type('Pečovatelská služba by měla jezdit i o víkendech do Zašové.');
	await tabTo(citizen, (el) => el.id === 'field-authorName');
	await citizen.keyboard.type('Alena Víkendová');
	await tabTo(citizen, (el) => el.id === 'field-publishName');
	await citizen.keyboard.press('Space');
	await expect(citizen.locator('#field-publishName')).toBeChecked();
	// Back with Shift+Tab to check the text is still there, then on to the button.
	await tabTo(citizen, (el) => el.id === 'field-text', { back: true });
	await expect(citizen.locator('#field-text')).toHaveValue(/o víkendech/);
	await tabTo(citizen, (el) => el.tag === 'BUTTON' && el.text === 'Odeslat připomínku');
	await citizen.keyboard.press('Enter');
	await citizen.waitForURL(new RegExp(`/pripominkovani/${id}$`));
	await hydrated(citizen);
	await expect(citizen.getByText('Děkujeme, připomínka č. 1 byla zaznamenána.')).toBeVisible();

	// 3. The coordinator ends the window, enters a letter on measure 2.2 and settles both.
	await login(page, accounts.coordinator);
	await page.goto(adminUrl);
	await field(page, 'Připomínky od').fill(pragueDay(-20));
	await field(page, 'Připomínky do').fill(pragueDay(-1));
	await page.getByRole('button', { name: 'Uložit', exact: true }).click();
	await hydrated(page);
	await expect(page.getByText('Nastavení připomínkování bylo uloženo.')).toBeVisible();
	// A comment after the close is refused with a Czech message; a letter received in time is entered.
	await field(page, 'Jak připomínka došla').selectOption({ label: 'písemně (pošta, podatelna)' });
	await field(page, 'Datum doručení').fill(pragueDay(-1));
	const sectionSelect = field(page, 'Oddíl dokumentu');
	const m22 = sectionSelect.locator('option', { hasText: /^2\.2 / });
	await sectionSelect.selectOption({ label: (await m22.textContent())!.trim() });
	await field(page, 'Text připomínky').fill('Klub v Kelči by měl mít otevřeno i v sobotu.');
	await field(page, 'Za organizaci (nepovinné)').fill('Město Kelč');
	await page.getByRole('button', { name: 'Zapsat připomínku' }).click();
	await hydrated(page);
	await expect(page.getByText('Připomínka č. 2 byla zapsána.')).toBeVisible();

	// Settle no. 1: accepted, worked into measure 1.2.
	await page.getByRole('link', { name: 'Vypořádat Č. 1' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vypořádání připomínky č. 1');
	await page.getByRole('button', { name: 'Uložit vypořádání' }).click();
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('Vyberte způsob vypořádání.');
	await page.getByLabel('akceptováno', { exact: true }).check();
	await field(page, 'Odůvodnění').fill('Víkendový provoz doplněn do opatření.');
	await field(page, 'Kde (jednání a usnesení)').fill('Manažerský tým, usnesení MT/E2E/1');
	const measureSelect = field(page, 'Zapracováno do opatření');
	const m12 = measureSelect.locator('option', { hasText: /^1\.2 / });
	await measureSelect.selectOption({ label: (await m12.textContent())!.trim() });
	await page.getByRole('button', { name: 'Uložit vypořádání' }).click();
	await hydrated(page);
	await expect(page.getByText('Připomínka č. 1 byla vypořádána.')).toBeVisible();

	// Settle no. 2: not accepted (justification is mandatory).
	await page.getByRole('link', { name: 'Vypořádat Č. 2' }).click();
	await hydrated(page);
	await page.getByLabel('neakceptováno').check();
	await field(page, 'Odůvodnění').fill('Sobotní provoz nelze v období plánu financovat.');
	await page.getByRole('button', { name: 'Uložit vypořádání' }).click();
	await hydrated(page);
	await expect(page.getByText('Připomínka č. 2 byla vypořádána.')).toBeVisible();

	// Publish the settlement.
	await page.locator('summary', { hasText: 'Zveřejnit vypořádání' }).click();
	await page.getByRole('button', { name: 'Zveřejnit vypořádání' }).click();
	await hydrated(page);
	await expect(page.getByText('Vypořádání připomínek bylo zveřejněno.')).toBeVisible();

	// Downloads: the annex as DOCX and XLSX.
	const docxDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Stáhnout vypořádání (DOCX)' }).click();
	const docx = await docxDownload;
	expect(docx.suggestedFilename()).toMatch(/^vypořádání-připomínek-\d{4}\.docx$/);
	const xml = await (
		await JSZip.loadAsync(await readFile((await docx.path())!))
	)
		.file('word/document.xml')!
		.async('string');
	const text = xml.replace(/<[^>]+>/g, '');
	expect(text).toContain('Příloha: Vypořádání připomínek');
	expect(text).toContain('Alena Víkendová');
	expect(text).toContain('Zapracováno do opatření 1.2.');
	expect(text).toContain('Město Kelč');
	const xlsxDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Stáhnout vypořádání (XLSX)' }).click();
	const xlsx = await xlsxDownload;
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(arrayBufferOf(await readFile((await xlsx.path())!)));
	const ws = wb.getWorksheet('Vypořádání')!;
	expect(ws.getRow(7).getCell(9).value).toBe('akceptováno');
	expect(ws.getRow(7).getCell(13).value).toBe('1.2');
	expect(ws.getRow(8).getCell(9).value).toBe('neakceptováno');
	expect(ws.getRow(8).getCell(7).value).toBe('písemně (pošta, podatelna)');
	await logout(page);

	// 4. The public settlement page shows both comments.
	await page.goto(`/pripominkovani/${id}/vyporadani`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vypořádání připomínek');
	await expect(page.getByText('Pečovatelská služba by měla jezdit i o víkendech')).toBeVisible();
	await expect(page.getByText('Klub v Kelči by měl mít otevřeno i v sobotu.')).toBeVisible();
	await expect(page.getByText('Zapracováno do opatření 1.2.')).toBeVisible();
});
