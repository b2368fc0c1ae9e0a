/** Public pages, the 404 page, the skip link, and switching the interface to English and back. */
import { expect, test } from './fixtures.ts';

test('home, accessibility statement and a 404 page are served in Czech', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

	await page
		.getByRole('contentinfo')
		.getByRole('link', { name: 'Prohlášení o přístupnosti' })
		.click();
	await expect(page).toHaveURL(/\/pristupnost$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('přístupnosti');

	const response = await page.goto('/tato-stranka-neexistuje');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stránka nenalezena');
	await expect(page.getByRole('main').getByRole('link', { name: /úvodní stránk/i })).toBeVisible();
});

test('the first Tab focuses the skip link, which moves focus to the content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Přeskočit na obsah' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#obsah$/);
	await expect(page.locator('#obsah')).toBeFocused();
});

test('the English switch translates the page and Čeština switches back', async ({ page }) => {
	await page.goto('/pristupnost');
	await page.getByRole('button', { name: 'English' }).click();

	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL(/\/pristupnost$/);
	const footer = page.getByRole('contentinfo');
	await expect(footer.getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

	await page.getByRole('button', { name: 'Čeština' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
	await expect(footer.getByRole('link', { name: 'Prohlášení o přístupnosti' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Hlavní navigace' })).toBeVisible();
});
