import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideOptions } from './paraglide.options.js';

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: {
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ out: 'build' }),
			csrf: { trustedOrigins: [] }
		}),
		paraglideVitePlugin(paraglideOptions)
	],
	ssr: {
		external: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres']
	}
});
