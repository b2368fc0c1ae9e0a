/**
 * Capacity gap analysis journey: the coordinator opens the analysis of the Valašskomeziříčsko
 * microregion and sees the residential-services-for-seniors gap with its evidence, downloads the
 * XLSX, records more refused applicants ("monitorování zájemců o službu") and sees the figure
 * change; a population file with unknown municipality codes is refused in Czech; the regional
 * coordinator adds a norm.
 */
import { accounts, expect, hydrated, login, logout, test } from './fixtures.ts';

test('coordinator reads the gap, records demand, and bad population files are refused', async ({
	page
}) => {
	test.setTimeout(300_000);
	await login(page, accounts.coordinator);
	await page.getByRole('link', { name: 'Analýza kapacit' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Analýza kapacit' })).toBeVisible();

	const area = page.getByLabel(/^\s*Území plánování/);
	const valmez = await area
		.locator('option', { hasText: 'Valašskomeziříčsko' })
		.first()
		.getAttribute('value');
	await area.selectOption(valmez!);
	await page.getByLabel(/^\s*Rok/).fill('2023');
	await page.getByRole('button', { name: 'Zobrazit analýzu' }).click();
	await page.waitForURL(/uzemi=.*rok=2023/);

	const row49 = page.locator('tr', {
		has: page.getByRole('rowheader', { name: /§ 49 Domovy pro seniory/ })
	});
	await expect(row49).toContainText('Nedostatek');
	await expect(row49).toContainText('118');
	const groups = page.locator('section[aria-labelledby="skupiny"]');
	await expect(groups).toContainText('Pobytové služby pro seniory');
	await expect(
		page.getByRole('img', { name: /Očekávaná kapacita a kapacita v síti/ })
	).toBeVisible();

	// Evidence of the § 49 figures.
	await page.locator('summary', { hasText: 'Podklady: § 49 Domovy pro seniory' }).click();
	await expect(page.locator('#podklady-49-beds')).toContainText('odmítnutí žadatelé');

	// XLSX export.
	const href = await page.getByRole('link', { name: 'Stáhnout XLSX' }).getAttribute('href');
	const xlsx = await page.request.get(href!);
	expect(xlsx.status()).toBe(200);
	expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

	// Record more refused applicants for § 49 in the microregion.
	await page.goto('/analyza-kapacit/sprava/zajemci');
	await page.getByLabel(/^\s*Území plánování/).selectOption(valmez!);
	await page.getByLabel(/^\s*Druh služby/).selectOption('49');
	await page.getByLabel(/^\s*Rok/).fill('2023');
	await page.getByLabel(/^\s*Ukazatel/).selectOption('refused');
	await page.getByLabel(/^\s*Počet osob/).fill('10');
	await page.getByRole('button', { name: 'Zapsat záznam' }).click();
	await hydrated(page);
	await expect(page.getByText('Záznam byl uložen.')).toBeVisible();

	await page.goto(`/analyza-kapacit?uzemi=${valmez}&rok=2023`);
	await expect(row49).toContainText('128');

	// A population file with unknown municipality codes: Czech error, nothing saved.
	await page.goto('/analyza-kapacit/sprava');
	const population = page.locator('section[aria-labelledby="obyvatele"]');
	await population.getByLabel(/^\s*Území plánování/).selectOption(valmez!);
	await population.getByLabel(/^\s*Soubor CSV/).setInputFiles({
		name: 'obyvatele.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'kód obce;název;rok;věková skupina;počet\n999999;Neexistující;2024;80+;12\n545058;Valašské Meziříčí;2024;80+;-3\n'
		)
	});
	await population.getByRole('button', { name: 'Importovat obyvatele' }).click();
	await hydrated(page);
	await expect(page.getByText(/Řádek 3: počet nesmí být záporný/).first()).toBeVisible();
	await population.getByLabel(/^\s*Území plánování/).selectOption(valmez!);
	await population.getByLabel(/^\s*Soubor CSV/).setInputFiles({
		name: 'obyvatele.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'kód obce;název;rok;věková skupina;počet\n999999;Neexistující;2024;80+;12\n'
		)
	});
	await population.getByRole('button', { name: 'Importovat obyvatele' }).click();
	await hydrated(page);
	await expect(page.getByText('Neznámé kódy obcí: 999999.').first()).toBeVisible();
	await logout(page);

	// The regional coordinator adds a norm for the region.
	await login(page, accounts.region);
	await page.goto('/analyza-kapacit/sprava');
	const norms = page.locator('section[aria-labelledby="normativy"]');
	await norms.getByLabel(/^\s*Druh služby/).selectOption('46');
	await norms.getByLabel(/^\s*Jednotka/).selectOption('fte');
	await norms.getByLabel(/^\s*Normativ na 1 000 obyvatel/).fill('0,5');
	await norms.getByLabel('65–79').check();
	await norms.getByLabel('80+').check();
	await norms.getByRole('button', { name: 'Přidat normativ' }).click();
	await hydrated(page);
	await expect(page.getByText('Normativ byl přidán.')).toBeVisible();
	await expect(page.getByRole('rowheader', { name: /§ 46 Denní stacionáře/ })).toBeVisible();
});
