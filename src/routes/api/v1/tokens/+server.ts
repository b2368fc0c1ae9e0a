/** GET/POST /api/v1/tokens — the caller's personal API tokens. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery, paginateList } from '#lib/platform/http/pagination.ts';
import { createApiToken, listApiTokens } from '#lib/platform/auth/api-token.service.server.ts';
import {
	ApiTokenSchema,
	CreateApiTokenSchema,
	CreatedApiTokenSchema,
	presentApiToken
} from './token.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/tokens',
	summary: 'Moje API tokeny',
	description:
		'Tokeny přihlášeného uživatele, nejnovější první; zneplatněné mají vyplněné `revokedAt`.',
	tags: ['Účet'],
	auth: 'user',
	query: pageQuery,
	response: pageOf(ApiTokenSchema).meta({
		id: 'ApiTokenPage',
		description: 'Stránka seznamu tokenů.'
	}),
	handler: async ({ actor, query }) =>
		paginateList(await listApiTokens(actor, actor.userId), query, presentApiToken)
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/tokens',
	summary: 'Vytvořit API token',
	description:
		'Vytvoří nový osobní token. Celý token je v odpovědi jen jednou; uložen je jen jeho otisk.',
	tags: ['Účet'],
	auth: 'user',
	body: CreateApiTokenSchema,
	response: CreatedApiTokenSchema,
	status: 201,
	handler: async ({ actor, body }) => {
		const expiresAt = body.expiresAt?.includes('T') ? new Date(body.expiresAt) : body.expiresAt;
		return createApiToken(actor, { userId: actor.userId, name: body.name, expiresAt });
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
