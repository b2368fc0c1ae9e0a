/** GET /api/v1/plans/{id}/versions — stored versions; with `a` and `b` also their comparison. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	comparePlanVersionsOf,
	listPlanVersions,
	PLAN_STATUSES
} from '#lib/modules/plans/index.ts';
import { PlanIdParams } from '../../plan.api.ts';

const ref = z.union([z.literal('live'), z.coerce.number().int().min(1)]);
const Query = z.object({
	a: ref.optional().meta({ description: 'Starší verze (číslo) nebo `live` (rozpracovaný stav).' }),
	b: ref.optional().meta({ description: 'Novější verze (číslo) nebo `live`.' })
});

const value = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
const change = z.object({
	field: z.string(),
	params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
	before: value,
	after: value
});
const entity = z.object({
	id: z.uuid(),
	kind: z.enum(['added', 'removed', 'changed']),
	number: z.string(),
	title: z.string(),
	changes: z.array(change)
});

const Response = z
	.object({
		items: z.array(
			z.object({
				id: z.uuid(),
				versionNo: z.number().int(),
				status: z.enum(PLAN_STATUSES),
				note: z.string().nullable(),
				createdAt: z.iso.datetime({ offset: true }),
				author: z.string().nullable()
			})
		),
		comparison: z
			.object({
				a: z.union([z.number().int(), z.literal('live')]),
				b: z.union([z.number().int(), z.literal('live')]),
				plan: z.array(change),
				priorities: z.array(entity),
				measures: z.array(entity.extend({ priorityNumber: z.string() })),
				unchangedMeasures: z.number().int(),
				hasChanges: z.boolean()
			})
			.nullable()
	})
	.meta({ id: 'PlanVersions', description: 'Verze plánu a případné porovnání dvou verzí.' });

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/plans/{id}/versions',
	summary: 'Verze plánu a jejich porovnání',
	description:
		'Každá změna stavu plánu uloží neměnnou verzi. S parametry `a` a `b` vrátí i porovnání: přidané, ' +
		'odebrané a změněné priority a opatření s hodnotami před a po (včetně nákladů a ukazatelů).',
	tags: ['Plány'],
	auth: 'user',
	params: PlanIdParams,
	query: Query,
	response: Response,
	errors: [400, 401, 403, 404],
	handler: async ({ actor, params, query }) => {
		const { versions } = await listPlanVersions(actor, params.id);
		let comparison = null;
		if (query.a !== undefined && query.b !== undefined) {
			const r = await comparePlanVersionsOf(actor, params.id, { a: query.a, b: query.b });
			comparison = { a: r.a.no, b: r.b.no, ...r.comparison };
		}
		return {
			items: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
			comparison
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
