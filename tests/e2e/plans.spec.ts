/**
 * Plan structure journey: a coordinator builds a plan with two priorities, three measures with
 * indicators and a costs grid, approves it (who, when, resolution), starts an update, changes a
 * measure, and the version comparison shows the changed measure.
 */
import type { Locator, Page } from '@playwright/test';
import { accounts, expect, field, login, test, hydrated } from './fixtures.ts';

/** The control labelled `label` inside `scope` (same matching as `field`). */
function fieldIn(scope: Locator, label: string): Locator {
	const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return scope.getByLabel(new RegExp(`^\\s*${escaped}\\s*\\*?\\s*$`));
}

const title = `Komunitní plán e2e ${Date.now()}`;

async function addMeasure(page: Page, priority: string, name: string) {
	await page.getByText(`Přidat opatření do priority ${priority}`).click();
	const form = page
		.locator('form', { has: page.getByRole('button', { name: 'Přidat opatření' }) })
		.filter({ visible: true });
	await fieldIn(form.first(), 'Název').fill(name);
	await form.first().getByRole('button', { name: 'Přidat opatření' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

async function addIndicator(page: Page, name: string) {
	await page.getByText('Přidat ukazatel', { exact: true }).first().click();
	const form = page.locator('form[action="?/addIndicator"]');
	await fieldIn(form, 'Název ukazatele').fill(name);
	await fieldIn(form, 'Jednotka').fill('osoby');
	await fieldIn(form, 'Výchozí hodnota').fill('1 200');
	await fieldIn(form, 'Rok výchozí hodnoty').fill('2024');
	await fieldIn(form, 'Cíl 2027').fill('1 500,5');
	await form.getByRole('button', { name: 'Přidat ukazatel' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 3, name: `${name} (osoby)` })).toBeVisible();
}

test('coordinator builds, approves and updates a plan; the comparison shows the changed measure', async ({
	page
}) => {
	test.setTimeout(180_000);
	await login(page, accounts.coordinator);
	await page.goto('/plany');
	await page.getByRole('link', { name: 'Nový plán' }).click();
	// The list has an area filter with the same label: wait for the form page.
	await page.waitForURL(/\/plany\/novy$/);
	await field(page, 'Území plánování').selectOption({
		label: 'Mikroregion Valašskomeziříčsko-Kelečsko'
	});
	await field(page, 'Druh plánu').selectOption({ label: 'Komunitní plán' });
	await field(page, 'Název').fill(title);
	// A wrong period first: Czech error, input kept.
	await field(page, 'Období od (rok)').fill('2027');
	await field(page, 'Období do (rok)').fill('2025');
	await page.getByRole('button', { name: 'Založit plán' }).click();
	await hydrated(page);
	await expect(
		page.getByText('Konec období nemůže být dříve než jeho začátek.').first()
	).toBeVisible();
	await field(page, 'Období od (rok)').fill('2025');
	await field(page, 'Období do (rok)').fill('2027');
	await page.getByRole('button', { name: 'Založit plán' }).click();
	await hydrated(page);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Priority a opatření plánu' })
	).toBeVisible();

	const addPriority = page.getByRole('region', { name: 'Přidat prioritu' });
	await fieldIn(addPriority, 'Název').fill('Senioři doma i v pobytových službách');
	await addPriority.getByRole('button', { name: 'Přidat prioritu' }).click();
	await hydrated(page);
	await expect(
		page.getByRole('heading', { name: 'Priorita 1: Senioři doma i v pobytových službách' })
	).toBeVisible();
	await fieldIn(page.getByRole('region', { name: 'Přidat prioritu' }), 'Název').fill(
		'Rodiny s dětmi'
	);
	await page
		.getByRole('region', { name: 'Přidat prioritu' })
		.getByRole('button', { name: 'Přidat prioritu' })
		.click();
	await hydrated(page);
	await expect(page.getByRole('heading', { name: 'Priorita 2: Rodiny s dětmi' })).toBeVisible();

	// Measure 1.1 with an indicator and planned costs in Czech number format.
	await addMeasure(page, '1', 'Odlehčovací služba pro pečující');
	await addIndicator(page, 'Podpoření pečující');
	await page.getByLabel('Obce, rok 2026 (Kč)').fill('1 234 500,50');
	await page.getByRole('button', { name: 'Uložit náklady' }).click();
	await hydrated(page);
	await expect(page.getByText('Plánované náklady byly uloženy.')).toBeVisible();
	await expect(page.getByLabel('Obce, rok 2026 (Kč)')).toHaveValue(/^1\s234\s500,5$/);
	const measureUrl = page.url();

	await page.getByRole('link', { name: title }).first().click();
	await page.getByRole('link', { name: 'Upravit priority a opatření' }).click();
	await addMeasure(page, '1', 'Pečovatelská služba o víkendech');
	await addIndicator(page, 'Obce s pečovatelskou službou');
	await page.getByRole('link', { name: title }).first().click();
	await page.getByRole('link', { name: 'Upravit priority a opatření' }).click();
	await addMeasure(page, '2', 'Sociálně aktivizační služby pro rodiny');
	await addIndicator(page, 'Podpořené rodiny');

	// Draft, then approval with the approving body and date.
	await page.getByRole('link', { name: title }).first().click();
	await expect(
		page.getByRole('rowheader', { name: 'Odlehčovací služba pro pečující' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Předložit jako návrh' }).click();
	await hydrated(page);
	await expect(page.getByText(/Stav plánu byl změněn na „Návrh“/)).toBeVisible();
	await page.getByText('Zapsat schválení plánu').click();
	await field(page, 'Kdo plán schválil').fill(
		'Valná hromada Mikroregionu Valašskomeziříčsko-Kelečsko'
	);
	await field(page, 'Datum schválení').fill('2024-12-16');
	await field(page, 'Číslo usnesení').fill('VH/2024/12/03');
	await page.getByRole('button', { name: 'Zapsat schválení' }).click();
	await hydrated(page);
	await expect(page.getByText(/Stav plánu byl změněn na „Schválený“/)).toBeVisible();
	await expect(
		page.getByText(
			'Schválil(a) Valná hromada Mikroregionu Valašskomeziříčsko-Kelečsko dne 16. 12. 2024'
		)
	).toBeVisible();

	// Editing is refused now; start an update and change a measure.
	await page.getByText('Zahájit aktualizaci plánu', { exact: true }).first().click();
	await page
		.locator('details.confirm[open]')
		.getByRole('button', { name: 'Zahájit aktualizaci plánu' })
		.click();
	await hydrated(page);
	await expect(page.getByText('Aktualizace plánu byla zahájena.', { exact: false })).toBeVisible();
	await page.goto(measureUrl);
	await page.getByText('Upravit údaje opatření').click();
	const editForm = page.locator('form[action="?/update"]');
	await fieldIn(editForm, 'Název').fill('Odlehčovací služba pro pečující – pobytová i terénní');
	await editForm.getByRole('button', { name: 'Uložit změny' }).click();
	await hydrated(page);
	await expect(page.getByText('Opatření bylo uloženo.')).toBeVisible();

	// Compare the approved version with the working state.
	await page.getByRole('link', { name: title }).first().click();
	await page.getByRole('link', { name: 'Verze a porovnání' }).click();
	await field(page, 'Starší verze').selectOption('2');
	await field(page, 'Novější verze').selectOption({ label: 'Aktuální rozpracovaný stav' });
	await page.getByRole('button', { name: 'Porovnat' }).click();
	await hydrated(page);
	const result = page.getByRole('region', { name: /Porovnání:/ });
	await expect(result).toContainText(
		'Změněno: 1.1 Odlehčovací služba pro pečující – pobytová i terénní'
	);
	await expect(result).toContainText('Odlehčovací služba pro pečující');
});
