/**
 * Development intentions journey (issue #8, "Done when"): the region (kraj@) opens a call, a
 * provider (poskytovatel@) submits an intention relying on a measure of the Valašskomeziříčsko
 * plan, the area coordinator (koordinator@) states its consistency with the plan, the region
 * approves it and the network of the call's year shows the new capacity; the capacity analysis
 * of Zlínský kraj for that year changes. Bad input on the way: Czech errors, input kept.
 */
import { accounts, expect, field, hydrated, login, logout, test } from './fixtures.ts';

const stamp = Date.now();
const callTitle = `Výzva e2e ${stamp}`;
const serviceName = `Domov pro seniory e2e ${stamp}`;
/** The Valmez plan runs 2022–2024: an intention for 2024 may still rely on it. */
const YEAR = 2024;

function isoDay(offsetDays: number): string {
	const d = new Date(Date.now() + offsetDays * 86_400_000);
	return d.toISOString().slice(0, 10);
}

test('a call, an intention relying on a plan measure, a statement and an approval change the network', async ({
	page
}) => {
	test.setTimeout(240_000);

	// 1. The region opens a call for 2024 linked to measure 1.1 of the Valmez plan.
	await login(page, accounts.region);
	await page.goto('/zamery/vyzvy');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Výzvy k rozvojovým záměrům');
	await page.getByRole('link', { name: 'Vyhlásit výzvu' }).click();
	await page.waitForURL(/\/zamery\/vyzvy\/nova$/);
	await hydrated(page);
	await field(page, 'Kraj').selectOption({ label: 'Zlínský kraj' });
	await field(page, 'Název výzvy').fill(callTitle);
	await field(page, 'Rok sítě').fill(String(YEAR));
	await field(page, 'Příjem záměrů od').fill(isoDay(-1));
	await field(page, 'Příjem záměrů do').fill(isoDay(30));
	await page.getByLabel('§ 49 Domovy pro seniory').check();
	await page.getByLabel(/^1\.1 Navýšení kapacity pobytových služeb pro seniory/).check();
	await field(page, 'Kritérium 1').fill('Soulad s komunitním plánem');
	await field(page, 'Nejvyšší počet bodů za kritérium 1').fill('30');
	await page.getByRole('button', { name: 'Vyhlásit výzvu' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(callTitle);
	const callUrl = page.url();

	// The capacity analysis of Zlínský kraj for the year, before the approval.
	await page.goto(`/analyza-kapacit`);
	await field(page, 'Území plánování').selectOption({ label: 'Zlínský kraj' });
	await field(page, 'Rok').fill(String(YEAR));
	await page.getByRole('button', { name: 'Zobrazit analýzu' }).click();
	await hydrated(page);
	// The gap row of § 49 domovy pro seniory in beds (page of the analysis block).
	const seniorsRow = page.locator('#druh-49-beds');
	await expect(seniorsRow).toBeVisible();
	const before = await seniorsRow.innerText();
	await logout(page);

	// 2. The provider submits an intention answering the call.
	await login(page, accounts.provider);
	await page.goto(callUrl);
	await page.getByRole('link', { name: 'Předložit záměr na tuto výzvu' }).click();
	await page.waitForURL(/\/zamery\/novy/);
	await hydrated(page);
	await field(page, 'Druh změny').selectOption({ label: 'Nová služba' });
	await field(page, 'Název nové služby').fill(serviceName);
	await field(page, 'Druh služby').selectOption({ label: '§ 49 Domovy pro seniory' });
	await field(page, 'Pobytová forma (lůžka)').fill('10');
	await field(page, 'Datum zahájení').fill(`${YEAR}-01-01`);
	await field(page, 'Odhad ročních nákladů (Kč)').fill('4 500 000');
	await field(page, 'Státní rozpočet (§ 101a)').fill('2 000 000,50');
	await field(page, 'Opatření plánu, o které se záměr opírá').selectOption({
		label:
			'1.1 Navýšení kapacity pobytových služeb pro seniory — Střednědobý plán rozvoje sociálních služeb Mikroregionu Valašskomeziříčsko-Kelečsko na období 2022–2024'
	});
	await field(page, 'Druh doložení 1').selectOption({ label: 'Pořadník čekatelů' });
	await field(page, 'Popis doložení 1').fill('Pořadník domova k 31. 12.');
	await field(page, 'Počet osob 1').fill('212');
	// Without a justification: Czech error, the rest kept.
	await page.getByRole('button', { name: 'Předložit záměr' }).click();
	await hydrated(page);
	await expect(page.getByRole('alert').first()).toContainText('Zdůvodnění');
	await expect(field(page, 'Název nové služby')).toHaveValue(serviceName);
	await field(page, 'Zdůvodnění').fill('Plán mikroregionu jmenuje chybějící pobytové služby.');
	await page.getByRole('button', { name: 'Předložit záměr' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		`Rozvojový záměr RZ-${YEAR}-`
	);
	const intentionUrl = page.url();
	await expect(page.getByText('Předložen').first()).toBeVisible();
	await logout(page);

	// 3. The coordinator of the plan's area states consistency.
	await login(page, accounts.coordinator);
	await page.goto(intentionUrl);
	await field(page, 'Stanovisko').selectOption({ label: 'V souladu s plánem' });
	await field(page, 'Odůvodnění').fill('Záměr naplňuje opatření 1.1 plánu 2022–2024.');
	await page.getByRole('button', { name: 'Vydat stanovisko' }).click();
	await hydrated(page);
	await expect(page.getByText('Stanovisko bylo uloženo.')).toBeVisible();
	await logout(page);

	// 4. The region scores and approves it (first without the resolution: Czech error).
	await login(page, accounts.region);
	await page.goto(intentionUrl);
	await field(page, 'Soulad s komunitním plánem (nejvýše 30 b.)').fill('28');
	await field(page, 'Kategorie sítě').selectOption({ label: 'Rozvojová síť' });
	await page.getByRole('button', { name: 'Uložit rozhodnutí' }).click();
	await hydrated(page);
	await expect(page.getByRole('alert').first()).toContainText('usnesení');
	await field(page, 'Kategorie sítě').selectOption({ label: 'Rozvojová síť' });
	await field(page, 'Usnesení nebo rozhodnutí kraje').fill(
		`usnesení Rady ZK č. ${stamp % 10000}/R/24`
	);
	await page.getByRole('button', { name: 'Uložit rozhodnutí' }).click();
	await hydrated(page);
	await expect(page.getByText('Rozhodnutí bylo uloženo.')).toBeVisible();
	await expect(page.getByText('Schválen').first()).toBeVisible();

	// 5. The network of the year shows the new capacity.
	await page.getByRole('link', { name: 'Zobrazit síť kraje' }).click();
	await hydrated(page);
	await expect(page.getByText(serviceName).first()).toBeVisible();

	// 6. The capacity analysis changed accordingly.
	await page.goto(`/analyza-kapacit`);
	await field(page, 'Území plánování').selectOption({ label: 'Zlínský kraj' });
	await field(page, 'Rok').fill(String(YEAR));
	await page.getByRole('button', { name: 'Zobrazit analýzu' }).click();
	await hydrated(page);
	const after = await page.locator('#druh-49-beds').innerText();
	expect(after).not.toBe(before);
});
