/** The audit trail: an admin renames a user and sees the change in its history and in /sprava/audit. */
import { accounts, expect, field, login, test } from './fixtures.ts';

test('changing a user name is recorded with the old and the new value', async ({ page }) => {
	await login(page, accounts.admin);
	await page.goto('/sprava/uzivatele');
	const row = page.getByRole('row').filter({ hasText: accounts.provider });
	await row.getByRole('link').first().click();

	const nameField = field(page, 'Jméno');
	const oldName = await nameField.inputValue();
	expect(oldName).not.toBe('');
	const newName = `${oldName} Nováková`;
	await nameField.fill(newName);
	await page.getByRole('button', { name: 'Uložit změny' }).click();

	await expect(field(page, 'Jméno')).toHaveValue(newName);
	const history = page
		.getByRole('region', { name: 'Historie změn' })
		.or(page.locator('section', { has: page.getByRole('heading', { name: 'Historie změn' }) }));
	await expect(history.first()).toContainText(oldName);
	await expect(history.first()).toContainText(newName);

	await page.goto('/sprava/audit');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('main')).toContainText(newName);
});
