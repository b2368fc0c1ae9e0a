/**
 * Test configuration. It reuses vite.config.ts (SvelteKit plugin, ssr.external) but drops the
 * Paraglide Vite plugin: when that plugin compiles, it leaves file handles open in the main
 * process and `vitest run` then hangs for 10 s on "close timed out". The messages are compiled
 * once, in a child process that exits, by tests/support/compile-messages.global.ts.
 */
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

function isParaglide(plugin: PluginOption): boolean {
	return (
		typeof plugin === 'object' &&
		plugin !== null &&
		'name' in plugin &&
		String(plugin.name).startsWith('unplugin-paraglide')
	);
}

const plugins = (base.plugins ?? []).flat(Infinity as 1).filter((plugin) => !isParaglide(plugin));

const shared = { environment: 'node' as const, testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
	...base,
	plugins,
	test: {
		expect: { requireAssertions: true },
		globalSetup: ['./tests/support/compile-messages.global.ts'],
		teardownTimeout: 5_000,
		projects: [
			{
				extends: true,
				test: {
					...shared,
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/lint/**/*.test.ts'],
					exclude: ['src/**/*.int.test.ts']
				}
			},
			{
				extends: true,
				test: { ...shared, name: 'integration', include: ['src/**/*.int.test.ts'] }
			}
		]
	}
});
