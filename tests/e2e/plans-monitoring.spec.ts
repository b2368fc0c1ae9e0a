/**
 * Monitoring journey: the coordinator sets up and approves a plan 2024–2026 (plans-core pages),
 * the manager of the Valmez "Senioři" group records the 2025 fulfilment of the group's measure,
 * the coordinator closes 2025, writes the evaluation report and downloads DOCX and XLSX, and the
 * public plan page shows the status without login.
 */
import { accounts, expect, field, login, logout, test, hydrated } from './fixtures.ts';

test('manager records 2025, coordinator closes and publishes the evaluation, the public sees it', async ({
	page
}) => {
	test.setTimeout(420_000);
	const title = `Plán rozvoje služeb E2E ${Date.now()}`;

	// Coordinator: a plan 2024–2026 in the Valmez microregion with a Senioři priority and a measure.
	await login(page, accounts.coordinator);
	await page.goto('/plany/novy');
	const area = page.getByLabel(/^\s*Území plánování/);
	const valmez = await area
		.locator('option', { hasText: 'Valašskomeziříčsko' })
		.first()
		.getAttribute('value');
	await area.selectOption(valmez!);
	await page.getByLabel(/^\s*Druh plánu/).selectOption({ index: 1 });
	await field(page, 'Název').fill(title);
	await field(page, 'Období od (rok)').fill('2024');
	await field(page, 'Období do (rok)').fill('2026');
	await page.getByRole('button', { name: 'Založit plán' }).click();
	await hydrated(page);
	await page.waitForURL(/\/plany\/[0-9a-f-]{36}/);
	const planId = /\/plany\/([0-9a-f-]{36})/.exec(page.url())![1];

	await page.goto(`/plany/${planId}/struktura`);
	const addPriority = page.locator('section[aria-labelledby="nova-priorita"]');
	await addPriority.getByLabel(/^\s*Název/).fill('Senioři v domácím prostředí');
	await addPriority.getByLabel(/^\s*Odpovědná skupina/).selectOption({ label: 'Senioři' });
	await addPriority.getByRole('button', { name: 'Přidat prioritu' }).click();
	await hydrated(page);
	await page.locator('summary', { hasText: 'Přidat opatření do priority 1' }).click();
	const addMeasure = page.locator('form[action="?/addMeasure"]').first();
	await addMeasure.getByLabel(/^\s*Název/).fill('Rozšíření pečovatelské služby do menších obcí');
	await addMeasure.getByRole('button', { name: 'Přidat opatření' }).click();
	await hydrated(page);
	await expect(
		page.getByText('Rozšíření pečovatelské služby do menších obcí').first()
	).toBeVisible();

	await page.goto(`/plany/${planId}`);
	await page.getByRole('button', { name: 'Předložit jako návrh' }).click();
	await hydrated(page);
	await page.locator('summary', { hasText: 'Zapsat schválení plánu' }).click();
	await field(page, 'Kdo plán schválil').fill(
		'Valná hromada Mikroregionu Valašskomeziříčsko-Kelečsko'
	);
	await field(page, 'Datum schválení').fill('2023-12-14');
	await field(page, 'Číslo usnesení').fill('VH/2023/12');
	await page.getByRole('button', { name: 'Zapsat schválení' }).click();
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Vyhlásit platnost' })).toBeVisible();
	await logout(page);

	// Manager of the Senioři group records the measure for 2025.
	await login(page, accounts.manager);
	await page.goto(`/plany/${planId}/monitoring`);
	await expect(page.getByRole('heading', { level: 1, name: 'Monitoring plánu' })).toBeVisible();
	await page.getByRole('link', { name: 'Zapsat plnění 2025' }).click();
	await page.getByRole('link', { name: /Zapsat plnění\s+opatření 1\.1/ }).click();
	await page.getByLabel(/^\s*Stav plnění/).selectOption({ label: 'splněno' });
	await field(page, 'Plnění (%)').fill('60');
	await page.getByRole('button', { name: 'Uložit plnění' }).click();
	await hydrated(page);
	// Inconsistent status and progress: error summary and the inline error, input kept.
	await expect(page.getByRole('alert')).toContainText('Splněné opatření má plnění 100 %.');
	await page.getByLabel(/^\s*Stav plnění/).selectOption({ label: 'plní se' });
	await field(page, 'Komentář').fill('Služba rozšířena do obcí Branky a Police.');
	await field(page, 'Rozpočet kraje').fill('120 000');
	await page.getByRole('button', { name: 'Uložit plnění' }).click();
	await hydrated(page);
	await expect(page.getByText('Plnění opatření bylo uloženo.')).toBeVisible();
	const row = page.locator('tr', { hasText: 'Rozšíření pečovatelské služby' });
	await expect(row).toContainText('plní se');
	await expect(row).toContainText('60 %');
	await expect(page.getByRole('button', { name: /Uzavřít monitoring/ })).toHaveCount(0);
	await logout(page);

	// Coordinator closes 2025 and produces the evaluation report.
	await login(page, accounts.coordinator);
	await page.goto(`/plany/${planId}/monitoring/2025`);
	await page.getByRole('button', { name: 'Uzavřít monitoring roku 2025' }).click();
	await hydrated(page);
	await expect(page.getByText('Monitoring roku 2025 byl uzavřen.')).toBeVisible();
	await page.getByRole('link', { name: 'Hodnocení 2025' }).first().click();
	await field(page, 'Úvod').fill('Hodnocení druhého roku plánu připravil manažerský tým.');
	await page.getByRole('button', { name: 'Uložit texty zprávy' }).click();
	await hydrated(page);
	await expect(page.getByText('Texty hodnoticí zprávy byly uloženy.')).toBeVisible();
	await expect(page.getByRole('img', { name: /Plnění priorit v roce 2025/ })).toBeVisible();
	for (const [name, ext] of [
		['Stáhnout DOCX (Word)', 'docx'],
		['Stáhnout XLSX (Excel)', 'xlsx']
	] as const) {
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe(`hodnotici-zprava-2025.${ext}`);
	}
	await logout(page);

	// The public page (no login) shows the status and the evaluation.
	await page.goto(`/plany-rozvoje/${planId}`);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.locator('tr', { hasText: 'Rozšíření pečovatelské služby' })).toContainText(
		'plní se'
	);
	await page.getByRole('link', { name: 'Hodnocení 2025' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Hodnoticí zpráva za rok 2025' })
	).toBeVisible();
	await expect(
		page.getByText('Hodnocení druhého roku plánu připravil manažerský tým.')
	).toBeVisible();
});
