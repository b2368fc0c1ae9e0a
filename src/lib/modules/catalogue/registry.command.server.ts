/**
 * CLI commands of the registry: `registry:fixture` writes a synthetic `rpss.json` to stdout
 * (streamed item by item; `--codelists DIR` also writes the code-list files) and
 * `registry:import <rpss.json>` imports a file in this process and prints a Czech report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { systemActor } from '#lib/platform/access/actor.ts';
import { UsageError, type Command } from '#lib/platform/cli/cli.server.ts';
import { withDatabase } from '#lib/platform/cli/database.server.ts';
import { formatNumber, plural } from '#lib/platform/i18n/format.ts';
import { fixtureChunks, fixtureCodeLists } from './fixture.ts';
import { ImportFailedError, importRegistryFile } from './import.service.server.ts';
import type { ImportSummary } from './import.server.ts';

function positiveInt(value: string | boolean | undefined, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (typeof value !== 'string' || !Number.isInteger(n) || n < 0 || n > 1_000_000) {
		throw new UsageError(`Volba --${name} potřebuje celé číslo 0–1 000 000.`);
	}
	return n;
}

const fixtureCommand: Command = {
	name: 'registry:fixture',
	usage: 'registry:fixture [--services N] [--seed N] [--demo] [--codelists SLOŽKA]',
	summary: 'Vypíše syntetický soubor registru (rpss.json) na standardní výstup.',
	details: [
		'Struktura odpovídá otevřeným datům MPSV (kořen „polozky“); data jsou vymyšlená, ale deterministická:',
		'stejné volby dají stejný soubor. Jména statutárních orgánů a vedoucích jsou smyšlená a import je neukládá.',
		'Příklad: npm run -s cli -- registry:fixture --services 6733 --codelists /tmp/ciselniky > /tmp/rpss.json'
	],
	options: {
		services: { type: 'string', description: 'Počet služeb (výchozí 6 733).', valueName: 'N' },
		seed: { type: 'string', description: 'Semínko generátoru (výchozí 1).', valueName: 'N' },
		demo: {
			type: 'boolean',
			description: 'Jen ukázková území (Liberec, MSK, Valašskomeziříčsko).'
		},
		codelists: {
			type: 'string',
			description: 'Zapíše i číselníky (druhy, cílové skupiny, obce, …) do složky.',
			valueName: 'SLOŽKA'
		}
	},
	positionals: [0, 0],
	async run({ values }, ctx) {
		const services = positiveInt(values.services, 'services', 6733);
		const seed = positiveInt(values.seed, 'seed', 1);
		if (typeof values.codelists === 'string') {
			const dir = path.resolve(values.codelists);
			await mkdir(dir, { recursive: true });
			for (const [name, doc] of Object.entries(fixtureCodeLists())) {
				await writeFile(path.join(dir, `${name}.json`), JSON.stringify(doc, null, 1));
			}
			ctx.io.err(`Číselníky zapsány do ${dir}.`);
		}
		let buffer = '';
		for (const chunk of fixtureChunks({
			services,
			seed,
			scope: values.demo ? 'demo' : 'national'
		})) {
			buffer += chunk;
			if (buffer.length > 64 * 1024) {
				ctx.io.out(buffer);
				buffer = '';
			}
		}
		ctx.io.out(buffer);
	}
};

const items = (n: number) => plural(n, ['položka', 'položky', 'položek']);

/** The Czech report of one run (stdout of `registry:import`). */
export function importReport(
	summary: ImportSummary,
	fileName: string,
	seconds: number,
	peakRssMb: number
): string {
	const n = (v: number) => formatNumber(v, 'cs');
	const lines = [
		`Import registru ${summary.status === 'done' ? 'dokončen' : 'SELHAL'}: ${fileName} (${n(summary.totalItems)} ${items(summary.totalItems)})`,
		`  přidáno:      ${n(summary.added)}`,
		`  změněno:      ${n(summary.changed)}`,
		`  beze změny:   ${n(summary.unchanged)}`,
		`  ukončeno:     ${n(summary.ended)}`,
		`  přeskočeno:   ${n(summary.skipped)}`,
		`  čas:          ${formatNumber(seconds, 'cs', 1)} s`,
		`  paměť (RSS):  ${formatNumber(peakRssMb, 'cs', 0)} MB (nejvíce)`
	];
	if (summary.error) lines.push(`Chyba: ${summary.error}`);
	if (summary.problems.length) {
		const shown = summary.problems.slice(0, 30);
		lines.push('', `Problémy (${shown.length} z ${n(summary.problems.length)} uložených):`);
		for (const p of shown) {
			const where = p.position === null ? 'soubor' : `položka ${n(p.position + 1)}`;
			lines.push(`  ${where}${p.registryId ? ` (${p.registryId})` : ''}: ${p.message}`);
		}
	}
	return lines.join('\n');
}

const importCommand: Command = {
	name: 'registry:import',
	usage: 'registry:import <rpss.json> [--codelists SLOŽKA] [--resume ID]',
	summary: 'Naimportuje soubor registru poskytovatelů MPSV (rpss.json) do katalogu.',
	details: [
		'Soubor se čte proudově po položkách, po dávkách 500 položek v jedné transakci. Opakovaný import',
		'stejného souboru nic nemění; služby, které v souboru chybí, se po úspěšném průchodu označí jako ukončené.',
		'Číselníky ze složky (druhy-socialni-sluzby.json, obce.json, …) se uloží před importem.',
		'Návratový kód 1, když import selže (poškozený soubor, jiná struktura).'
	],
	options: {
		codelists: {
			type: 'string',
			description: 'Složka s číselníky MPSV (JSON).',
			valueName: 'SLOŽKA'
		},
		resume: {
			type: 'string',
			description: 'Pokračovat v přerušeném importu (id běhu).',
			valueName: 'ID'
		}
	},
	positionals: [1, 1],
	async run({ positionals, values }, ctx) {
		await withDatabase(ctx, { migrate: true }, async (database) => {
			ctx.io.err(`Databáze: ${database.describe}`);
			const started = performance.now();
			let peak = process.memoryUsage().rss;
			let lastLog = 0;
			const { run, summary, codeListItems } = await importRegistryFile({
				file: positionals[0],
				codeListDir: typeof values.codelists === 'string' ? values.codelists : undefined,
				resumeRunId: typeof values.resume === 'string' ? values.resume : undefined,
				actor: systemActor('import registru (CLI)'),
				onProgress: (bytes, total, processed) => {
					peak = Math.max(peak, process.memoryUsage().rss);
					if (performance.now() - lastLog > 2000 && total) {
						lastLog = performance.now();
						ctx.io.err(
							`… ${formatNumber(processed, 'cs')} ${items(processed)} (${Math.round((bytes / total) * 100)} %)`
						);
					}
				}
			});
			peak = Math.max(peak, process.memoryUsage().rss);
			if (codeListItems) {
				ctx.io.err(`Číselníky: uloženo ${formatNumber(codeListItems, 'cs')} položek.`);
			}
			const seconds = (performance.now() - started) / 1000;
			ctx.io.out(importReport(summary, run.fileName, seconds, peak / 1024 / 1024));
			ctx.io.err(`Id běhu: ${run.id}`);
			if (summary.status !== 'done') {
				throw new ImportFailedError(
					`Import selhal (${summary.error ?? 'neznámá chyba'}). Pokračovat lze: registry:import ${positionals[0]} --resume ${run.id}`
				);
			}
		});
	}
};

export const registryCommands: Command[] = [fixtureCommand, importCommand];
