/** /skupiny/<id>/upravit: a coordinator edits a group and its statute (locking, history). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	areaScope,
	bodyFieldLabels,
	bodyKindLabel,
	getBodyDetail,
	updateBody
} from '#lib/modules/organisation/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';
import { bodyFormOptions } from '../../body.options.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const { body, area } = await getBodyDetail(locals.actor, params.id);
	authorize(
		locals.actor,
		'organisation.bodies.manage',
		await areaScope(area.id, { bodyId: body.id })
	);
	const options = await bodyFormOptions(locals.actor, area.id, body.id);
	const names = new Map<string, string>([
		...options.targetGroupOptions.map((o) => [o.value, o.label] as [string, string]),
		...options.parentOptions.map((o) => [o.value, o.label] as [string, string])
	]);
	const kinds = new Map(options.kindOptions.map((o) => [o.value, o.label]));
	const history = presentHistory(
		await listHistory('organisation.body', body.id),
		bodyFieldLabels(),
		currentLocale()
	).map((e) => ({
		...e,
		changes: e.changes
			.filter((c) => c.field !== 'areaId')
			.map((c) => {
				const lookup = c.field === 'kind' ? kinds : names;
				return {
					...c,
					before: lookup.get(c.before) ?? c.before,
					after: lookup.get(c.after) ?? c.after
				};
			})
	}));
	return {
		title: m.organisation_body_edit_title({ name: body.name }),
		breadcrumbs: [
			{ label: m.organisation_areas_title(), href: '/uzemi' },
			{ label: area.name, href: `/uzemi/${area.id}` },
			{ label: body.name, href: `/skupiny/${body.id}` },
			{ label: m.organisation_body_edit() }
		],
		body: {
			id: body.id,
			name: body.name,
			kindLabel: bodyKindLabel(body.kind),
			version: body.version
		},
		current: {
			kind: body.kind,
			name: body.name,
			code: body.code,
			targetGroupId: body.targetGroupId ?? '',
			parentBodyId: body.parentBodyId ?? '',
			description: body.description ?? '',
			minMeetingsPerYear: body.minMeetingsPerYear ?? '',
			maxMonthsBetweenMeetings: body.maxMonthsBetweenMeetings ?? '',
			noMeetingMonths: body.noMeetingMonths.map(String),
			invitationLeadDays: body.invitationLeadDays,
			agendaProposalDays: body.agendaProposalDays,
			excuseDays: body.excuseDays,
			quorumPercent: body.quorumPercent
		},
		...options,
		history
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let body;
		try {
			body = await updateBody(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.organisation_body_saved({ name: body.name }) });
		redirect(303, `/skupiny/${body.id}`);
	}
};
