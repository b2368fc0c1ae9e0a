/**
 * Browser journeys (tests/e2e). By default Playwright builds the app and starts the production
 * server (bin/server.js) on a fresh, temporary data folder, so the demo data are loaded anew on
 * every run. E2E_BASE_URL points the suite at an already running instance instead (no server is
 * started), E2E_SKIP_BUILD=1 reuses an existing build/ (the CI script has just built it).
 * The browser is the system Chromium; Playwright never downloads one.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const ci = Boolean(process.env.CI);
const port = Number(process.env.E2E_PORT ?? 4173);
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;

// The config is evaluated in the runner and again in every worker; workers inherit the folder.
if (!external) {
	process.env.SOUHRA_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'souhra-e2e-'));
}
const dataDir = process.env.SOUHRA_E2E_DATA_DIR ?? '';

const build = process.env.E2E_SKIP_BUILD === '1' ? '' : 'node_modules/.bin/vite build && ';

export default defineConfig({
	testDir: './tests/e2e',
	// Several people may run against their own dev servers at once: keep their artefacts apart.
	outputDir:
		process.env.E2E_OUTPUT_DIR ??
		(external ? `test-results/${new URL(external).port || 'external'}` : 'test-results'),
	// The journeys share one server and database; one worker keeps them deterministic on 2 cores.
	fullyParallel: false,
	workers: 1,
	forbidOnly: ci,
	retries: ci ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
	use: {
		baseURL,
		locale: 'cs-CZ',
		timezoneId: 'Europe/Prague',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: external
		? undefined
		: {
				command: `${build}node_modules/.bin/node bin/server.js`,
				url: `${baseURL}/healthz`,
				reuseExistingServer: !ci,
				timeout: 240_000,
				stdout: 'pipe',
				stderr: 'pipe',
				env: {
					PORT: String(port),
					HOST: '127.0.0.1',
					DATA_DIR: dataDir,
					DATABASE_URL: '',
					SOUHRA_DEMO: '1',
					PUBLIC_URL: baseURL,
					NODE_ENV: 'production',
					// The wrong-password journey must not lock anybody out on a rerun.
					LOGIN_MAX_ATTEMPTS: '50'
				}
			}
});
