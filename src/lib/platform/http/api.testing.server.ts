/**
 * Tests only: call an API `RequestHandler` directly with a constructed request event, as the
 * hooks would have left it (`locals.actor` set), and read the answer.
 */
import type { RequestEvent, RequestHandler } from '@sveltejs/kit';
import { ANONYMOUS, type Actor } from '../access/actor.ts';

export interface CallOptions {
	/** Path with query string, e.g. `/api/v1/areas?page=2`. */
	url: string;
	method?: string;
	params?: Record<string, string>;
	actor?: Actor;
	/** A value is sent as JSON; a string is sent as is (for malformed bodies). */
	body?: unknown;
	headers?: Record<string, string>;
}

export interface CallResult {
	status: number;
	headers: Headers;
	/** Parsed JSON body, or null for an empty or non-JSON body. */
	json: Record<string, unknown> & { [key: string]: unknown };
	text: string;
	/** The raw body (files of binary endpoints). */
	bytes: Uint8Array;
}

/** Run `handler` like SvelteKit would for one request. */
export async function callEndpoint(
	handler: RequestHandler,
	options: CallOptions
): Promise<CallResult> {
	const url = new URL(options.url, 'http://localhost');
	const method = options.method ?? 'GET';
	const headers = new Headers(options.headers);
	let body: string | undefined;
	if (options.body !== undefined) {
		body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
		if (!headers.has('content-type')) headers.set('content-type', 'application/json');
	}
	const request = new Request(url, { method, headers, body });
	const event = {
		request,
		url,
		params: options.params ?? {},
		locals: { actor: options.actor ?? ANONYMOUS, user: null, sessionId: null },
		route: { id: null },
		cookies: { get: () => undefined, getAll: () => [], set() {}, delete() {}, serialize: () => '' },
		fetch,
		getClientAddress: () => '127.0.0.1',
		platform: undefined,
		setHeaders() {},
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false
	} as unknown as RequestEvent;
	const response = await handler(event);
	const bytes = new Uint8Array(await response.arrayBuffer());
	const text = new TextDecoder().decode(bytes);
	const isJson = /json/.test(response.headers.get('content-type') ?? 'application/json');
	return {
		status: response.status,
		headers: response.headers,
		json: text && isJson ? (JSON.parse(text) as CallResult['json']) : (null as never),
		text,
		bytes
	};
}
