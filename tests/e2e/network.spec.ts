/**
 * The network of social services: the public reads Liberec's development network 2017, filters it,
 * compares it with 2016 and downloads the XLSX; the kraj coordinator creates a network for a year,
 * adds a catalogue service (shares must sum to 100 %) and publishes it with a resolution.
 * Axe on every page.
 */
import { expect, field, hydrated, login, test, accounts } from './fixtures.ts';

test('the public reads, filters, compares and downloads a network', async ({ page }) => {
	await page.goto('/sit');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Síť sociálních služeb');
	await page.getByRole('link', { name: 'Rozvojová síť sociálních služeb na rok 2017' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Rozvojová síť sociálních služeb na rok 2017'
	);
	await expect(page.getByText('30. 9. 2016', { exact: true })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Podle druhu služby' })).toContainText(
		'§ 39 Osobní asistence'
	);

	await field(page, 'Druh služby').selectOption({ label: '§ 67 Sociálně terapeutické dílny' });
	await page.getByRole('button', { name: 'Filtrovat' }).click();
	await expect(page).toHaveURL(/druh=67/);
	await expect(
		page.getByRole('table', { name: /Sociálně terapeutické dílny/ }).first()
	).toBeVisible();
	await expect(page.getByRole('table', { name: /Osobní asistence/ })).toHaveCount(0);

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Stáhnout síť (XLSX)' }).click();
	expect((await download).suggestedFilename()).toBe('sit-socialnich-sluzeb-2017.xlsx');

	await field(page, 'Rok k porovnání').selectOption({ label: '2016' });
	await page.getByRole('button', { name: 'Porovnat' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Porovnání sítě 2016 a 2017');
	await expect(page.getByRole('heading', { name: /Vstoupily do sítě \([1-9]/ })).toBeVisible();
});

test('the kraj coordinator creates a network, adds a service and publishes it', async ({
	page
}) => {
	await login(page, accounts.region);
	await page.goto('/sit/sprava');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Správa sítě sociálních služeb');
	await field(page, 'Kraj').selectOption({ label: 'Liberecký kraj' });
	await field(page, 'Rok').fill('2031');
	await page.getByLabel('Převzít služby z poslední předchozí sítě').uncheck();
	await page.getByRole('button', { name: 'Založit síť' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Síť sociálních služeb Libereckého kraje na rok 2031'
	);

	await page.getByRole('link', { name: 'Přidat službu do sítě' }).click();
	await page.getByRole('textbox', { name: 'Hledat službu v katalogu' }).fill('Liberec');
	await page.getByRole('button', { name: 'Hledat', exact: true }).click();
	await page
		.getByRole('link', { name: /^Vybrat/ })
		.first()
		.click();
	await hydrated(page);
	await field(page, 'Kategorie sítě').selectOption({ label: 'Základní síť' });
	await field(page, 'Terénní forma (úvazky)').fill('2,5');
	await field(page, 'Kód území 1').fill('5105');
	await field(page, 'Podíl území 1 (%)').fill('60');
	await page.getByRole('button', { name: 'Přidat do sítě' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Podíly kapacity na území musí dát dohromady 100 %.'
	);
	await hydrated(page);
	await field(page, 'Podíl území 1 (%)').fill('100');
	await page.getByRole('button', { name: 'Přidat do sítě' }).click();
	await expect(page.getByText(/je v síti\./)).toBeVisible();

	await page
		.getByRole('link', { name: 'Síť sociálních služeb Libereckého kraje na rok 2031' })
		.click();
	await page.getByRole('button', { name: 'Zveřejnit' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Uveďte usnesení, kterým byla síť schválena.'
	);
	await hydrated(page);
	await field(page, 'Usnesení (rozhodnutí)').fill('usnesení Zastupitelstva LK č. 1/31/ZK');
	await page.getByRole('button', { name: 'Zveřejnit' }).click();
	await expect(page.getByText('Síť je zveřejněna.')).toBeVisible();
	await page.getByRole('link', { name: 'Veřejná stránka' }).click();
	await expect(
		page.getByRole('cell', { name: 'usnesení Zastupitelstva LK č. 1/31/ZK' })
	).toBeVisible();
});
