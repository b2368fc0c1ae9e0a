/**
 * The suggestions journey of issue 6: a citizen submits a suggestion without logging in (first
 * with an empty text, which is refused in Czech and keeps the input), the coordinator screens
 * it, assigns it to the steering group with a due date, puts it on a planned meeting's agenda,
 * settles it with an answer and publishes it; the public agenda then shows the answer and the
 * meeting in the chain. Axe checks every page (fixtures.ts).
 */
import type { Page } from '@playwright/test';
import { accounts, expect, field, hydrated, login, logout, test } from './fixtures.ts';

const BODY = 'Řídící pracovní skupina KPSS regionu Liberec';
const AREA = 'ORP Liberec';
const ANSWER = 'Odbor sociální a kulturní rozšíří Taxík Maxík o sobotní jízdy od ledna.';

/** `YYYY-MM-DD` in Prague, `days` from today. */
function pragueDate(days: number): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Prague',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(Date.now() + days * 86_400_000));
}

async function flash(page: Page, text: string | RegExp): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: text }).first()).toBeVisible();
}

test('a citizen suggestion is screened, assigned, put on an agenda, settled and published', async ({
	page
}) => {
	test.setTimeout(240_000);
	const token = `Sobota${Date.now().toString(36)}`;
	const text = `Taxík Maxík by měl jezdit i v sobotu dopoledne (${token}).`;
	let number = '';
	let meetingDate = '';

	await test.step('a citizen submits without logging in', async () => {
		await page.goto('/zapojte-se');
		await expect(page.getByRole('heading', { level: 1, name: 'Zapojte se' })).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: 'Podat podnět' }).click();
		await page.waitForURL('**/podnety/novy');
		await hydrated(page);
		await field(page, 'E-mail').fill('obcan@example.cz');
		await page.getByRole('button', { name: 'Odeslat podnět' }).click();
		await expect(page.getByText('Napište prosím text podnětu.').first()).toBeVisible();
		await expect(field(page, 'E-mail')).toHaveValue('obcan@example.cz');
		await hydrated(page);
		await field(page, 'Váš podnět').fill(text);
		await page.getByLabel('Téma').selectOption({ label: 'Doprava' });
		await page.getByLabel('Území').selectOption({ label: AREA });
		await page.getByLabel(/Souhlasím se zpracováním/).check();
		await page.getByLabel(/Souhlasím se zveřejněním/).check();
		await page.getByRole('button', { name: 'Odeslat podnět' }).click();
		await page.waitForURL('**/podnety');
		const message = await page
			.getByRole('status')
			.filter({ hasText: 'přijali pod číslem' })
			.first()
			.innerText();
		number = /číslem (\d{4}\/\d+)/.exec(message)?.[1] ?? '';
		expect(number).toMatch(/^\d{4}\/\d+$/);
		// Not public before it is settled and published.
		await expect(page.getByText(token)).toHaveCount(0);
	});

	await login(page, accounts.coordinator);

	await test.step('the coordinator plans a meeting of the steering group', async () => {
		meetingDate = pragueDate(14);
		await page.goto('/jednani/novy');
		await page.locator('select[name="bodyId"]').selectOption({ label: `${BODY} (${AREA})` });
		await field(page, 'Datum').fill(meetingDate);
		await field(page, 'Začátek').fill('14:00');
		await field(page, 'Místo setkání').fill('Nám. Dr. E. Beneše 1, Liberec');
		await page.getByRole('button', { name: 'Naplánovat jednání' }).click();
		await page.waitForURL(/\/jednani\/[0-9a-f-]{36}$/);
	});

	await test.step('screens and assigns it', async () => {
		await page.goto(`/podnety/sprava?q=${token}`);
		await page.getByRole('link', { name: `Otevřít podnět č. ${number}` }).click();
		await page.waitForURL(/\/podnety\/sprava\/[0-9a-f-]{36}$/);
		await expect(page.getByText('obcan@example.cz')).toBeVisible();
		await page.getByRole('button', { name: 'Převzít k posouzení' }).click();
		await flash(page, `Podnět č. ${number} je v posouzení.`);
		await hydrated(page);
		await page.getByLabel('Přiděleno skupině').selectOption({ label: `${BODY} (${AREA})` });
		await field(page, 'Termín vyřízení').fill(pragueDate(30));
		await page.getByRole('button', { name: 'Přidělit', exact: true }).click();
		await flash(page, `Podnět č. ${number} byl přidělen.`);
	});

	await test.step('puts it on the meeting agenda', async () => {
		await hydrated(page);
		const [y, mo, d] = meetingDate.split('-').map(Number);
		// The option reads "7. 12. 2026 – <body>" (Czech dates may carry no-break spaces).
		const meetingSelect = page.getByRole('combobox', { name: 'Jednání', exact: true });
		const value = await meetingSelect.evaluate(
			(select: HTMLSelectElement, wanted: string) =>
				[...select.options].find((o) => o.text.replace(/\s+/g, ' ') === wanted)?.value ?? '',
			`${d}. ${mo}. ${y} – ${BODY}`
		);
		expect(value).not.toBe('');
		await meetingSelect.selectOption(value);
		await page.getByRole('button', { name: 'Zařadit na program' }).click();
		await flash(page, 'Podnět byl zařazen na program jednání.');
		await expect(page.getByRole('link', { name: /Na programu jednání/ })).toBeVisible();
	});

	await test.step('settles and publishes it', async () => {
		await hydrated(page);
		await page.getByRole('button', { name: 'Vypořádat', exact: true }).click();
		await expect(
			page.getByText('Napište odpověď, jak byl podnět vypořádán.').first()
		).toBeVisible();
		await hydrated(page);
		await field(page, 'Odpověď podavateli').fill(ANSWER);
		await page.getByLabel('Výsledek').selectOption({ label: 'vyřešeno' });
		await page.getByRole('button', { name: 'Vypořádat', exact: true }).click();
		await flash(page, `Podnět č. ${number} byl vypořádán.`);
		await page.getByRole('button', { name: 'Zveřejnit', exact: true }).click();
		await flash(page, `Podnět č. ${number} byl zveřejněn.`);
		await expect(page.getByRole('heading', { name: 'Historie' })).toBeVisible();
	});

	await logout(page);

	await test.step('the public agenda shows the answer and the meeting', async () => {
		await page.goto('/podnety?tema=transport');
		const item = page.getByRole('article').filter({ hasText: token });
		await expect(item).toContainText(ANSWER);
		await expect(item).not.toContainText('obcan@example.cz');
		await item.getByRole('link', { name: `Podnět č. ${number}` }).click();
		await page.waitForURL(/\/podnety\/[0-9a-f-]{36}$/);
		await expect(page.getByText(ANSWER)).toBeVisible();
		await expect(page.getByText(/Na programu jednání/)).toBeVisible();
	});
});
