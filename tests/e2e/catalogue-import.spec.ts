/**
 * Registry import (issue 5): a coordinator uploads a registry file, watches the progress and
 * reads the report. The file is the demo registry slice itself (same generator, seed and size as
 * the demo seed) with one service changed and one bad item, so the demo catalogue stays whole:
 * 299 unchanged, 1 changed, 1 skipped with its position, nothing ended.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureChunks } from '../../src/lib/modules/catalogue/fixture.ts';
import { accounts, expect, field, login, test } from './fixtures.ts';

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function demoRegistryFile(dir: string): string {
	// The generator and options of the demo seed (catalogue.seed.server.ts).
	const text = [...fixtureChunks({ services: 300, seed: 2026, scope: 'demo' })].join('');
	const doc = JSON.parse(text) as { polozky: Item[] };
	// A new phone number each run, so the service counts as changed however often the test runs.
	doc.polozky[2].telefony = [
		{ telefon: `48${String(Date.now()).slice(-7)}`, poznamka: 'ověřeno při importu' }
	];
	const bad = JSON.parse(JSON.stringify(doc.polozky[10])) as Item;
	bad.identifikator = '9999990';
	bad.poskytovatel.ico = '12345678';
	doc.polozky.push(bad);
	const file = path.join(dir, 'rpss-ukazka.json');
	writeFileSync(file, JSON.stringify(doc));
	return file;
}

test('a coordinator imports the registry file and reads the report', async ({ page }) => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(path.join(tmpdir(), 'souhra-e2e-import-'));
	try {
		const file = demoRegistryFile(dir);
		await login(page, accounts.coordinator);
		await page.goto('/katalog/import');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Import registru poskytovatelů'
		);

		// Without a file: the error summary and the inline error.
		await page.getByRole('button', { name: 'Nahrát a importovat' }).click();
		await expect(page.getByRole('alert').or(page.locator('.error-summary')).first()).toContainText(
			'Vyberte soubor rpss.json.'
		);

		await field(page, 'Soubor registru (rpss.json)').setInputFiles(file);
		await page.getByRole('button', { name: 'Nahrát a importovat' }).click();
		await expect(page).toHaveURL(/\/katalog\/import\/[0-9a-f-]{36}$/);
		await expect(page.getByText('Soubor rpss-ukazka.json byl nahrán')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Import souboru rpss-ukazka.json'
		);

		// The page follows the background job until the import is done.
		await expect(page.getByText('Dokončeno').first()).toBeVisible({ timeout: 90_000 });
		await expect(page.getByRole('progressbar')).toHaveAttribute('value', /\d+/);
		const counts = page.locator('dl');
		await expect(counts).toContainText('Položek v souboru');
		await expect(counts).toContainText('301');
		await expect(page.getByRole('heading', { name: 'Změněné služby (1)' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Ukončené služby (0)' })).toBeVisible();

		const problems = page.getByRole('table', { name: /Problémy v souboru/ });
		await expect(problems).toContainText('301.');
		await expect(problems).toContainText('9999990');
		await expect(problems).toContainText('Neplatné IČO poskytovatele „12345678“.');

		await page.getByRole('link', { name: 'Zpět na importy' }).click();
		const row = page.getByRole('row').filter({ hasText: 'rpss-ukazka.json' }).first();
		await expect(row).toContainText('Dokončeno');
		await expect(row).toContainText('299');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
