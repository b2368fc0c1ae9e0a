/**
 * The public catalogue: search without diacritics, narrow by a facet, open a service with its map
 * (Leaflet) and JSON-LD, and open a life-situation page — anonymous, axe on every page.
 */
import { expect, field, test } from './fixtures.ts';

test('search without diacritics, use a facet, open a detail with the map', async ({ page }) => {
	await page.goto('/katalog');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Katalog sociálních služeb');
	await field(page, 'Hledaný text').fill('pecovatelska sluzba liberec');
	await page.getByRole('button', { name: 'Hledat', exact: true }).click();
	await expect(page).toHaveURL(/q=pecovatelska\+sluzba\+liberec/);
	const status = page.getByRole('status').filter({ hasText: 'Nalezené služby' });
	await expect(status).toHaveText(/Nalezené služby: [1-9]/);
	const results = page.locator('.results article');
	await expect(results.first().getByRole('heading', { level: 3 })).toContainText(
		'Pečovatelská služba Liberec'
	);

	// Facet: only outreach (terénní) services; the count is in the label.
	const facet = page.getByRole('group', { name: 'Forma poskytování' });
	await facet.getByLabel(/^terénní/).check();
	await page.getByRole('button', { name: 'Použít filtry' }).click();
	await expect(page).toHaveURL(/forma=ter/);
	await expect(
		page.getByRole('group', { name: 'Forma poskytování' }).getByLabel(/^terénní/)
	).toBeChecked();
	const count = await results.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) await expect(results.nth(i)).toContainText('terénní');

	// Detail with the map, capacities and JSON-LD.
	await results.first().getByRole('heading', { level: 3 }).getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Pečovatelská služba Liberec'
	);
	await expect(page.getByText('Naposledy ověřeno')).toBeVisible();
	const map = page.getByRole('region', { name: /^Mapa míst poskytování/ });
	await expect(map).toHaveClass(/leaflet-container/);
	const marker = map.getByRole('button', { name: /Liberec/ }).first();
	await expect(marker).toBeVisible();
	await marker.focus();
	await page.keyboard.press('Enter');
	await expect(map.locator('.leaflet-popup')).toBeVisible();
	const jsonLd = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
	);
	expect(jsonLd['@context']).toBe('https://schema.org');
	expect(['Service', 'GovernmentService']).toContain(jsonLd['@type']);
	expect(jsonLd.provider.identifier.propertyID).toBe('CZ-ICO');

	// Print view: no map.
	await page.getByRole('link', { name: 'Verze pro tisk' }).click();
	await expect(page).toHaveURL(/tisk=1/);
	await expect(page.locator('.leaflet-container')).toHaveCount(0);
});

test('a life-situation page is a pre-filtered search', async ({ page }) => {
	await page.goto('/katalog');
	await page.getByRole('link', { name: 'Hledám pobytové zařízení pro seniora' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Hledám pobytové zařízení pro seniora'
	);
	await expect(page.getByRole('status').filter({ hasText: 'Nalezené služby' })).toHaveText(
		/Nalezené služby: [1-9]/
	);
	const kinds = page.locator('.results .result__kind');
	const n = await kinds.count();
	for (let i = 0; i < n; i++) {
		await expect(kinds.nth(i)).toHaveText(/§ (49|50|44|47) /);
	}
	await page.getByRole('link', { name: 'Dluhy', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dluhy');
});
