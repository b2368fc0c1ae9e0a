/** DELETE /api/v1/tokens/{id} — revoke one of the caller's tokens. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { revokeApiToken } from '#lib/platform/auth/api-token.service.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const DELETE = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/tokens/{id}',
	summary: 'Zneplatnit API token',
	description: 'Token přestane okamžitě platit. Opakované zneplatnění nic nezmění.',
	tags: ['Účet'],
	auth: 'user',
	params: z.object({ id: z.uuid().meta({ description: 'Identifikátor tokenu (UUID).' }) }),
	status: 204,
	errors: [403, 404],
	handler: async ({ actor, params }) => {
		await revokeApiToken(actor, params.id);
	}
});

export const fallback = methodNotAllowed(['DELETE']);
