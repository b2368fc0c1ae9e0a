/**
 * ESLint flat config. Besides the usual rules it enforces the module boundaries of
 * docs/CONVENTIONS.md with the built-in `no-restricted-imports` (one complete pattern list per
 * file glob, because a later config object replaces a rule's options instead of merging them)
 * and keeps `process.env` inside src/lib/platform/config/env.server.ts.
 * tests/lint/boundaries.test.ts proves the boundary rules with fixtures.
 */
import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');
const sourceFiles = '{ts,js,svelte}';

/** Import rules, each a `no-restricted-imports` pattern (regex on the import specifier). */
const rule = {
	env: {
		regex: '^\\$env/',
		message:
			'Proměnné prostředí čte jen #lib/platform/config/env.server.ts – použijte env() odtamtud.'
	},
	platformUp: {
		regex: '^(#lib/|(\\.\\./)+(lib/)?)(modules|app)(/|$)',
		message:
			'Platforma (src/lib/platform) nesmí importovat moduly ani kompoziční kořen src/lib/app.'
	},
	deepModule: {
		regex: '^#lib/modules/[^/]+/(?!index\\.ts$).+',
		message:
			'Modul importujte jen přes jeho veřejné dveře #lib/modules/<modul>/index.ts (vlastní soubory modulu relativně ./x.ts).'
	},
	/** Routes may also use a module's client-safe views (Svelte components and view models). */
	deepModuleForRoutes: {
		regex: '^#lib/modules/[^/]+/(?!index\\.ts$|views/).+',
		message:
			'Stránky importují modul přes #lib/modules/<modul>/index.ts, jeho zobrazení přes #lib/modules/<modul>/views/….'
	},
	relativeModule: {
		regex: '^(\\.\\./)+(lib/)?modules/',
		message: 'Moduly importujte přes #lib/modules/<modul>/index.ts, ne relativní cestou.'
	},
	moduleApp: {
		regex: '^#lib/app(/|$)',
		message: 'Modul nesmí importovat kompoziční kořen src/lib/app (ten skládá moduly, ne naopak).'
	},
	/** A file `depth` folders below its module root may climb at most `depth` levels. */
	climbOut: (depth) => ({
		regex: `^(\\.\\./){${depth + 1},}`,
		message:
			'Relativní import nesmí vylézt ze složky modulu – jiný modul importujte přes #lib/modules/<modul>/index.ts, platformu přes #lib/platform/….'
	})
};

/** `no-restricted-imports` with the given patterns (plus the ban on `$env/*`). */
const restrict = (...patterns) => ({
	'no-restricted-imports': ['error', { patterns: [rule.env, ...patterns] }]
});

/** One config object per depth inside a module, so climbing out is caught exactly. */
const moduleDepths = [0, 1, 2, 3].map((depth) => ({
	files: [`src/lib/modules/*/${'*/'.repeat(depth)}*.${sourceFiles}`],
	rules: restrict(rule.deepModule, rule.moduleApp, rule.climbOut(depth))
}));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	{
		ignores: [
			'src/lib/paraglide/**',
			'.svelte-kit/**',
			'build/**',
			'data/**',
			'migrations/meta/**',
			'test-results/**',
			'playwright-report/**',
			'.tmp-*'
		]
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names better (typescript-eslint FAQ).
			'no-undef': 'off',
			// Re-enabled after eslint-config-prettier. One-line bodies may omit braces; when Prettier
			// wraps such a body onto the next line, `npm run format` (eslint --fix) adds them.
			curly: ['error', 'multi-line'],
			eqeqeq: ['error', 'always', { null: 'ignore' }],
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/consistent-type-imports': [
				'error',
				{ prefer: 'type-imports', fixStyle: 'inline-type-imports' }
			],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser }
		},
		rules: {
			// Souhra is served from the root path (no `paths.base`), so plain Czech hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off',
			// Flags short-lived locals (e.g. building a query string for an href), not reactive state.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Typed linting for TypeScript: promises must be awaited, switches must be exhaustive.
		files: ['**/*.ts'],
		ignores: ['**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ['drizzle.config.ts', 'vitest.config.ts', 'playwright.config.ts']
				},
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/switch-exhaustiveness-check': [
				'error',
				{ considerDefaultExhaustiveForUnions: true }
			]
		}
	},
	// ── Module boundaries ────────────────────────────────────────────────────────────────
	{ files: [`src/**/*.${sourceFiles}`], rules: restrict() },
	{
		files: [`src/lib/platform/**/*.${sourceFiles}`],
		// Tests may compose platform and modules (e.g. a backup must include module tables).
		ignores: ['src/lib/platform/**/*.test.ts'],
		rules: restrict(rule.platformUp)
	},
	...moduleDepths,
	{
		files: [`src/lib/app/**/*.${sourceFiles}`, 'src/*.ts'],
		rules: restrict(rule.deepModule, rule.relativeModule)
	},
	{
		files: [`src/routes/**/*.${sourceFiles}`],
		rules: restrict(rule.deepModuleForRoutes, rule.relativeModule)
	},
	{
		// Only the config module reads the environment; bin/, tests and tool configs are exempt.
		files: [`src/**/*.${sourceFiles}`],
		ignores: ['src/lib/platform/config/env.server.ts', 'src/**/*.test.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				{
					object: 'process',
					property: 'env',
					message: 'process.env čte jen #lib/platform/config/env.server.ts – použijte env().'
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"ImportDeclaration[source.value=/^(node:)?process$/] ImportSpecifier[imported.name='env']",
					message: 'process.env čte jen #lib/platform/config/env.server.ts – použijte env().'
				}
			]
		}
	}
);
