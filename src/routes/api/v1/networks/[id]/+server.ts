/** GET /api/v1/networks/{id} — one network (published, or a draft for the kraj coordinator). */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	NetworkIdParams,
	NetworkSchema,
	readableNetwork,
	presentApiNetwork
} from '#lib/modules/network/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/networks/{id}',
	summary: 'Jedna síť sociálních služeb',
	tags: ['Síť'],
	auth: 'public',
	params: NetworkIdParams,
	response: NetworkSchema,
	errors: [404],
	handler: async ({ actor, params }) => {
		const { network, regionName } = await readableNetwork(actor, params.id);
		return presentApiNetwork(network, regionName);
	}
});

export const fallback = methodNotAllowed(['GET']);
