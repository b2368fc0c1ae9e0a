/**
 * Code lists in the database (`catalogue_code_list_items`): read the MPSV code-list files of a
 * directory, upsert them, and load what the importer resolves registry ids with. The files are
 * small (obce.json is the largest, ~6,300 items) and are read whole.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '#lib/platform/db/client.server.ts';
import { AppError } from '#lib/platform/http/errors.ts';
import { codeListItems } from './catalogue.schema.ts';
import {
	CODE_LIST_FILES,
	parseCodeListDocument,
	type CodeListItem,
	type CodeListName
} from './codelist.ts';

/** A code-list file that cannot be read or has another structure. */
export class CodeListFileError extends AppError {
	readonly status = 400;
	readonly code = 'codelist_file';
	constructor(message: string) {
		super(message);
		this.name = 'CodeListFileError';
	}
}

/** Read every known code-list file present in `dir` (missing files are skipped; none found → error). */
export async function readCodeListDir(dir: string): Promise<CodeListItem[]> {
	const items: CodeListItem[] = [];
	let found = 0;
	for (const [file, list] of Object.entries(CODE_LIST_FILES)) {
		const full = path.join(dir, `${file}.json`);
		let text: string;
		try {
			text = await readFile(full, 'utf8');
		} catch {
			continue;
		}
		found++;
		let doc: unknown;
		try {
			doc = JSON.parse(text);
		} catch {
			throw new CodeListFileError(`Číselník ${file}.json není platný JSON.`);
		}
		try {
			items.push(...parseCodeListDocument(list, doc));
		} catch (error) {
			throw new CodeListFileError(`${file}.json: ${(error as Error).message}`);
		}
	}
	if (found === 0) {
		throw new CodeListFileError(
			`Ve složce ${dir} není žádný číselník (${Object.keys(CODE_LIST_FILES)
				.map((f) => `${f}.json`)
				.join(', ')}).`
		);
	}
	return items;
}

/** Upsert code-list items by (list, code); returns how many were written. */
export async function storeCodeListItems(tx: Db, items: CodeListItem[]): Promise<number> {
	for (let i = 0; i < items.length; i += 500) {
		const part = items.slice(i, i + 500);
		await tx
			.insert(codeListItems)
			.values(
				part.map((item) => ({
					list: item.list,
					code: item.code,
					label: item.label,
					sort: item.sort,
					attributes: item.attributes
				}))
			)
			.onConflictDoUpdate({
				target: [codeListItems.list, codeListItems.code],
				set: {
					label: sql`excluded.label`,
					sort: sql`excluded.sort`,
					attributes: sql`excluded.attributes`,
					updatedAt: sql`now()`
				}
			});
	}
	return items.length;
}

/** Every stored code-list item (the importer merges them over the built-in lists). */
export async function loadCodeListItems(database: Db): Promise<CodeListItem[]> {
	const rows = await database
		.select({
			list: codeListItems.list,
			code: codeListItems.code,
			label: codeListItems.label,
			sort: codeListItems.sort,
			attributes: codeListItems.attributes
		})
		.from(codeListItems);
	return rows.map((r) => ({
		list: r.list as CodeListName,
		code: r.code,
		label: r.label,
		sort: r.sort,
		attributes: (r.attributes ?? {}) as CodeListItem['attributes']
	}));
}
