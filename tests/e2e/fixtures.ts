/**
 * Shared Playwright fixtures. Every page a test visits is checked with axe-core (WCAG 2.0, 2.1
 * and 2.2, levels A and AA) and the test fails at the end with a readable list of violations.
 *
 * How: axe-core (the build that @axe-core/playwright ships) is injected into every document and
 * runs inside the page after `load` and after every client-side (SvelteKit) navigation; the page
 * reports back through a binding. A new document request is held until the page being left has
 * reported, so no page escapes the check. (AxeBuilder cannot do this: Playwright's
 * page.evaluate blocks while a navigation such as a form POST is pending.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** How long a page may take to report before it counts as not checked. */
const REPORT_TIMEOUT_MS = 20_000;

const fromAxePlaywright = createRequire(
	createRequire(import.meta.url).resolve('@axe-core/playwright')
);
const axeSource = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/** All demo accounts share this password (see README). */
export const DEMO_PASSWORD = 'souhra-demo';

export const accounts = {
	admin: 'spravce@souhra.example',
	coordinator: 'koordinator@souhra.example',
	region: 'kraj@souhra.example',
	manager: 'manazer@souhra.example',
	member: 'clen@souhra.example',
	provider: 'poskytovatel@souhra.example'
} as const;

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: { target: string; summary: string }[];
}

interface PageReport {
	url: string;
	violations: Violation[];
	/** True when no further check is scheduled in the page. */
	idle: boolean;
	error?: string;
}

/**
 * Runs in every document (also before SvelteKit hydrates). It checks the page after `load` and
 * after each history change, one axe run at a time, and reports each result.
 */
function pageRunner(tags: string[]): void {
	type Axe = {
		run: (
			context: Document,
			options: object
		) => Promise<{
			violations: {
				id: string;
				impact?: string | null;
				help: string;
				helpUrl: string;
				nodes: { target: unknown[]; failureSummary?: string }[];
			}[];
		}>;
	};
	const w = window as unknown as {
		axe?: Axe;
		__souhraAxeReport?: (report: PageReport) => Promise<void>;
	};
	if (window.top !== window) return;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running = false;
	let again = false;

	async function run(): Promise<void> {
		if (running) {
			again = true;
			return;
		}
		running = true;
		let report: PageReport;
		try {
			if (document.contentType !== 'text/html' || !w.axe) {
				report = { url: location.href, violations: [], idle: true };
			} else {
				const result = await w.axe.run(document, {
					runOnly: { type: 'tag', values: tags },
					resultTypes: ['violations']
				});
				report = {
					url: location.href,
					idle: true,
					violations: result.violations.map((v) => ({
						id: v.id,
						impact: v.impact ?? null,
						help: v.help,
						helpUrl: v.helpUrl,
						nodes: v.nodes.map((n) => ({
							target: n.target.map(String).join(' '),
							summary: (n.failureSummary ?? '').replace(/\s+/g, ' ')
						}))
					}))
				};
			}
		} catch (error) {
			report = { url: location.href, violations: [], idle: true, error: String(error) };
		}
		running = false;
		report.idle = !again && timer === undefined;
		await w.__souhraAxeReport?.(report);
		if (again) {
			again = false;
			void run();
		}
	}

	function schedule(): void {
		if (timer !== undefined) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = undefined;
			void run();
		}, 100);
	}

	// SvelteKit sets history.scrollRestoration = 'manual' when its router starts, right after
	// hydration. Until then Svelte may still overwrite what a test typed into a field.
	const scrollRestoration = Object.getOwnPropertyDescriptor(History.prototype, 'scrollRestoration');
	if (scrollRestoration?.get && scrollRestoration.set) {
		const { get, set } = scrollRestoration;
		Object.defineProperty(history, 'scrollRestoration', {
			configurable: true,
			get: () => get.call(history),
			set: (value: ScrollRestoration) => {
				set.call(history, value);
				if (value === 'manual') {
					(window as unknown as { __souhraHydrated?: boolean }).__souhraHydrated = true;
				}
			}
		});
	}

	for (const method of ['pushState', 'replaceState'] as const) {
		const original = history[method].bind(history);
		history[method] = (...args: Parameters<History['pushState']>) => {
			original(...args);
			if (document.readyState === 'complete') schedule();
		};
	}
	addEventListener('popstate', schedule);
	addEventListener('hashchange', schedule);
	if (document.readyState === 'complete') schedule();
	else addEventListener('load', schedule, { once: true });
}

/** Turn a page report into lines a person can act on: rule, impact, help, offending elements. */
function describe(report: PageReport): string {
	const lines = report.violations.map((v) => {
		const nodes = v.nodes
			.slice(0, 5)
			.map((n) => `      ${n.target}\n        ${n.summary}`)
			.join('\n');
		const more = v.nodes.length > 5 ? `\n      … a dalších ${v.nodes.length - 5}` : '';
		return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
	});
	if (report.error) lines.push(`  axe nešlo spustit: ${report.error}`);
	return `${report.url}\n${lines.join('\n')}`;
}

/**
 * Wait until SvelteKit has hydrated the current page (pages without SvelteKit pass at once), so
 * typing into a field is not undone by hydration. `page.goto` does this by itself.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			(window as unknown as { __souhraHydrated?: boolean }).__souhraHydrated === true ||
			!document.documentElement.innerHTML.includes('__sveltekit_'),
		undefined,
		{ timeout: 15_000 }
	);
}

export const test = base.extend<{ axeEveryPage: void }>({
	page: async ({ page }, use) => {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			await hydrated(page);
			return response;
		};
		await use(page);
	},
	axeEveryPage: [
		async ({ page }, use, testInfo) => {
			const reports: PageReport[] = [];
			const unchecked: string[] = [];
			let idle = true;
			let waiters: (() => void)[] = [];
			const setIdle = (value: boolean) => {
				idle = value;
				if (idle) {
					waiters.forEach((wake) => wake());
					waiters = [];
				}
			};
			/** Wait until the current page has reported; give up (and say so) after a while. */
			const settled = async () => {
				if (idle) return;
				const url = page.url();
				const woke = await Promise.race([
					new Promise<boolean>((resolve) => waiters.push(() => resolve(true))),
					new Promise<boolean>((resolve) => setTimeout(() => resolve(false), REPORT_TIMEOUT_MS))
				]);
				if (!woke) {
					unchecked.push(url);
					setIdle(true);
				}
			};

			await page.exposeBinding('__souhraAxeReport', (_source, report: PageReport) => {
				reports.push(report);
				if (report.idle) setIdle(true);
			});
			await page.addInitScript({
				content: `${axeSource}\n;(${pageRunner.toString()})(${JSON.stringify(WCAG_TAGS)});`
			});
			page.on('framenavigated', (frame) => {
				if (frame !== page.mainFrame()) return;
				const url = frame.url();
				setIdle(url === 'about:blank' || url.startsWith('chrome-error:'));
			});
			// Hold a new document until the page we are leaving has been checked.
			await page.route('**/*', async (route) => {
				const request = route.request();
				if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
					await settled();
				}
				await route.fallback();
			});

			await use();

			await settled();
			const checked = reports.map((r) => new URL(r.url).pathname);
			await testInfo.attach('axe-checked-pages', { body: checked.join('\n') || '(žádná)' });
			const failing = reports.filter((r) => r.violations.length > 0 || r.error);
			const problems = [
				...failing.map(describe),
				...unchecked.map((url) => `${url}\n  stránka nebyla zkontrolována (axe neodpověděl)`)
			];
			expect(
				problems.length,
				`Přístupnost (axe, WCAG 2.2 AA) – ${problems.length} problémů:\n\n${problems.join('\n\n')}`
			).toBe(0);
		},
		{ auto: true }
	]
});

/**
 * The form control labelled `label`. Labels of required fields end with an aria-hidden `*`, so
 * the label text is matched exactly apart from that marker ("Nové heslo" ≠ "Nové heslo znovu").
 */
export function field(page: Page, label: string): Locator {
	const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return page.getByLabel(new RegExp(`^\\s*${escaped}\\s*\\*?\\s*$`));
}

/** Sign in through the login form and wait until the header shows the signed-in user. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/prihlaseni');
	await field(page, 'E-mail').fill(email);
	await field(page, 'Heslo').fill(password);
	await page.getByRole('button', { name: 'Přihlásit se' }).click();
	await expect(page.getByRole('button', { name: 'Odhlásit se' })).toBeVisible();
}

/** Sign out with the header button and wait for the anonymous header. */
export async function logout(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Odhlásit se' }).click();
	await expect(page.getByRole('button', { name: 'Odhlásit se' })).toHaveCount(0);
}
