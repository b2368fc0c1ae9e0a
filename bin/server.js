#!/usr/bin/env node
/**
 * Production entry: claim the port first (nothing is written when it is taken), then start the
 * app (validate configuration, open and migrate the database, load demo data on an empty one),
 * then serve. Every start-up failure ends with one clear line, a hint and exit code 1.
 */
import http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

function fail(message, hint) {
	console.error(`\n✖ Souhra nelze spustit: ${message}`);
	if (hint) console.error(`  → ${hint}`);
	process.exit(1);
}

const rawPort = process.env.PORT ?? '3000';
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
	fail(`PORT „${rawPort}“ není číslo portu (1–65535).`, 'Nastavte PORT například na 3000.');
}
const host = process.env.HOST || '0.0.0.0';
const handlerFile = path.join(root, 'build', 'handler.js');
if (!existsSync(handlerFile)) {
	fail('chybí sestavená aplikace (build/).', 'Spusťte `npm start` nebo `npm run build`.');
}

let handler = (_req, res) => {
	res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
	res.end('Souhra se spouští, zkuste to za okamžik.');
};
// adapter-node takes the origin from the request and assumes https unless PROTOCOL_HEADER says
// otherwise; on plain http (http://localhost:3000) SvelteKit's CSRF check would then refuse every
// form. The scheme comes from a proxy's X-Forwarded-Proto, else from PUBLIC_URL, else http.
let fallbackProtocol = 'http';
if (process.env.PUBLIC_URL) {
	try {
		fallbackProtocol = new URL(process.env.PUBLIC_URL).protocol.replace(':', '');
	} catch {
		fail(
			`PUBLIC_URL „${process.env.PUBLIC_URL}“ není platná adresa.`,
			'Např. https://souhra.example.cz'
		);
	}
}
process.env.PROTOCOL_HEADER ||= 'x-forwarded-proto';
// adapter-node refuses request bodies over 512 kB by default; uploads (registry files, decisions,
// plan templates) may be as large as FILES_MAX_BYTES, plus room for the other form fields.
if (!process.env.BODY_SIZE_LIMIT) {
	const maxFile = Number(process.env.FILES_MAX_BYTES || 20 * 1024 * 1024);
	process.env.BODY_SIZE_LIMIT = String(
		(Number.isFinite(maxFile) ? maxFile : 20 * 1024 * 1024) + 1024 * 1024
	);
}
const protocolHeader = process.env.PROTOCOL_HEADER.toLowerCase();
const server = http.createServer((req, res) => {
	if (!req.headers[protocolHeader]) {
		req.headers[protocolHeader] = fallbackProtocol;
	}
	handler(req, res);
});

server.once('error', (error) => {
	if (error.code === 'EADDRINUSE') {
		fail(
			`port ${port} už používá jiný program.`,
			`Ukončete ho, nebo spusťte Souhru s jiným portem: PORT=${port + 1} npm start`
		);
	}
	if (error.code === 'EACCES') {
		fail(`k portu ${port} nemáte oprávnění.`, 'Použijte port nad 1024, např. PORT=3000.');
	}
	fail(error.message);
});

server.listen(port, host, async () => {
	try {
		const mod = await import(pathToFileURL(handlerFile).href);
		handler = mod.handler;
	} catch (error) {
		server.close();
		fail(error?.message ?? String(error), error?.hint);
	}
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	const ms = Math.round(performance.now() - started);
	console.log(`\n✔ Souhra běží na http://${shown}:${port}  (start za ${ms} ms)`);
});
