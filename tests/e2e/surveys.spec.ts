/**
 * Needs-survey journey: a coordinator builds a survey (single choice, scale, short text with a
 * condition), previews and opens it; three anonymous people answer it (one first forgets a
 * required question); the results show the right counts and shares, the filter by age works and
 * the CSV export holds the three responses.
 */
import type { Page } from '@playwright/test';
import { accounts, expect, field, hydrated, login, logout, test } from './fixtures.ts';

const title = `Potřeby seniorů e2e ${Date.now()}`;

async function addQuestion(
	page: Page,
	q: { kind: string; text: string; options?: string; required?: boolean; condition?: string }
) {
	const form = page.locator('form[action="?/addQuestion"]');
	await form.getByLabel('Druh otázky').selectOption({ label: q.kind });
	await form.getByLabel(/^\s*Znění otázky/).fill(q.text);
	if (q.options) await form.getByLabel(/^\s*Možnosti odpovědi/).fill(q.options);
	if (q.required) await form.getByLabel('Povinná otázka').check();
	if (q.condition) {
		await form.getByLabel('Zobrazit jen, pokud…').selectOption({ label: q.condition });
	}
	await form.getByRole('button', { name: 'Přidat otázku' }).click();
	await hydrated(page);
	await expect(page.getByText('Otázka byla přidána.')).toBeVisible();
	await expect(page.getByText(q.text, { exact: true }).first()).toBeVisible();
}

async function answer(
	page: Page,
	surveyId: string,
	a: { age: string; alone: string; scale: string; missing?: string }
) {
	await page.goto(`/dotazniky/${surveyId}`);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page
		.getByRole('group', { name: /Věková skupina/ })
		.getByLabel(a.age)
		.check();
	await page
		.getByRole('group', { name: /Žijete sám/ })
		.getByLabel(a.alone, { exact: true })
		.check();
	const conditional = page.getByLabel(/Co vám nejvíce chybí/);
	if (a.alone === 'Ano') {
		await expect(conditional).toBeVisible();
		if (a.missing) await conditional.fill(a.missing);
	} else {
		await expect(conditional).toBeHidden();
	}
	await page
		.getByRole('group', { name: /Spokojenost/ })
		.getByLabel(a.scale, { exact: true })
		.check();
	await page.getByRole('button', { name: 'Odeslat odpovědi' }).click();
	await hydrated(page);
	await expect(page.getByText('Děkujeme, Vaše odpovědi byly uloženy.')).toBeVisible();
}

test('a survey is built, answered by three people, and its results and export are correct', async ({
	page
}) => {
	test.setTimeout(240_000);
	await login(page, accounts.coordinator);
	await page.goto('/dotazniky/sprava');
	await page.getByRole('link', { name: 'Nový dotazník' }).click();
	await hydrated(page);
	await field(page, 'Území plánování').selectOption({ index: 1 });
	await field(page, 'Název dotazníku').fill(title);
	await page.getByRole('button', { name: 'Založit dotazník' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const surveyId = /\/dotazniky\/sprava\/([0-9a-f-]{36})/.exec(page.url())![1];

	await addQuestion(page, {
		kind: 'jedna možnost',
		text: 'Věková skupina',
		options: 'do 64 let\n65 a více',
		required: true
	});
	await addQuestion(page, { kind: 'jedna možnost', text: 'Žijete sám/sama?', options: 'Ano\nNe' });
	await addQuestion(page, {
		kind: 'stupnice 1–5',
		text: 'Spokojenost se službami',
		required: true
	});
	await addQuestion(page, {
		kind: 'krátký text',
		text: 'Co vám nejvíce chybí?',
		condition: '2. Žijete sám/sama? = Ano'
	});

	await page.getByRole('link', { name: 'Náhled' }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Náhled');
	await expect(page.getByRole('group', { name: /Věková skupina/ })).toBeVisible();
	await page.getByRole('link', { name: 'Zpět na úpravu dotazníku' }).click();
	await hydrated(page);

	await page.getByRole('button', { name: 'Otevřít dotazník pro odpovědi' }).click();
	await hydrated(page);
	await expect(page.getByText('Dotazník je otevřen a přijímá odpovědi.')).toBeVisible();
	await logout(page);

	// A required question forgotten: error summary names it, nothing is lost.
	await page.goto(`/dotazniky/${surveyId}`);
	await page
		.getByRole('group', { name: /Věková skupina/ })
		.getByLabel('65 a více')
		.check();
	await page.getByRole('button', { name: 'Odeslat odpovědi' }).click();
	await hydrated(page);
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('3. Spokojenost se službami');
	await expect(
		page.getByRole('group', { name: /Věková skupina/ }).getByLabel('65 a více')
	).toBeChecked();

	await answer(page, surveyId, {
		age: '65 a více',
		alone: 'Ano',
		scale: '4',
		missing: 'Společnost'
	});
	await answer(page, surveyId, { age: 'do 64 let', alone: 'Ne', scale: '2' });
	await answer(page, surveyId, { age: '65 a více', alone: 'Ne', scale: '5' });

	await login(page, accounts.coordinator);
	await page.goto(`/dotazniky/sprava/${surveyId}/vysledky`);
	await expect(page.getByText('Respondentů: 3')).toBeVisible();
	const ageTable = page.getByRole('table', { name: '1. Věková skupina' });
	await expect(ageTable.getByRole('row', { name: /65 a více/ })).toContainText('2');
	await expect(ageTable.getByRole('row', { name: /65 a více/ })).toContainText('67 %');
	await expect(ageTable.getByRole('row', { name: /do 64 let/ })).toContainText('33 %');
	await expect(page.getByRole('img', { name: /1\. Věková skupina/ })).toBeVisible();

	await page.getByRole('combobox', { name: 'Jen respondenti, kteří odpověděli' }).selectOption({
		label: '1. Věková skupina: 65 a více'
	});
	await page.getByRole('button', { name: 'Použít filtr' }).click();
	await hydrated(page);
	await expect(page.getByText('Respondentů: 2')).toBeVisible();
	const scaleTable = page.getByRole('table', { name: '3. Spokojenost se službami' });
	await expect(scaleTable.getByRole('row', { name: /^4/ })).toContainText('50 %');

	const csv = await page.request.get(`/api/v1/surveys/${surveyId}/responses.csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const lines = (await csv.text())
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines).toHaveLength(4);
	expect(lines[0]).toContain('1. Věková skupina;2. Žijete sám/sama?;3. Spokojenost se službami');
	expect(lines.filter((l) => l.includes(';65 a více;'))).toHaveLength(2);
	expect(lines.some((l) => l.includes('Společnost'))).toBe(true);
});
