/**
 * RFC 9457 problem details (`application/problem+json`) for the REST API: the one way an API
 * error leaves the server. Application errors keep their status and Czech message; anything
 * unexpected becomes a 500 with an error id that is logged together with the stack.
 */
import { randomUUID } from 'node:crypto';
import { isHttpError } from '@sveltejs/kit';
import { z } from 'zod';
import { isAppError, RateLimitError, UnauthorizedError, ValidationError } from './errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The problem document, also the source of the OpenAPI `Problem` schema. */
export const ProblemSchema = z
	.object({
		type: z.string().meta({ description: 'Identifikátor druhu chyby (URN).' }),
		title: z.string().meta({ description: 'Krátký název druhu chyby.' }),
		status: z.number().int().meta({ description: 'Stavový kód HTTP.' }),
		detail: z.string().meta({ description: 'Vysvětlení pro člověka (česky).' }),
		instance: z.string().optional().meta({ description: 'Cesta požadavku, který chybu vyvolal.' }),
		errors: z
			.record(z.string(), z.array(z.string()))
			.optional()
			.meta({ description: 'Chyby jednotlivých polí: název pole → zprávy (jen u stavu 400).' }),
		errorId: z
			.string()
			.optional()
			.meta({ description: 'Identifikátor chyby v záznamu serveru (jen u stavu 500).' }),
		retryAfter: z
			.number()
			.int()
			.optional()
			.meta({ description: 'Za kolik sekund lze požadavek zopakovat (jen u stavu 429).' })
	})
	.meta({
		id: 'Problem',
		description: 'Popis chyby podle RFC 9457 (application/problem+json).'
	});

export type Problem = z.infer<typeof ProblemSchema>;

/** Czech titles of the statuses the API answers with. */
export const PROBLEM_TITLES: Record<number, string> = {
	400: 'Neplatný požadavek',
	401: 'Nepřihlášeno',
	403: 'Přístup odepřen',
	404: 'Nenalezeno',
	405: 'Nepodporovaná metoda',
	409: 'Konflikt',
	413: 'Příliš velký požadavek',
	415: 'Nepodporovaný typ obsahu',
	429: 'Příliš mnoho požadavků',
	500: 'Chyba serveru',
	503: 'Služba není dostupná'
};

const CODES: Record<number, string> = {
	400: 'bad-request',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not-found',
	405: 'method-not-allowed',
	409: 'conflict',
	413: 'payload-too-large',
	415: 'unsupported-media-type',
	429: 'rate-limited',
	500: 'internal',
	503: 'unavailable'
};

/** `type` member: a stable URN ending with the machine code of the error. */
export const problemType = (code: string): string => `urn:souhra:problem:${code}`;

export interface ProblemInit {
	status: number;
	detail: string;
	code?: string;
	instance?: string;
	errors?: Record<string, string[]>;
	errorId?: string;
	retryAfter?: number;
	headers?: Record<string, string>;
}

/** Build a problem+json response (no caching: errors describe one request). */
export function problemResponse(init: ProblemInit): Response {
	const body: Problem = {
		type: problemType(init.code ?? CODES[init.status] ?? 'error'),
		title: PROBLEM_TITLES[init.status] ?? 'Chyba',
		status: init.status,
		detail: init.detail,
		...(init.instance ? { instance: init.instance } : {}),
		...(init.errors ? { errors: init.errors } : {}),
		...(init.errorId ? { errorId: init.errorId } : {}),
		...(init.retryAfter !== undefined ? { retryAfter: init.retryAfter } : {})
	};
	return new Response(JSON.stringify(body), {
		status: init.status,
		headers: {
			'content-type': PROBLEM_CONTENT_TYPE,
			'cache-control': 'no-store',
			...init.headers
		}
	});
}

/** Challenge sent with every 401 so clients know a Bearer token is expected. */
export const BEARER_CHALLENGE = 'Bearer realm="Souhra"';

/**
 * Map any thrown value to a problem response: application errors keep their status, SvelteKit
 * `error()` keeps its status, everything else is logged with an id and answered with a bare 500.
 */
export function problemFromError(error: unknown, instance?: string): Response {
	if (isAppError(error)) {
		const headers: Record<string, string> = {};
		let retryAfter: number | undefined;
		if (error instanceof UnauthorizedError) headers['www-authenticate'] = BEARER_CHALLENGE;
		if (error instanceof RateLimitError) {
			retryAfter = Math.max(1, Math.ceil(error.retryAfterSeconds));
			headers['retry-after'] = String(retryAfter);
		}
		return problemResponse({
			status: error.status,
			code: error.code,
			detail: error.message,
			instance,
			errors:
				error instanceof ValidationError && Object.keys(error.fields).length
					? error.fields
					: undefined,
			retryAfter,
			headers
		});
	}
	if (isHttpError(error) && error.status < 500) {
		return problemResponse({
			status: error.status,
			detail: error.body.message,
			instance
		});
	}
	const errorId = randomUUID();
	console.error(`[api] Neočekávaná chyba ${errorId} (${instance ?? '?'}):`, error);
	return problemResponse({
		status: 500,
		code: 'internal',
		detail: `Na serveru došlo k neočekávané chybě. Při nahlášení uveďte kód ${errorId}.`,
		instance,
		errorId
	});
}

/** `fallback` of an API route: any other method gets a 405 problem naming the allowed ones. */
export function methodNotAllowed(
	allowed: string[]
): (event: { request: Request; url: URL }) => Response {
	return ({ request, url }) =>
		problemResponse({
			status: 405,
			detail: `Metoda ${request.method} zde není podporovaná; použijte ${allowed.join(' nebo ')}.`,
			instance: url.pathname,
			headers: { allow: allowed.join(', ') }
		});
}

/** Any path under /api that no route serves. */
export function unknownApiPath({ url }: { url: URL }): Response {
	return problemResponse({
		status: 404,
		detail: `Adresa ${url.pathname} v API neexistuje. Popis rozhraní je na /api/v1/openapi.json.`,
		instance: url.pathname
	});
}
