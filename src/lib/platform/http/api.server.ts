/**
 * REST API endpoints: `defineEndpoint({...})` gives a SvelteKit `RequestHandler` that checks the
 * actor, validates path parameters, query and JSON body with zod (Czech messages), answers errors
 * as problem+json, and registers itself so the OpenAPI document is generated from the same zod
 * schemas the handler uses.
 */
import type { RequestEvent, RequestHandler } from '@sveltejs/kit';
import { type z } from 'zod';
import { ANONYMOUS, type Actor } from '../access/actor.ts';
import { env } from '../config/env.server.ts';
import { UnauthorizedError, ValidationError } from './errors.ts';
import { fieldErrorsOf } from './validation.ts';
import { problemFromError, problemResponse } from './problem.server.ts';
import {
	registerOperation,
	type BinaryResponse,
	type HttpMethod,
	type Operation
} from './api.registry.ts';
import { contentDisposition } from '../files/content-disposition.ts';
import { searchParamsToObject } from './query.ts';

export { searchParamsToObject };

export type UserActor = Extract<Actor, { kind: 'user' }>;
export type EndpointAuth = 'public' | 'user';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface EndpointContext<
	A extends EndpointAuth,
	P extends z.ZodType | undefined,
	Q extends z.ZodType | undefined,
	B extends z.ZodType | undefined
> {
	/** The caller; always a user on `auth: 'user'` endpoints. */
	actor: A extends 'user' ? UserActor : Actor;
	params: Out<P>;
	query: Out<Q>;
	body: Out<B>;
	event: RequestEvent;
	/** Extra response headers (e.g. `Location` of a created record). */
	headers: Headers;
}

export interface EndpointSpec<
	A extends EndpointAuth,
	P extends z.ZodType | undefined,
	Q extends z.ZodType | undefined,
	B extends z.ZodType | undefined,
	R extends z.ZodType | undefined
> extends Omit<Operation, 'params' | 'query' | 'body' | 'response' | 'auth' | 'status'> {
	auth: A;
	/** Success status; 200 by default. */
	status?: 200 | 201 | 204;
	params?: P;
	query?: Q;
	body?: B;
	/** Schema of the success body; omit only with `status: 204` or `binary`. */
	response?: R;
	/** The endpoint answers with a file of this type; the handler returns a `FileBody`. */
	binary?: BinaryResponse;
	handler: (
		ctx: EndpointContext<A, P, Q, B>
	) => Promise<R extends z.ZodType ? z.output<R> : void | FileBody>;
}

/** What a `binary` endpoint's handler returns: the bytes and the download file name. */
export interface FileBody {
	data: Uint8Array;
	/** Download name (Czech allowed; an ASCII fallback is added). */
	filename: string;
}

export type ApiHandler = RequestHandler & { operation: Operation };

/** Thrown (and logged as a 500) when a handler returns something its schema does not describe. */
export class ResponseSchemaError extends Error {
	constructor(operation: Operation, detail: string) {
		super(`Odpověď ${operation.method} ${operation.path} neodpovídá schématu: ${detail}`);
		this.name = 'ResponseSchemaError';
	}
}

const MALFORMED_JSON = 'Tělo požadavku není platný JSON.';

function isJsonMediaType(contentType: string | null): boolean {
	if (!contentType) return false;
	const media = contentType.split(';')[0].trim().toLowerCase();
	return media === 'application/json' || /^application\/[\w.+-]+\+json$/.test(media);
}

const NUL_MESSAGE = 'Text nesmí obsahovat znak NUL (\\u0000).';

/** Paths of strings containing U+0000, which PostgreSQL cannot store in text or jsonb. */
function nulPaths(value: unknown, path: string[] = []): string[] {
	if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.') || '_form'] : [];
	if (Array.isArray(value)) return value.flatMap((v, i) => nulPaths(v, [...path, String(i)]));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([k, v]) => [
			...(k.includes('\u0000') ? [[...path, k].join('.')] : []),
			...nulPaths(v, [...path, k])
		]);
	}
	return [];
}

/** Validate one part of the request (path parameters, query or body). */
function validatePart(schema: z.ZodType | undefined, value: unknown, message: string): unknown {
	if (!schema) return undefined;
	const nul = nulPaths(value);
	if (nul.length) {
		throw new ValidationError(Object.fromEntries(nul.map((p) => [p, [NUL_MESSAGE]])), message);
	}
	const result = schema.safeParse(value);
	if (!result.success) throw new ValidationError(fieldErrorsOf(result.error), message);
	return result.data;
}

async function readJsonBody(request: Request): Promise<unknown> {
	const contentType = request.headers.get('content-type');
	if (!isJsonMediaType(contentType)) {
		throw Object.assign(new Error('unsupported media type'), { unsupportedMediaType: true });
	}
	const text = await request.text();
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new ValidationError({}, MALFORMED_JSON);
	}
}

/** Sort object keys recursively so two JSON values compare regardless of key order. */
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, canonical((value as Record<string, unknown>)[k])])
		);
	}
	return value;
}

/**
 * Dev/test: the body must match the schema exactly (no undocumented fields, no Date objects).
 * Production sends the presenter's output as is, so presenters pick the fields explicitly.
 */
function checkResponse(operation: Operation, schema: z.ZodType, result: unknown): void {
	const parsed = schema.safeParse(result);
	if (!parsed.success) {
		throw new ResponseSchemaError(operation, JSON.stringify(fieldErrorsOf(parsed.error)));
	}
	const sent = JSON.stringify(canonical(JSON.parse(JSON.stringify(result ?? null))));
	const documented = JSON.stringify(canonical(JSON.parse(JSON.stringify(parsed.data ?? null))));
	if (sent !== documented) {
		throw new ResponseSchemaError(operation, 'obsahuje pole, která schéma nepopisuje');
	}
}

function shouldCheckResponses(): boolean {
	return env().NODE_ENV !== 'production';
}

/** The file of a `binary` endpoint, sent as an attachment; private unless the endpoint is public. */
function fileResponse(
	operation: Operation,
	binary: BinaryResponse,
	result: unknown,
	status: number,
	headers: Headers
): Response {
	const file = result as Partial<FileBody> | undefined;
	if (!file || !(file.data instanceof Uint8Array) || typeof file.filename !== 'string') {
		throw new ResponseSchemaError(operation, 'binární odpověď musí mít data a filename');
	}
	headers.set('content-type', binary.contentType);
	headers.set('content-length', String(file.data.byteLength));
	headers.set('content-disposition', contentDisposition(file.filename));
	headers.set('x-content-type-options', 'nosniff');
	if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-store');
	return new Response(new Uint8Array(file.data), { status, headers });
}

/** Define, register and return the handler of one API operation. */
export function defineEndpoint<
	A extends EndpointAuth,
	P extends z.ZodType | undefined = undefined,
	Q extends z.ZodType | undefined = undefined,
	B extends z.ZodType | undefined = undefined,
	R extends z.ZodType | undefined = undefined
>(spec: EndpointSpec<A, P, Q, B, R>): ApiHandler {
	const status = spec.status ?? 200;
	if (status !== 204 && !spec.response && !spec.binary) {
		throw new Error(`${spec.method} ${spec.path}: chybí schéma odpovědi (response)`);
	}
	const operation: Operation = {
		method: spec.method,
		path: spec.path,
		summary: spec.summary,
		description: spec.description,
		tags: spec.tags,
		auth: spec.auth,
		operationId: spec.operationId,
		params: spec.params,
		query: spec.query,
		body: spec.body,
		response: spec.response,
		binary: spec.binary,
		status,
		errors: spec.errors,
		alternatives: spec.alternatives
	};
	registerOperation(operation);

	const handler = async (event: RequestEvent): Promise<Response> => {
		const instance = event.url.pathname;
		try {
			const actor = event.locals.actor ?? ANONYMOUS;
			if (spec.auth === 'user' && actor.kind !== 'user') {
				throw new UnauthorizedError(
					'Tento požadavek vyžaduje přihlášení: pošlete platný API token v hlavičce Authorization: Bearer <token>.'
				);
			}
			const params = validatePart(spec.params, event.params, 'Neplatný parametr v adrese.');
			const query = validatePart(
				spec.query,
				searchParamsToObject(event.url.searchParams),
				'Neplatný parametr dotazu.'
			);
			let body: unknown;
			if (spec.body) {
				let raw: unknown;
				try {
					raw = await readJsonBody(event.request);
				} catch (error) {
					if ((error as { unsupportedMediaType?: boolean }).unsupportedMediaType) {
						return problemResponse({
							status: 415,
							detail: 'Tělo požadavku musí být JSON s hlavičkou Content-Type: application/json.',
							instance
						});
					}
					throw error;
				}
				body = validatePart(spec.body, raw, 'Tělo požadavku obsahuje chyby.');
			}
			const headers = new Headers();
			const result = await spec.handler({
				actor: actor as EndpointContext<A, P, Q, B>['actor'],
				params: params as Out<P>,
				query: query as Out<Q>,
				body: body as Out<B>,
				event,
				headers
			});
			if (spec.auth === 'user') headers.set('cache-control', 'no-store');
			if (spec.binary) return fileResponse(operation, spec.binary, result, status, headers);
			if (status === 204 || !spec.response) return new Response(null, { status: 204, headers });
			if (shouldCheckResponses()) checkResponse(operation, spec.response, result);
			headers.set('content-type', 'application/json');
			return new Response(JSON.stringify(result), { status, headers });
		} catch (error) {
			return problemFromError(error, instance);
		}
	};
	return Object.assign(handler, { operation }) as ApiHandler;
}

export type { BinaryResponse, HttpMethod, Operation };
