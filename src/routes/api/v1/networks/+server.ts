/** GET /api/v1/networks — networks the caller may read (published; drafts for the kraj coordinator); POST — create a network for a year. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	NetworkCreateBody,
	NetworkListQuery,
	NetworkSchema,
	createNetwork,
	listRegionNetworks,
	readableNetwork,
	presentApiNetwork
} from '#lib/modules/network/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/networks',
	summary: 'Sítě sociálních služeb krajů po letech',
	description:
		'Zveřejněné sítě všech krajů; koordinátor kraje vidí i návrhy svého kraje. Filtr podle kraje a roku.',
	tags: ['Síť'],
	auth: 'public',
	query: NetworkListQuery,
	response: z.object({ items: z.array(NetworkSchema) }).meta({ id: 'NetworkList' }),
	handler: async ({ actor, query }) => {
		const groups = await listRegionNetworks(actor);
		const items = [];
		for (const g of groups) {
			if (query.region && g.region.id !== query.region) continue;
			for (const n of g.networks) {
				if (query.year && n.year !== query.year) continue;
				const { network } = await readableNetwork(actor, n.id);
				items.push(presentApiNetwork(network, g.region.name));
			}
		}
		return { items };
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/networks',
	summary: 'Založit síť kraje na rok',
	description:
		'Koordinátor kraje založí návrh sítě na rok; s `copy_previous` převezme služby poslední předchozí sítě.',
	tags: ['Síť'],
	auth: 'user',
	status: 201,
	body: NetworkCreateBody,
	response: NetworkSchema,
	errors: [403],
	handler: async ({ actor, body, headers }) => {
		const { network } = await createNetwork(actor, {
			regionAreaId: body.region_id,
			year: body.year,
			title: body.title,
			feedbackDeadline: body.feedback_deadline,
			note: body.note,
			copyPrevious: body.copy_previous
		});
		headers.set('location', `/api/v1/networks/${network.id}`);
		const { regionName } = await readableNetwork(actor, network.id);
		return presentApiNetwork(network, regionName);
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
