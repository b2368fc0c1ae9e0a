/** Signing in and out, a wrong password, and the whole password-reset round trip via the outbox. */
import { accounts, DEMO_PASSWORD, expect, field, login, logout, test } from './fixtures.ts';

test('admin signs in, sees the name in the header, and signs out', async ({ page }) => {
	await page.goto('/prihlaseni');
	await field(page, 'E-mail').fill(accounts.admin);
	await field(page, 'Heslo').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Přihlásit se' }).click();

	const header = page.getByRole('banner');
	await expect(header.getByRole('button', { name: 'Odhlásit se' })).toBeVisible();
	await expect(header.getByRole('link', { name: /Petra Správcová/ })).toBeVisible();

	await logout(page);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Přihlásit se' })).toBeVisible();
	await expect(page.getByRole('banner')).not.toContainText('Petra Správcová');
});

test('a wrong password is refused with a clear message and the e-mail stays filled', async ({
	page
}) => {
	await page.goto('/prihlaseni');
	await field(page, 'E-mail').fill(accounts.member);
	await field(page, 'Heslo').fill('tohle-neni-heslo');
	await page.getByRole('button', { name: 'Přihlásit se' }).click();

	await expect(page.getByText('Nesprávný e-mail nebo heslo.').first()).toBeVisible();
	await expect(field(page, 'E-mail')).toHaveValue(accounts.member);
	await expect(page.getByRole('button', { name: 'Odhlásit se' })).toHaveCount(0);
});

test('password reset: request, find the e-mail in the outbox, set a new password, sign in', async ({
	page
}) => {
	const newPassword = 'Nove-heslo-pro-koordinatora-2026';

	await page.goto('/zapomenute-heslo');
	await field(page, 'E-mail').fill(accounts.coordinator);
	await page.getByRole('button', { name: 'Poslat odkaz pro obnovu hesla' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'odkaz pro obnovu hesla' })
	).toBeVisible();

	// The instance has no SMTP server, so the message waits in the outbox for the admin.
	await login(page, accounts.admin);
	await page.goto('/sprava/posta');
	const newest = page.getByRole('row').filter({ hasText: accounts.coordinator }).first();
	await newest.getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const resetLink = page.locator('a[href*="/obnova-hesla/"]').first();
	const href = await resetLink.getAttribute('href');
	expect(href).toMatch(/\/obnova-hesla\/[^/\s]+$/);
	await logout(page);

	await page.goto(href!);
	await field(page, 'Nové heslo').fill(newPassword);
	await field(page, 'Nové heslo znovu').fill(newPassword);
	await page.getByRole('button', { name: 'Nastavit heslo' }).click();

	await expect(page).not.toHaveURL(/\/obnova-hesla\//);
	// Depending on the flow the user is signed in at once or sent to the login page.
	if (await page.getByRole('button', { name: 'Odhlásit se' }).isVisible()) {
		await logout(page);
	}
	await login(page, accounts.coordinator, newPassword);
	await expect(page.getByRole('banner')).toContainText('Jan Koordinátor');

	// Other journeys sign in as the coordinator with the demo password: put it back.
	await page.goto('/profil');
	await field(page, 'Současné heslo').fill(newPassword);
	await field(page, 'Nové heslo').fill(DEMO_PASSWORD);
	await field(page, 'Nové heslo znovu').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Změnit heslo' }).click();
	await expect(page.getByText('Heslo bylo změněno.', { exact: false })).toBeVisible();
	await logout(page);
	await login(page, accounts.coordinator, DEMO_PASSWORD);
});
