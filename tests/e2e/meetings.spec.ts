/**
 * The meetings journey of issue 3, as a coordinator would do it: plan next year's schedule of
 * a demo working group and publish it, invite to the first meeting (the outbox shows the e-mails
 * with an .ics file), hold a meeting (dated yesterday, created on /jednani/novy), record the
 * attendance, write the minutes with a resolution and a task, approve and publish them. The
 * task then shows on the next meeting, the DOCX holds the text, and the public page and the
 * body's ICS feed show the meetings. Axe checks every page (fixtures.ts).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { accounts, expect, field, login, logout, test } from './fixtures.ts';

const BODY = 'Pracovní skupina Senioři';
const RESOLUTION = 'Pracovní skupina schvaluje plán setkání s poskytovateli na příští rok.';
const TASK = 'Připravit přehled volných kapacit pobytových služeb pro seniory';

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

test('a coordinator plans, invites, holds, writes, approves and publishes a meeting', async ({
	page
}) => {
	test.setTimeout(240_000);
	const year = Number(pragueDate(0).slice(0, 4)) + 1;
	let bodyId = '';
	let nextId = '';
	let heldId = '';

	await login(page, accounts.coordinator);

	await test.step('plan next year on /harmonogram and publish it', async () => {
		await page.goto('/harmonogram');
		const option = page.locator('select[name="skupina"] option', { hasText: BODY }).first();
		bodyId = (await option.getAttribute('value')) ?? '';
		expect(bodyId).toMatch(/^[0-9a-f-]{36}$/);
		await page.locator('select[name="skupina"]').selectOption(bodyId);
		await field(page, 'Rok').fill(String(year));
		await page.getByRole('button', { name: 'Zobrazit harmonogram' }).click();
		const dates = [`${year}-01-14`, `${year}-03-11`, `${year}-05-13`];
		for (const [i, date] of dates.entries()) {
			await page.locator(`[id="field-rows.${i}.date"]`).fill(date);
			await page.locator(`[id="field-rows.${i}.time"]`).fill('14:00');
			await page.locator(`[id="field-rows.${i}.place"]`).fill('Nám. Dr. E. Beneše 1, Liberec');
		}
		await page.getByRole('button', { name: 'Naplánovat jednání' }).click();
		await flash(page, 'Naplánováno jednání: 3');
		await page.getByRole('button', { name: 'Zveřejnit harmonogram' }).click();
		await flash(page, `Harmonogram na rok ${year} je zveřejněn`);
		await page
			.getByRole('link', { name: /14\. 1\./ })
			.first()
			.click();
		await page.waitForURL(/\/jednani\/[0-9a-f-]{36}$/);
		nextId = /\/jednani\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
		expect(nextId).not.toBe('');
	});

	await test.step('record the e-mail of the group manager (the demo people have none)', async () => {
		await page.goto('/lide?q=Urbanov%C3%A1');
		await page
			.getByRole('link', { name: /Urbanová/ })
			.first()
			.click();
		await field(page, 'E-mail').fill('jana.urbanova@souhra.example');
		await page.getByRole('button', { name: 'Uložit změny' }).click();
		await flash(page, /byly uloženy/);
		await page.goto(`/jednani/${nextId}`);
	});

	await test.step('invite the members to the first meeting', async () => {
		await page.getByRole('button', { name: 'Rozeslat pozvánky' }).click();
		await flash(page, /Pozvánky byly zařazeny k odeslání \(e-mailů: 1\)/);
	});

	await test.step('the administrator sees the invitations with an .ics file in the outbox', async () => {
		await logout(page);
		await login(page, accounts.admin);
		await page.goto('/sprava/posta');
		const invitation = page.getByRole('link', { name: new RegExp(`Pozvánka: ${BODY}`) }).first();
		await expect(invitation).toBeVisible();
		await invitation.click();
		await expect(page.getByRole('link', { name: /\.ics/ })).toBeVisible();
		await logout(page);
		await login(page, accounts.coordinator);
	});

	await test.step('a meeting held yesterday: create it and record the attendance', async () => {
		await page.goto('/jednani/novy');
		await page.locator('select[name="bodyId"]').selectOption(bodyId);
		await field(page, 'Datum').fill(pragueDate(-1));
		await field(page, 'Začátek').fill('14:00');
		await field(page, 'Místo setkání').fill('Nám. Dr. E. Beneše 1, Liberec');
		await page.getByRole('button', { name: 'Naplánovat jednání' }).click();
		await page.waitForURL(/\/jednani\/[0-9a-f-]{36}$/);
		heldId = /\/jednani\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

		await page.goto(`/jednani/${heldId}/dochazka`);
		await page.getByRole('button', { name: 'Založit prezenční listinu' }).click();
		await page.getByRole('radio', { name: 'přítomen/na' }).nth(0).check();
		await page.getByRole('radio', { name: 'přítomen/na' }).nth(1).check();
		await page.getByRole('button', { name: 'Uložit docházku' }).click();
		await flash(page, 'Docházka byla uložena.');
	});

	await test.step('write the minutes with a resolution and a task', async () => {
		await page.goto(`/jednani/${heldId}/zapis`);
		await page.getByRole('button', { name: 'Začít psát zápis' }).click();
		await flash(page, 'Zápis byl založen.');

		await page.locator('#field-authorPersonId-meta').selectOption({ index: 1 });
		await page.locator('#field-signedPlace-meta').fill('V Liberci');
		await page.locator('#field-writtenOn-meta').fill(pragueDate(0));
		await page.getByRole('button', { name: 'Uložit údaje zápisu' }).click();
		await flash(page, 'Údaje zápisu byly uloženy.');

		const item = page.locator('section.item').first();
		await item
			.getByLabel('Text zápisu k bodu')
			.fill('Skupina prošla otevřené úkoly.\n\n- plán setkání na příští rok\n- kapacity služeb');
		await item.getByRole('button', { name: 'Uložit text bodu' }).click();
		await flash(page, 'Text bodu byl uložen.');

		await item.getByText('Přidat usnesení', { exact: true }).first().click();
		await item.getByLabel('Text usnesení').fill(RESOLUTION);
		await item.getByLabel('Pro', { exact: true }).fill('7');
		await item.getByLabel('Proti', { exact: true }).fill('0');
		await item.getByLabel('Zdržel se', { exact: true }).fill('1');
		await item.getByRole('button', { name: 'Přidat usnesení' }).click();
		await flash(page, /Usnesení .+ bylo přidáno\./);

		// Bad input first: a task without a responsible person is refused in Czech.
		await item.getByText('Přidat úkol', { exact: true }).first().click();
		await item.getByLabel(/^\s*Úkol\s*\*?\s*$/).fill(TASK);
		await item.getByRole('button', { name: 'Přidat úkol' }).click();
		await expect(page.getByText('Úkol musí mít odpovědnou osobu.').first()).toBeVisible();
		await expect(item.getByLabel(/^\s*Úkol\s*\*?\s*$/)).toHaveValue(TASK);
		await item.getByLabel(/Odpovědná osoba/).selectOption({ index: 1 });
		await item.getByLabel('Termín splnění').fill(`${year}-01-10`);
		await item.getByRole('button', { name: 'Přidat úkol' }).click();
		await flash(page, 'Úkol byl přidán.');
	});

	await test.step('approve and publish', async () => {
		await page.locator('#field-approverPersonId-flow').selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Schválit zápis' }).click();
		await flash(page, /Zápis je schválený/);
		await page.getByRole('button', { name: 'Zveřejnit' }).click();
		await flash(page, 'Zápis byl zveřejněn jako verze 1.');
	});

	await test.step('the DOCX holds the resolution and the task', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Stáhnout zápis (DOCX)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.docx$/);
		const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
		const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
		expect(xml).toContain(RESOLUTION);
		expect(xml).toContain(TASK);
		expect(xml).toContain(BODY);
	});

	await test.step('the task shows on the next meeting under "Kontrola úkolů"', async () => {
		await page.goto(`/jednani/${nextId}`);
		await expect(page.getByText(TASK).first()).toBeVisible();
	});

	await test.step('the public page and the ICS feed show the meetings', async () => {
		await logout(page);
		await page.goto(`/zapisy/${heldId}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(BODY);
		await expect(page.getByText(RESOLUTION)).toBeVisible();
		const ics = await page.request.get(`/ical/bodies/${bodyId}.ics`);
		expect(ics.status()).toBe(200);
		const text = (await ics.text()).replace(/\r?\n[ \t]/g, '');
		expect(text).toContain('BEGIN:VCALENDAR');
		expect(text).toContain(`${year}0114T140000`);
		expect(text).toContain(BODY);
	});
});
