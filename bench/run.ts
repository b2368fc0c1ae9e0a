/**
 * `npm run bench`: runs every `bench/*.bench.ts` one after another (each in its own process, so
 * peak memory is measured per benchmark) and stops at the first failure. Arguments after `--` are
 * passed to each benchmark; `--only <name>` runs one (e.g. `--only plans`).
 *
 *   npm run bench
 *   npm run bench -- --only catalogue-import
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
const passed = onlyAt >= 0 ? argv.filter((_, i) => i !== onlyAt && i !== onlyAt + 1) : argv;

const benches = readdirSync(dir)
	.filter((f) => f.endsWith('.bench.ts'))
	.map((f) => f.replace(/\.bench\.ts$/, ''))
	.filter((name) => !only || name === only)
	.sort();

if (benches.length === 0) {
	console.error(only ? `Benchmark „${only}“ neexistuje.` : 'Žádné benchmarky.');
	process.exit(2);
}

const tsx = path.join(dir, '..', 'node_modules', '.bin', 'tsx');
for (const name of benches) {
	console.log(`\n▶ ${name}`);
	const result = spawnSync(tsx, [path.join(dir, `${name}.bench.ts`), ...passed], {
		stdio: 'inherit'
	});
	if (result.status !== 0) {
		console.error(`Benchmark ${name} selhal (kód ${result.status ?? result.signal}).`);
		process.exit(result.status ?? 1);
	}
}
