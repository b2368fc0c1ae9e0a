/**
 * Keeps the documentation honest: docs/ARCHITECTURE.md names every source folder (and no folder
 * that is gone), and README.md and .env.example describe every environment variable.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Folders under `dir` that contain files, skipping generated code and message folders. */
function sourceFolders(dir: string): string[] {
	const entries = readdirSync(path.join(root, dir), { withFileTypes: true });
	const own = entries.some((e) => e.isFile()) ? [`${dir}/`] : [];
	const nested = entries
		.filter((e) => e.isDirectory() && e.name !== 'i18n')
		.filter((e) => `${dir}/${e.name}` !== 'src/lib/paraglide')
		.flatMap((e) => sourceFolders(`${dir}/${e.name}`));
	const generated = dir === 'src' ? ['src/lib/paraglide/'] : [];
	return [...own, ...generated, ...nested];
}

describe('docs/ARCHITECTURE.md', () => {
	const doc = read('docs/ARCHITECTURE.md');

	it('has a line for every folder under src/ and the top-level folders', () => {
		const folders = [
			...sourceFolders('src'),
			'bin/',
			'migrations/',
			'tests/',
			'docs/',
			'docs/decisions/',
			'.ci/'
		];
		const missing = folders.filter((folder) => !doc.includes(`\`${folder}\``));
		expect(missing, 'add one line per new folder to docs/ARCHITECTURE.md').toEqual([]);
	});

	it('names no folder that does not exist', () => {
		const named = [...doc.matchAll(/^- `((?:src|tests|bin|docs|migrations|\.ci)[^`]*\/)`/gm)].map(
			(match) => match[1]
		);
		expect(named.length).toBeGreaterThan(20);
		const gone = named.filter((folder) => !existsSync(path.join(root, folder)));
		expect(gone, 'remove lines of deleted folders from docs/ARCHITECTURE.md').toEqual([]);
	});
});

describe('environment variables', () => {
	const source = read('src/lib/platform/config/env.server.ts');
	const schema = source.slice(source.indexOf('const EnvSchema'), source.indexOf('.superRefine('));
	const names = [...schema.matchAll(/^\t\t([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1]);

	it('finds the variables of env.server.ts', () => {
		expect(names).toContain('DATABASE_URL');
		expect(names.length).toBeGreaterThan(20);
	});

	it('are all described in the README configuration table', () => {
		const readme = read('README.md');
		expect(names.filter((name) => !readme.includes(`| \`${name}\``))).toEqual([]);
	});

	it('are all listed in .env.example', () => {
		const example = read('.env.example');
		expect(names.filter((name) => !new RegExp(`^${name}=`, 'm').test(example))).toEqual([]);
	});
});
