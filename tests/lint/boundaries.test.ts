/**
 * Proves the module boundaries of eslint.config.js: each fixture is linted as if it lived at
 * `filePath`, and we look only at the boundary rules. The fixtures do not exist on disk, so
 * type-aware linting (which needs the file in a tsconfig) is switched off for them.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({
	cwd: root,
	overrideConfigFile: path.join(root, 'eslint.config.js'),
	overrideConfig: [{ files: ['**/*.ts'], ...ts.configs.disableTypeChecked }]
});
const boundaryRules = new Set([
	'no-restricted-imports',
	'no-restricted-properties',
	'no-restricted-syntax'
]);

/** Lint `code` as the file at `filePath` and return the boundary messages. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
	const fatal = result.messages.filter((m) => m.fatal);
	expect(fatal, 'fixture must parse').toEqual([]);
	return result.messages
		.filter((m) => m.ruleId && boundaryRules.has(m.ruleId))
		.map((m) => m.message);
}

const use = (specifier: string) =>
	`import { thing } from '${specifier}';\nexport const value = thing;\n`;

describe('module boundaries', () => {
	it('reports a deep import into another module', async () => {
		const errors = await boundaryErrors(
			'src/lib/modules/meetings/fixture.service.server.ts',
			use('#lib/modules/organisation/area.service.server.ts')
		);
		expect(errors).toEqual([expect.stringContaining('index.ts')]);
	});

	it('lets routes use a module views folder but nothing deeper, and other modules neither', async () => {
		expect(
			await boundaryErrors(
				'src/routes/fixture/+page.server.ts',
				use('#lib/modules/meetings/views/meeting.view.ts')
			)
		).toEqual([]);
		expect(
			await boundaryErrors(
				'src/routes/fixture/+page.server.ts',
				use('#lib/modules/meetings/meeting.store.server.ts')
			)
		).toEqual([expect.stringContaining('index.ts')]);
		expect(
			await boundaryErrors(
				'src/lib/modules/organisation/fixture.service.server.ts',
				use('#lib/modules/meetings/views/meeting.view.ts')
			)
		).toEqual([expect.stringContaining('index.ts')]);
	});

	it('allows another module through its index.ts', async () => {
		const errors = await boundaryErrors(
			'src/lib/modules/meetings/fixture.service.server.ts',
			use('#lib/modules/organisation/index.ts')
		);
		expect(errors).toEqual([]);
	});

	it('reports the platform importing a module or the composition root', async () => {
		for (const specifier of [
			'#lib/modules/organisation/index.ts',
			'#lib/app/navigation.ts',
			'../../modules/organisation/index.ts'
		]) {
			const errors = await boundaryErrors(
				'src/lib/platform/audit/fixture.server.ts',
				use(specifier)
			);
			expect(errors, specifier).toEqual([expect.stringContaining('Platforma')]);
		}
	});

	it('reports relative imports that climb out of a module, allows those inside it', async () => {
		expect(
			await boundaryErrors(
				'src/lib/modules/meetings/fixture.ts',
				use('../organisation/area.schema.ts')
			)
		).toHaveLength(1);
		expect(
			await boundaryErrors(
				'src/lib/modules/meetings/docs/fixture.ts',
				use('../../organisation/index.ts')
			)
		).toHaveLength(1);
		expect(
			await boundaryErrors('src/lib/modules/meetings/docs/fixture.ts', use('../meeting.rules.ts'))
		).toEqual([]);
		expect(
			await boundaryErrors('src/lib/modules/meetings/fixture.ts', use('./meeting.rules.ts'))
		).toEqual([]);
	});

	it('lets routes use a module only through its index.ts', async () => {
		const file = 'src/routes/jednani/+page.server.ts';
		expect(
			await boundaryErrors(file, use('#lib/modules/meetings/meeting.service.server.ts'))
		).toHaveLength(1);
		expect(await boundaryErrors(file, use('#lib/modules/meetings/index.ts'))).toEqual([]);
		expect(await boundaryErrors(file, use('#lib/platform/http/errors.ts'))).toEqual([]);
	});

	it('keeps process.env inside the configuration module', async () => {
		const code = 'export const port = process.env.PORT;\n';
		expect(await boundaryErrors('src/lib/modules/meetings/fixture.ts', code)).toEqual([
			expect.stringContaining('env.server.ts')
		]);
		expect(
			await boundaryErrors(
				'src/lib/platform/mail/fixture.ts',
				"import { env } from 'node:process';\nexport const e = env;\n"
			)
		).toHaveLength(1);
		expect(await boundaryErrors('src/routes/fixture.ts', use('$env/dynamic/private'))).toHaveLength(
			1
		);
		expect(await boundaryErrors('src/lib/platform/config/env.server.ts', code)).toEqual([]);
		expect(await boundaryErrors('bin/fixture.js', code)).toEqual([]);
	});
});
