/**
 * Generates the OpenAPI 3.1 document from the registered operations. Every schema comes from the
 * zod schemas the endpoints validate with (`z.toJSONSchema`, draft 2020-12); schemas with a
 * `.meta({ id })` become `components.schemas`, errors reference the shared problem responses.
 */
import { z } from 'zod';
import { defaultOperationId, type Operation } from './api.registry.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TITLES, ProblemSchema } from './problem.server.ts';

type Json = Record<string, unknown>;

export interface OpenApiInfo {
	version: string;
	/** Public address of the instance (PUBLIC_URL); relative paths when unknown. */
	serverUrl?: string;
	/** Czech descriptions of the tags used by the operations. */
	tagDescriptions?: Record<string, string>;
}

const PROBLEM_RESPONSE_NAMES: Record<number, string> = {
	400: 'BadRequest',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'NotFound',
	409: 'Conflict',
	413: 'PayloadTooLarge',
	415: 'UnsupportedMediaType',
	429: 'TooManyRequests',
	500: 'InternalError',
	503: 'ServiceUnavailable'
};

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
	400: 'Neplatný vstup: chybný parametr, dotaz nebo tělo (u polí viz `errors`), nebo tělo není platný JSON.',
	401: 'Chybí platný API token (hlavička `Authorization: Bearer <token>`), nebo byl zneplatněn.',
	403: 'Uživatel k této akci nemá oprávnění.',
	404: 'Záznam neexistuje.',
	409: 'Konflikt se současným stavem záznamu (souběžná změna nebo duplicita).',
	413: 'Tělo požadavku je příliš velké.',
	415: 'Tělo požadavku musí mít Content-Type: application/json.',
	429: 'Příliš mnoho požadavků; zopakujte je po době uvedené v hlavičce Retry-After.',
	500: 'Neočekávaná chyba serveru; odpověď nese `errorId` pro nahlášení.',
	503: 'Služba je dočasně nedostupná.'
};

const SUCCESS_DESCRIPTIONS: Record<number, string> = {
	200: 'Úspěch.',
	201: 'Záznam byl vytvořen.',
	204: 'Hotovo, odpověď nemá tělo.'
};

/** Collects `$defs` of converted schemas into `components.schemas` and rewrites their refs. */
class SchemaCollector {
	readonly schemas: Record<string, Json> = {};

	convert(schema: z.ZodType, io: 'input' | 'output'): Json {
		const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as Json;
		delete json.$schema;
		const defs = (json.$defs ?? {}) as Record<string, Json>;
		delete json.$defs;
		const names = new Map<string, string>();
		for (const id of Object.keys(defs)) names.set(id, this.nameFor(id, defs[id], io));
		const rewrite = (value: unknown): unknown => {
			if (Array.isArray(value)) return value.map(rewrite);
			if (!value || typeof value !== 'object') return value;
			const out: Json = {};
			for (const [key, inner] of Object.entries(value)) {
				if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
					const id = inner.slice('#/$defs/'.length);
					out[key] = `#/components/schemas/${names.get(id) ?? id}`;
				} else out[key] = rewrite(inner);
			}
			return out;
		};
		for (const [id, def] of Object.entries(defs)) {
			this.schemas[names.get(id) ?? id] = rewrite(def) as Json;
		}
		return rewrite(json) as Json;
	}

	/** Input and output views of one schema may differ (defaults, coercion): keep both. */
	private nameFor(id: string, def: Json, io: 'input' | 'output'): string {
		if (this.sameAs(id, def)) return id;
		const alternative = `${id}Input`;
		if (io === 'input' && this.sameAs(alternative, def)) return alternative;
		throw new Error(`OpenAPI: dvě různá schémata mají stejné id „${id}“`);
	}

	/** True when `name` is free or already holds this definition (refs compared by bare id). */
	private sameAs(name: string, def: Json): boolean {
		const existing = this.schemas[name];
		if (!existing) return true;
		const normalise = (v: unknown) =>
			JSON.stringify(v).replace(
				/"#\/(?:\$defs|components\/schemas)\/([A-Za-z0-9_]+?)(?:Input)?"/g,
				'"$1"'
			);
		return normalise(existing) === normalise(def);
	}
}

function parametersOf(
	collector: SchemaCollector,
	schema: z.ZodType | undefined,
	location: 'path' | 'query'
): Json[] {
	if (!schema) return [];
	const json = collector.convert(schema, 'input');
	if (json.type !== 'object' || !json.properties) {
		throw new Error(`OpenAPI: parametry (${location}) musí být z.object`);
	}
	const required = new Set((json.required as string[] | undefined) ?? []);
	return Object.entries(json.properties as Record<string, Json>).map(([name, property]) => {
		const { description, ...rest } = property;
		return {
			name,
			in: location,
			required: location === 'path' || required.has(name),
			...(description ? { description } : {}),
			schema: rest
		};
	});
}

function problemStatuses(op: Operation): number[] {
	const statuses = new Set<number>(op.errors ?? []);
	if (op.params || op.query || op.body) statuses.add(400);
	if (op.auth === 'user') statuses.add(401);
	if (op.body) statuses.add(415);
	statuses.add(500);
	return [...statuses].sort((a, b) => a - b);
}

function operationObject(collector: SchemaCollector, op: Operation, used: Set<number>): Json {
	const responses: Json = {};
	responses[String(op.status)] = op.binary
		? {
				description: op.binary.description ?? SUCCESS_DESCRIPTIONS[op.status] ?? 'Úspěch.',
				headers: {
					'Content-Disposition': {
						description: 'Název souboru ke stažení (`attachment; filename=…; filename*=UTF-8…`).',
						schema: { type: 'string' }
					}
				},
				content: { [op.binary.contentType]: { schema: { type: 'string', format: 'binary' } } }
			}
		: {
				description: SUCCESS_DESCRIPTIONS[op.status] ?? 'Úspěch.',
				...(op.response && op.status !== 204
					? {
							content: {
								'application/json': { schema: collector.convert(op.response, 'output') }
							}
						}
					: {})
			};
	for (const alt of op.alternatives ?? []) {
		responses[String(alt.status)] = {
			description: alt.description,
			content: { 'application/json': { schema: collector.convert(alt.schema, 'output') } }
		};
	}
	for (const status of problemStatuses(op)) {
		if (responses[String(status)]) continue;
		used.add(status);
		responses[String(status)] = {
			$ref: `#/components/responses/${PROBLEM_RESPONSE_NAMES[status]}`
		};
	}
	return {
		operationId: op.operationId ?? defaultOperationId(op),
		summary: op.summary,
		...(op.description ? { description: op.description } : {}),
		tags: op.tags,
		security: op.auth === 'user' ? [{ bearerAuth: [] }] : [],
		parameters: [
			...parametersOf(collector, op.params, 'path'),
			...parametersOf(collector, op.query, 'query')
		],
		...(op.body
			? {
					requestBody: {
						required: true,
						content: { 'application/json': { schema: collector.convert(op.body, 'input') } }
					}
				}
			: {}),
		responses
	};
}

function problemResponses(used: Set<number>): Json {
	const out: Json = {};
	for (const status of [...used].sort((a, b) => a - b)) {
		const name = PROBLEM_RESPONSE_NAMES[status];
		if (!name) throw new Error(`OpenAPI: neznámý chybový stav ${status}`);
		const headers: Json = {};
		if (status === 401) {
			headers['WWW-Authenticate'] = {
				description: 'Výzva k ověření: `Bearer realm="Souhra"`.',
				schema: { type: 'string' }
			};
		}
		if (status === 429) {
			headers['Retry-After'] = {
				description: 'Počet sekund, po kterých lze požadavek zopakovat.',
				schema: { type: 'integer', minimum: 1 }
			};
		}
		out[name] = {
			description: `${PROBLEM_TITLES[status] ?? 'Chyba'}: ${PROBLEM_DESCRIPTIONS[status]}`,
			...(Object.keys(headers).length ? { headers } : {}),
			content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } }
		};
	}
	return out;
}

/** The whole OpenAPI 3.1 document for the given operations. */
export function buildOpenApiDocument(operations: Operation[], info: OpenApiInfo): Json {
	const collector = new SchemaCollector();
	collector.convert(ProblemSchema, 'output');
	// Output views claim the plain ids first; differing input views become `<id>Input`.
	for (const op of operations) if (op.response) collector.convert(op.response, 'output');
	const used = new Set<number>();
	const paths: Record<string, Json> = {};
	for (const op of operations) {
		(paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(collector, op, used);
	}
	const tags = [...new Set(operations.flatMap((op) => op.tags))].sort((a, b) => a.localeCompare(b));
	return {
		openapi: '3.1.0',
		info: {
			title: 'Souhra API',
			version: info.version,
			summary: 'Rozhraní platformy Souhra pro komunitní plánování sociálních služeb.',
			description: [
				'REST API platformy Souhra. Veřejné operace nevyžadují přihlášení; ostatní vyžadují osobní',
				'API token v hlavičce `Authorization: Bearer <token>` (token si vytvoříte v profilu nebo',
				'příkazem `npm run -s cli -- token:create --email <e-mail>`).',
				'',
				'Chyby mají tvar `application/problem+json` (RFC 9457) s českým popisem v `detail`;',
				'chyby jednotlivých polí jsou v `errors`. Seznamy jsou stránkované parametry `page` a',
				'`per_page` a vrací obálku `{ items, page, per_page, total }`. Časy jsou ve formátu ISO 8601.'
			].join('\n'),
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: info.serverUrl ?? '/', description: 'Tato instance Souhry' }],
		tags: tags.map((name) => ({
			name,
			...(info.tagDescriptions?.[name] ? { description: info.tagDescriptions[name] } : {})
		})),
		paths,
		components: {
			schemas: collector.schemas,
			responses: problemResponses(used),
			securitySchemes: {
				bearerAuth: {
					type: 'http',
					scheme: 'bearer',
					description: 'Osobní API token uživatele (vytvoří se v profilu nebo v CLI).'
				}
			}
		}
	};
}
