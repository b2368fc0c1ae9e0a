/**
 * Catalogue data: a coordinator adds a non-registered service; the demo provider proposes a new
 * description of its own service; nothing public changes until the coordinator approves the
 * edit on the diff page; then the public detail and the REST/HSDS APIs show the new text.
 */
import { accounts, expect, field, login, logout, test, hydrated } from './fixtures.ts';

test('non-registered service, provider edit and approval', async ({ page, request }) => {
	const suffix = String(Date.now()).slice(-6);

	// 1. The coordinator adds a non-registered service (validation first, then success).
	await login(page, accounts.coordinator);
	await page.goto('/katalog/sprava');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Správa katalogu');
	await page.getByRole('link', { name: 'Přidat návaznou službu' }).click();
	await page.waitForLoadState('networkidle');
	await field(page, 'IČO poskytovatele').fill('12345678');
	await field(page, 'Název služby').fill(`Dluhová poradna ${suffix}`);
	await page.getByRole('button', { name: 'Přidat službu' }).click();
	await hydrated(page);
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('IČO musí mít 8 číslic a platnou kontrolní číslici.');
	await expect(field(page, 'Název služby')).toHaveValue(`Dluhová poradna ${suffix}`);

	await field(page, 'IČO poskytovatele').fill('00262978');
	await field(page, 'Název poskytovatele').fill('Statutární město Liberec (e2e)');
	await field(page, 'Druh služby').fill('dluhové poradenství');
	await field(page, 'Popis služby').fill('Bezplatná pomoc lidem v dluzích.');
	await page.getByRole('checkbox', { name: 'ambulantní' }).check();
	await field(page, 'Obec').fill('Liberec');
	await field(page, 'Území působnosti').selectOption({ label: 'ORP Liberec (Liberecký kraj)' });
	await page.getByRole('button', { name: 'Přidat službu' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dluhová poradna ${suffix}`);
	await expect(page.getByRole('status').first()).toContainText('byla přidána do katalogu');
	await expect(page.getByText('Návazná služba', { exact: true }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Potvrdit aktuálnost' }).click();
	await hydrated(page);
	await expect(page.getByRole('status').first()).toContainText('byla potvrzena');
	const manualId = page.url().split('/').pop()!;
	const manual = await request.get(`/api/v1/services/${manualId}`);
	expect(await manual.json()).toMatchObject({
		nonRegistered: true,
		kindLabel: 'dluhové poradenství'
	});
	await logout(page);

	// 2. The provider proposes a new description of its own service.
	await login(page, accounts.provider);
	await page.goto('/katalog/moje-sluzby');
	const serviceLink = page.getByRole('link', { name: /^Navrhnout úpravu: / }).first();
	const serviceName = (await serviceLink.textContent())!.trim();
	await serviceLink.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceName);
	await page.waitForLoadState('networkidle');
	const serviceId = page.url().split('/').pop()!;
	const newText = `Nový popis služby od poskytovatele ${suffix}.`;
	await field(page, 'Popis služby').fill(newText);
	await field(page, 'E-mail').fill('spatne');
	await page.getByRole('button', { name: 'Odeslat návrh ke schválení' }).click();
	await hydrated(page);
	await expect(page.getByRole('alert')).toContainText('platnou e-mailovou adresu');
	await field(page, 'E-mail').fill(`e2e-${suffix}@tyflo.example`);
	await page.getByRole('button', { name: 'Odeslat návrh ke schválení' }).click();
	await hydrated(page);
	await expect(page.getByRole('status').first()).toContainText('odeslán ke schválení');
	await expect(page.getByRole('table')).toContainText('čeká na schválení');

	// Nothing public changes yet.
	const before = await (await request.get(`/api/v1/services/${serviceId}`)).json();
	expect(before.description).not.toBe(newText);
	await logout(page);

	// 3. The coordinator reviews the diff and approves.
	await login(page, accounts.coordinator);
	await page.goto('/katalog/sprava');
	await page
		.getByRole('link', { name: `Posoudit návrh: ${serviceName}` })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Návrh úpravy služby');
	const diff = page.getByRole('table');
	await expect(diff).toContainText(newText);
	await expect(diff).toContainText(`e2e-${suffix}@tyflo.example`);
	await page.getByRole('button', { name: 'Schválit a zveřejnit' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Správa katalogu');
	await expect(page.getByRole('status').first()).toContainText('schválena a zveřejněna');

	// 4. The public detail and the APIs show the new text.
	await logout(page);
	await page.goto(`/katalog/sluzby/${serviceId}`);
	await expect(page.getByText(newText)).toBeVisible();
	const after = await (await request.get(`/api/v1/services/${serviceId}`)).json();
	expect(after.description).toBe(newText);
	const hsds = await request.get(`/api/hsds/services/${serviceId}`);
	expect(hsds.headers()['access-control-allow-origin']).toBe('*');
	expect((await hsds.json()).description).toBe(newText);
});
