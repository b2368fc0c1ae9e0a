/** GET /healthz — liveness and database probe for load balancers and monitoring. */
import type { RequestHandler } from '@sveltejs/kit';
import { z } from 'zod';
import { database, ping, type DatabaseKind } from '#lib/platform/db/client.server.ts';
import { env } from '#lib/platform/config/env.server.ts';
import { registerOperation } from '#lib/platform/http/api.registry.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

const HealthSchema = z
	.object({
		status: z.enum(['ok', 'error']).meta({ description: 'ok = služba i databáze odpovídají.' }),
		database: z.enum(['pglite', 'postgresql']).meta({ description: 'Použitá databáze.' })
	})
	.meta({ id: 'Health', description: 'Stav služby.' });

registerOperation({
	method: 'GET',
	path: '/healthz',
	summary: 'Stav služby',
	description: 'Odpovídá 200, když server běží a databáze odpovídá; jinak 503.',
	tags: ['Provoz'],
	auth: 'public',
	response: HealthSchema,
	status: 200,
	alternatives: [{ status: 503, description: 'Databáze neodpovídá.', schema: HealthSchema }]
});

/** The configured kind, also when the database never opened. */
function databaseKind(): DatabaseKind {
	try {
		return database().kind;
	} catch {
		return env().DATABASE_URL ? 'postgresql' : 'pglite';
	}
}

export const GET: RequestHandler = async () => {
	const ok = await ping();
	const body: z.output<typeof HealthSchema> = {
		status: ok ? 'ok' : 'error',
		database: databaseKind()
	};
	return new Response(JSON.stringify(body), {
		status: ok ? 200 : 503,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
};

export const fallback = methodNotAllowed(['GET']);
