/**
 * HTTP glue of the HSDS API: JSON with `Access-Control-Allow-Origin: *` on every answer (also
 * errors and preflight), errors as JSON (`{ status, code, message, errors }`), never a 500 for a
 * bad query. Routes under `/api/hsds/` export `GET = hsdsGet(…)` and `OPTIONS = hsdsOptions`.
 */
import type { RequestEvent, RequestHandler } from '@sveltejs/kit';
import type { Actor } from '#lib/platform/access/actor.ts';
import { isAppError, ValidationError } from '#lib/platform/http/errors.ts';
import { searchParamsToObject } from '#lib/platform/http/query.ts';
import { registerOperation } from '#lib/platform/http/api.registry.ts';
import { z } from 'zod';

export const HSDS_CORS_HEADERS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, OPTIONS',
	'access-control-allow-headers': 'Content-Type, Accept',
	'access-control-max-age': '86400'
};

function json(body: unknown, status: number): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: {
			...HSDS_CORS_HEADERS,
			'content-type': 'application/json; charset=utf-8',
			'cache-control': status === 200 ? 'public, max-age=300' : 'no-store'
		}
	});
}

/** The JSON error body of the HSDS API. */
export function hsdsError(error: unknown): Response {
	if (!isAppError(error)) throw error;
	return json(
		{
			status: error.status,
			code: error.code,
			message: error.message,
			errors: error instanceof ValidationError ? error.fields : {}
		},
		error.status
	);
}

export interface HsdsRequest {
	actor: Actor;
	query: Record<string, string | string[]>;
	params: Record<string, string | undefined>;
	origin: string;
}

const HsdsJson = z.record(z.string(), z.unknown()).meta({
	id: 'HsdsObject',
	description:
		'Objekt nebo stránka podle Open Referral HSDS 3.0 (schémata openreferral/specification, profil docs/hsds-profile.md).'
});
const HsdsListQuery = z.object({
	page: z.number().int().min(1).optional().meta({ description: 'Číslo stránky, od 1.' }),
	per_page: z
		.number()
		.int()
		.min(1)
		.max(100)
		.optional()
		.meta({ description: 'Velikost stránky (1–100, výchozí 25).' }),
	search: z.string().optional().meta({ description: 'Hledaný text (bez ohledu na diakritiku).' }),
	taxonomy_term_id: z.uuid().optional(),
	organization_id: z.uuid().optional(),
	taxonomy_id: z.uuid().optional(),
	modified_after: z
		.string()
		.optional()
		.meta({ description: 'Jen změněné po tomto okamžiku (ISO 8601).' })
});
const HsdsIdParams = z.object({ id: z.uuid() });

export interface HsdsOperation {
	path: string;
	summary: string;
	kind: 'root' | 'list' | 'item';
}

/** A GET handler answering `run(...)` as JSON with CORS; documented in the OpenAPI document. */
export function hsdsGet(
	operation: HsdsOperation,
	run: (request: HsdsRequest) => unknown
): RequestHandler {
	registerOperation({
		method: 'GET',
		path: operation.path,
		summary: operation.summary,
		description:
			'Otevřená data katalogu podle HSDS 3.0 (český profil). Veřejné, bez tokenu, s CORS `*`. Chyby vrací JSON ' +
			'`{ status, code, message, errors }`.',
		tags: ['Katalog'],
		auth: 'public',
		operationId: `hsds${operation.path
			.replace('/api/hsds', '')
			.split(/[/_{}]+/)
			.filter(Boolean)
			.map((w) => w[0].toUpperCase() + w.slice(1))
			.join('')}${operation.kind === 'item' ? 'ById' : operation.kind === 'root' ? 'Root' : ''}`,
		query: operation.kind === 'list' ? HsdsListQuery : undefined,
		params: operation.kind === 'item' ? HsdsIdParams : undefined,
		response: HsdsJson,
		status: 200,
		errors: operation.kind === 'item' ? [404] : []
	});
	return async (event: RequestEvent) => {
		try {
			const body = await run({
				actor: event.locals.actor,
				query: searchParamsToObject(event.url.searchParams),
				params: event.params as Record<string, string | undefined>,
				origin: event.url.origin
			});
			return json(body, 200);
		} catch (error) {
			return hsdsError(error);
		}
	};
}

/** CORS preflight. */
export const hsdsOptions: RequestHandler = async () =>
	new Response(null, { status: 204, headers: HSDS_CORS_HEADERS });

/** Any other method: 405 as JSON. */
export const hsdsFallback: RequestHandler = async () =>
	new Response(
		JSON.stringify({
			status: 405,
			code: 'method-not-allowed',
			message: 'Metoda není povolena.',
			errors: {}
		}),
		{
			status: 405,
			headers: {
				...HSDS_CORS_HEADERS,
				allow: 'GET, OPTIONS',
				'content-type': 'application/json; charset=utf-8'
			}
		}
	);
