/** GET /api/v1/suggestions/{id} — a published suggestion (public), or any suggestion the caller handles (staff). */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import {
	getPublicSuggestion,
	getSuggestionDetail,
	presentApiSuggestion,
	SuggestionIdParams,
	SuggestionSchema
} from '#lib/modules/participation/index.ts';
import { staffJson } from '../present.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/suggestions/{id}',
	summary: 'Detail podnětu',
	description:
		'Zveřejněný podnět s odpovědí vidí kdokoli. Pracovník, který podnět vyřizuje (koordinátor území, manažer ' +
		'přidělené skupiny), vidí podnět v každém stavu včetně původního textu a podavatele. Jinak 404.',
	tags: ['Podněty'],
	auth: 'public',
	params: SuggestionIdParams,
	response: SuggestionSchema,
	errors: [404],
	handler: async ({ actor, params }) => {
		if (actor.kind === 'user') {
			try {
				const d = await getSuggestionDetail(actor, params.id);
				return staffJson({
					...d.suggestion,
					number: d.number,
					areaName: d.areaName,
					targetGroupName: d.targetGroupName,
					handledBy: d.bodyName ?? d.suggestion.assignedDepartment
				});
			} catch (error) {
				if (!isAppError(error) || error.status !== 403) throw error;
			}
		}
		return presentApiSuggestion(await getPublicSuggestion(actor, params.id));
	}
});

export const fallback = methodNotAllowed(['GET']);
