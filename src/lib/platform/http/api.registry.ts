/**
 * The registry of API operations. Endpoints add themselves when their module loads; the OpenAPI
 * document is generated from it, so documentation and validation share one source.
 */
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Operation {
	method: HttpMethod;
	/** OpenAPI path template, e.g. `/api/v1/areas/{id}`. */
	path: string;
	/** One line in Czech. */
	summary: string;
	description?: string;
	tags: string[];
	auth: 'public' | 'user';
	/** Defaults to the method and the path (`getAreasById`). */
	operationId?: string;
	params?: z.ZodType;
	query?: z.ZodType;
	body?: z.ZodType;
	/** Success body; absent for 204. */
	response?: z.ZodType;
	/** A file instead of JSON (PDF, DOCX…): its media type, documented as a binary body. */
	binary?: BinaryResponse;
	status: 200 | 201 | 204 | 503;
	/** Error statuses beyond the automatic ones (400 with input, 401 for users, 415 with a body, 500). */
	errors?: number[];
	/** Extra documented non-problem responses (e.g. 503 of the health check). */
	alternatives?: { status: number; description: string; schema: z.ZodType }[];
}

/** A binary success body of an endpoint (`defineEndpoint({ binary: … })`). */
export interface BinaryResponse {
	contentType: string;
	/** Czech description of the file in the OpenAPI document. */
	description?: string;
}

const operations = new Map<string, Operation>();

const keyOf = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;

/** Add (or, after a hot reload, replace) an operation. */
export function registerOperation(operation: Operation): void {
	operations.set(keyOf(operation), operation);
}

/** All registered operations, sorted by path and method for a stable document. */
export function listOperations(): Operation[] {
	return [...operations.values()].sort(
		(a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method)
	);
}

/** `GET /api/v1/areas/{id}` → `getAreasById`. */
export function defaultOperationId(op: Pick<Operation, 'method' | 'path'>): string {
	const words = op.path
		.replace(/^\/api\/v\d+/, '')
		.split('/')
		.filter(Boolean)
		.map((segment) => {
			const param = /^\{(.+)\}$/.exec(segment);
			const word = (param ? `by-${param[1]}` : segment).replace(
				/[^a-zA-Z0-9]+(.)?/g,
				(_, c: string) => (c ? c.toUpperCase() : '')
			);
			return word.charAt(0).toUpperCase() + word.slice(1);
		});
	return op.method.toLowerCase() + words.join('');
}
