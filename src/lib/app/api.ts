/**
 * Composition root of the REST API: loads every API route module (so each endpoint registers
 * itself, including those added by future modules) and generates the OpenAPI document.
 */
import pkg from '../../../package.json' with { type: 'json' };
import { env } from '#lib/platform/config/env.server.ts';
import { listOperations } from '#lib/platform/http/api.registry.ts';
import { buildOpenApiDocument } from '#lib/platform/http/openapi.server.ts';

/** The API route modules, by file path; the document route itself is left out. */
export const apiRouteModules: Record<string, Record<string, unknown>> = import.meta.glob(
	[
		'/src/routes/api/**/+server.ts',
		'/src/routes/healthz/+server.ts',
		'/src/routes/ical/**/+server.ts',
		'!/src/routes/api/v1/openapi.json/+server.ts'
	],
	{ eager: true }
);

const TAGS: Record<string, string> = {
	Účet: 'Přihlášený uživatel a jeho osobní API tokeny.',
	Území: 'Území plánování: kraje, ORP, mikroregiony a obce.',
	Provoz: 'Stav služby a popis rozhraní.',
	Kalendáře: 'Veřejné kalendáře jednání ve formátu iCalendar (ICS) pro skupiny a území.',
	Plány:
		'Střednědobé plány rozvoje sociálních služeb: struktura, verze, monitoring a hodnoticí zprávy.',
	Katalog: 'Katalog sociálních služeb: poskytovatelé a služby (registr MPSV i návazné služby).',
	Podněty: 'Podněty a připomínky občanů a jejich vyřízení (agenda podnětů).',
	Připomínkování: 'Veřejné připomínkování návrhů plánů a dokumentů a vypořádání připomínek.',
	Dotazníky: 'Dotazníková šetření potřeb: dotazníky, výsledky a export odpovědí.',
	Síť: 'Síť sociálních služeb kraje po letech: zařazené služby a kapacity v jednotkách sítě.',
	Záměry: 'Výzvy a rozvojové záměry poskytovatelů, stanoviska a rozhodnutí.',
	Analýzy: 'Analýza kapacit: potřeba, nabídka a normativy podle území a druhu služby.',
	Jednání:
		'Jednání skupin: harmonogram, program, docházka, zápisy s usneseními a úkoly, soubory ke stažení.'
};

let cached: { count: number; document: Record<string, unknown> } | undefined;

/** The OpenAPI 3.1 document of this build (cached until another endpoint registers). */
export function openApiDocument(): Record<string, unknown> {
	const operations = listOperations();
	if (cached?.count !== operations.length) {
		cached = {
			count: operations.length,
			document: buildOpenApiDocument(operations, {
				version: pkg.version,
				serverUrl: env().PUBLIC_URL,
				tagDescriptions: TAGS
			})
		};
	}
	return cached.document;
}
