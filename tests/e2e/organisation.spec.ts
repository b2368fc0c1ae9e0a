/**
 * The organisation module as a coordinator and as the public: a new working group with statute
 * rules, two new people, their memberships (one leader), and the public group page that hides
 * the name of a member who did not consent.
 */
import { accounts, expect, field, login, logout, test } from './fixtures.ts';

test('a coordinator creates a working group with statute rules and members', async ({ page }) => {
	const suffix = String(Date.now()).slice(-5);
	await login(page, accounts.coordinator);

	await page
		.getByRole('navigation', { name: 'Hlavní navigace' })
		.getByRole('link', { name: 'Území' })
		.click();
	await page.getByRole('link', { name: 'ORP Liberec' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ORP Liberec');
	await page.getByRole('link', { name: 'Nová skupina' }).click();
	// Type only after hydration, so the form is not re-rendered under the typing.
	await page.waitForLoadState('networkidle');

	await field(page, 'Druh skupiny').selectOption({ label: 'Pracovní skupina' });
	await field(page, 'Název').fill('Pracovní skupina Bydlení');
	await field(page, 'Zkratka').fill(`PS-BYD${suffix}`);
	await field(page, 'Cílová skupina').selectOption({
		label: 'Osoby ohrožené sociálním vyloučením'
	});
	await field(page, 'Nejmenší počet jednání za rok').fill('6');
	await field(page, 'Jednání alespoň jednou za (měsíců)').fill('2');
	await page.getByRole('checkbox', { name: 'červenec' }).check();
	await page.getByRole('checkbox', { name: 'srpen' }).check();
	await field(page, 'Lhůta pro návrhy bodů programu (dní předem)').fill('10');
	await page.getByRole('button', { name: 'Založit skupinu' }).click();

	// The statute check is explained in Czech and the input is kept.
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('nemůže být delší než lhůta pro rozeslání pozvánky');
	await expect(field(page, 'Název')).toHaveValue('Pracovní skupina Bydlení');
	await expect(page.getByRole('checkbox', { name: 'srpen' })).toBeChecked();
	await field(page, 'Lhůta pro návrhy bodů programu (dní předem)').fill('3');
	await page.getByRole('button', { name: 'Založit skupinu' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pracovní skupina Bydlení');
	const statute = page.locator('section', {
		has: page.getByRole('heading', { name: 'Pravidla statutu' })
	});
	await expect(statute).toContainText('Skupina se schází alespoň 6× ročně.');
	await expect(statute).toContainText('Skupina se schází alespoň jednou za 2 měsíce.');
	await expect(statute).toContainText('Pravidelně se nejedná v těchto měsících: červenec, srpen.');
	const bodyUrl = page.url();

	// Two new people of the area: one consents to publishing the name, one does not.
	const people: string[] = [];
	for (const person of [
		{ first: 'Alena', last: 'Bydlíková', login: 'alena', triad: 'Poskytovatel', consent: true },
		{
			first: 'Tomáš',
			last: 'Nájemný',
			login: 'tomas',
			triad: 'Uživatel nebo zástupce uživatelů',
			consent: false
		}
	]) {
		await page
			.getByRole('navigation', { name: 'Hlavní navigace' })
			.getByRole('link', { name: 'Lidé' })
			.click();
		await page.getByRole('link', { name: 'Nová osoba' }).click();
		await page.waitForLoadState('networkidle');
		await field(page, 'Jméno').fill(person.first);
		await field(page, 'Příjmení').fill(person.last);
		await field(page, 'E-mail').fill(`${person.login}.${suffix}@example.cz`);
		await field(page, 'Role v triádě').selectOption({ label: person.triad });
		if (person.consent) {
			await page
				.getByRole('checkbox', { name: 'Osoba souhlasí se zveřejněním svého jména' })
				.check();
		}
		await page.getByRole('button', { name: 'Uložit osobu' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`${person.first} ${person.last}`
		);
		people.push(page.url().split('/').pop()!);
	}

	await page.goto(bodyUrl);
	await page.getByRole('link', { name: 'Spravovat členy' }).click();
	await page.waitForLoadState('networkidle');
	for (const [id, role] of [
		[people[0], 'Vedoucí'],
		[people[1], 'Člen']
	]) {
		await field(page, 'Osoba').selectOption(id);
		await field(page, 'Role ve skupině').selectOption({ label: role });
		await page.getByRole('button', { name: 'Přidat do skupiny' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Člen byl přidán do skupiny.' })
		).toBeVisible();
	}
	// The same person twice for an overlapping term is refused in Czech.
	await field(page, 'Osoba').selectOption(people[0]);
	await page.getByRole('button', { name: 'Přidat do skupiny' }).click();
	await expect(page.getByRole('alert')).toContainText('překrývajícím se období');
	const table = page.getByRole('region', { name: 'Všechna členství' });
	await expect(table.getByRole('row')).toHaveCount(3);

	await page.goto(bodyUrl);
	const leadership = page.locator('section', {
		has: page.getByRole('heading', { name: 'Vedení skupiny' })
	});
	await expect(leadership).toContainText('Alena Bydlíková');
	await expect(page.getByText('Počet členů (bez hostů): 2')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Seznam členů' })).toContainText('Tomáš Nájemný');

	// The public sees the leader's name but only the role of the member without consent.
	await logout(page);
	await page.goto(bodyUrl);
	const members = page.getByRole('region', { name: 'Seznam členů' });
	await expect(members).toContainText('Alena Bydlíková');
	await expect(members).toContainText('člen skupiny');
	await expect(members).not.toContainText('Nájemný');
});

test('the public browses planning areas and a group page', async ({ page }) => {
	await page.goto('/uzemi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Území plánování');
	await expect(page.getByRole('table')).toContainText('Moravskoslezský kraj');
	await field(page, 'Název nebo kód').fill('liberec');
	await page.getByRole('button', { name: 'Hledat' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Počet nalezených území' })
	).toContainText('2');
	await page.getByRole('link', { name: 'ORP Liberec' }).click();
	await page.getByRole('link', { name: 'Řídící pracovní skupina KPSS regionu Liberec' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Řídící pracovní skupina KPSS regionu Liberec'
	);
	await expect(page.getByRole('heading', { name: 'Pravidla statutu' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Seznam členů' })).toContainText(
		'Kateřina Marcinková'
	);
	await expect(page.getByRole('link', { name: 'Spravovat členy' })).toHaveCount(0);
	const api = await page.request.get(
		page.url().replace('/skupiny/', '/api/v1/bodies/') + '/members'
	);
	expect(api.status()).toBe(200);
});
