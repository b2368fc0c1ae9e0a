/** GET /api/v1/suggestions — published suggestions (public) or the caller's working list (staff); POST — staff entry. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { can } from '#lib/platform/access/can.ts';
import {
	getSuggestionDetail,
	listPublicSuggestions,
	listSuggestions,
	presentApiSuggestion,
	recordSuggestion,
	SuggestionApiListQuery,
	SuggestionCreateBody,
	SuggestionSchema
} from '#lib/modules/participation/index.ts';
import { staffJson } from './present.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/suggestions',
	summary: 'Seznam podnětů',
	description:
		'Veřejnost (i bez tokenu) dostane jen zveřejněné podněty s odpovědí, bez osobních údajů. ' +
		'Koordinátor a manažer skupiny s tokenem dostane svůj pracovní seznam (všechny stavy jeho území a skupin) ' +
		'včetně podavatele. Řazeno od nejnovějších.',
	tags: ['Podněty'],
	auth: 'public',
	query: SuggestionApiListQuery,
	response: pageOf(SuggestionSchema).meta({
		id: 'SuggestionPage',
		description: 'Stránka seznamu podnětů.'
	}),
	handler: async ({ actor, query }) => {
		const filter = {
			topic: query.topic,
			targetGroupId: query.targetGroupId,
			areaId: query.areaId,
			year: query.year,
			page: query.page
		};
		if (can(actor, 'participation.suggestions.list')) {
			const list = await listSuggestions(
				actor,
				{ ...filter, status: query.status, outcome: query.outcome },
				query.per_page
			);
			return {
				items: list.rows.map(staffJson),
				page: query.page,
				per_page: query.per_page,
				total: list.total
			};
		}
		const list = await listPublicSuggestions(
			actor,
			{ ...filter, outcome: query.outcome },
			query.per_page
		);
		return {
			items: list.rows.map((r) => presentApiSuggestion(r)),
			page: query.page,
			per_page: query.per_page,
			total: list.total
		};
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/suggestions',
	summary: 'Zapsat podnět za občana',
	description:
		'Koordinátor území zapíše podnět, který přišel jinou cestou (jednání, telefon, dopis, e-mail, rada uživatelů, ' +
		'osobně), s datem přijetí; volitelně s bodem programu jednání, ze kterého vzešel. Podnět je ve stavu „nový“.',
	tags: ['Podněty'],
	auth: 'user',
	status: 201,
	body: SuggestionCreateBody,
	response: SuggestionSchema,
	errors: [403],
	handler: async ({ actor, body, headers }) => {
		const created = await recordSuggestion(actor, body);
		headers.set('location', `/api/v1/suggestions/${created.id}`);
		const d = await getSuggestionDetail(actor, created.id);
		return staffJson({
			...d.suggestion,
			number: d.number,
			areaName: d.areaName,
			targetGroupName: d.targetGroupName,
			handledBy: d.bodyName ?? d.suggestion.assignedDepartment
		});
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
