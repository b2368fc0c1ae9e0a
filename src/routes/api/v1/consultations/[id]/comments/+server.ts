/**
 * GET /api/v1/consultations/{id}/comments — comments with their settlement (coordinators always,
 * everybody after the settlement is published); POST — submit a comment (public, rate limited)
 * or, as the coordinator with `channel`, enter one received by e-mail, post or at the hearing.
 */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { addStaffComment, listComments, submitComment } from '#lib/modules/participation/index.ts';
import {
	CommentBody,
	CommentSchema,
	ConsultationIdParams,
	presentComment
} from '../../consultation.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/consultations/{id}/comments',
	summary: 'Připomínky a jejich vypořádání',
	description:
		'Koordinátor území dostane všechny připomínky včetně jmen a e-mailů; ostatní až po zveřejnění vypořádání, ' +
		'se jménem jen se souhlasem podatele (jinak 401/403).',
	tags: ['Připomínkování'],
	auth: 'public',
	params: ConsultationIdParams,
	query: pageQuery,
	response: pageOf(CommentSchema).meta({
		id: 'ConsultationCommentPage',
		description: 'Stránka připomínek.'
	}),
	errors: [401, 403, 404],
	handler: async ({ actor, params, query }) => {
		const result = await listComments(actor, params.id, {
			page: query.page,
			pageSize: query.per_page
		});
		return {
			items: result.rows.map((r) => presentComment(r, result.full)),
			page: query.page,
			per_page: query.per_page,
			total: result.total
		};
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/consultations/{id}/comments',
	summary: 'Podat připomínku',
	description:
		'Připomínka k oddílu nebo k celému dokumentu v době připomínkování (omezení počtu podání z jedné adresy). ' +
		'Koordinátor s polem channel (email, paper, hearing) a receivedOn zapíše připomínku došlou jinou cestou.',
	tags: ['Připomínkování'],
	auth: 'public',
	status: 201,
	params: ConsultationIdParams,
	body: CommentBody,
	response: z.object({ number: z.number().int() }).meta({ id: 'ConsultationCommentCreated' }),
	errors: [400, 401, 403, 404, 429],
	handler: async ({ actor, params, body, event }) => {
		if (body.channel && body.channel !== 'web') {
			const row = await addStaffComment(actor, params.id, {
				...body,
				publishName: body.publishName ?? false
			});
			return { number: row.number };
		}
		const { channel: _channel, receivedOn: _received, ...rest } = body;
		const result = await submitComment(
			actor,
			params.id,
			{ ...rest, publishName: rest.publishName ?? false },
			event.getClientAddress()
		);
		return { number: result.number };
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
