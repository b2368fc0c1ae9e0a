/**
 * /podnety/sprava/<id>: one suggestion for staff — original and public wording, submitter, the
 * whole lifecycle (screen, assign, start, settle, publish, reject), agenda and measure links with
 * the chain to resolutions, and the history.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale, formatDate, formatDateTime, pragueDay } from '#lib/platform/i18n/format.ts';
import {
	assignSuggestion,
	canDoSuggestionAction,
	getSuggestionDetail,
	linkMeasure,
	publishSuggestion,
	putOnAgenda,
	rejectSuggestion,
	screenSuggestion,
	settleSuggestion,
	startSuggestion,
	suggestionBodyOptions,
	suggestionMeasureOptions,
	suggestionMeetingOptions,
	updatePublicWording,
	type Suggestion
} from '#lib/modules/participation/index.ts';
import {
	humanizeHistory,
	suggestionActionLabels,
	suggestionFieldLabels
} from '#lib/modules/participation/views/suggestions/history.ts';

const day = (d: string | null) => (d ? formatDate(`${d}T12:00:00Z`) : null);

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const d = await getSuggestionDetail(locals.actor, params.id);
	const s = d.suggestion;
	const [bodyOptions, meetingOptions, measureOptions] = d.canManage
		? await Promise.all([
				suggestionBodyOptions(s),
				suggestionMeetingOptions(s),
				suggestionMeasureOptions(s)
			])
		: [[], [], []];
	const names: Record<string, string> = Object.fromEntries(
		bodyOptions.map((b) => [b.value, b.label])
	);
	if (s.assignedBodyId && d.bodyName) names[s.assignedBodyId] = d.bodyName;
	names[s.areaId] = d.areaName;
	if (s.targetGroupId && d.targetGroupName) names[s.targetGroupId] = d.targetGroupName;
	const number = m.part_sug_admin_detail_title({ number: d.number });
	const can = (action: Parameters<typeof canDoSuggestionAction>[0]) =>
		canDoSuggestionAction(action, s.status);
	return {
		title: number,
		breadcrumbs: [{ label: m.part_sug_admin_title(), href: '/podnety/sprava' }, { label: number }],
		s: {
			id: s.id,
			number: d.number,
			version: s.version,
			status: s.status,
			topic: s.topic,
			channel: s.channel,
			text: s.text,
			publicText: s.publicText,
			isPublic: s.isPublic,
			place: s.place,
			areaName: d.areaName,
			targetGroupName: d.targetGroupName,
			receivedOn: day(s.receivedOn),
			submitterName: s.submitterName,
			submitterEmail: s.submitterEmail,
			submitterPhone: s.submitterPhone,
			handledBy: d.bodyName ?? s.assignedDepartment,
			assignedBodyId: s.assignedBodyId,
			assignedDepartment: s.assignedDepartment,
			dueOn: day(s.dueOn),
			dueOnIso: s.dueOn,
			overdue: d.overdue,
			answer: s.answer,
			outcome: s.outcome,
			settledAt: s.settledAt ? formatDateTime(s.settledAt) : null,
			rejectReason: s.rejectReason
		},
		canManage: d.canManage,
		actions: {
			screen: d.canManage && can('screen'),
			assign: d.canManage && can('assign'),
			start: can('start'),
			settle: can('settle'),
			publish: d.canManage && can('publish'),
			reject: d.canManage && can('reject'),
			wording: d.canManage && s.status !== 'rejected',
			links: d.canManage && s.status !== 'rejected'
		},
		today: pragueDay(),
		agenda: d.links.agenda.map((a) => ({
			id: a.linkId,
			meetingId: a.meetingId,
			meetingDate: a.meetingStartsAt ? formatDate(a.meetingStartsAt) : null,
			bodyName: a.bodyName,
			position: a.agendaPosition,
			title: a.agendaTitle,
			resolutions: a.resolutions
		})),
		measures: d.links.measures,
		attachments: d.attachments.map((f) => ({ id: f.id, filename: f.filename, size: f.size })),
		bodyOptions,
		meetingOptions,
		measureOptions,
		history: humanizeHistory(
			presentHistory(d.history, suggestionFieldLabels(), currentLocale(), suggestionActionLabels()),
			names
		)
	};
};

type Done = (s: Suggestion) => string;

function act(
	run: (event: RequestEvent, values: Record<string, unknown>) => Promise<unknown>,
	done: Done | string,
	form: string
) {
	return async (event: RequestEvent) => {
		const values = formToObject(await event.request.formData());
		let result: unknown;
		try {
			result = await run(event, values);
		} catch (error) {
			return failFrom(error, { ...values, _form: form });
		}
		setFlash(event.cookies, {
			type: 'success',
			message: typeof done === 'string' ? done : done(result as Suggestion)
		});
		redirect(303, `/podnety/sprava/${event.params.id}`);
	};
}

const num = (s: Suggestion) => `${s.year}/${s.seq}`;

export const actions: Actions = {
	screen: act(
		(e, v) => screenSuggestion(e.locals.actor, e.params.id, v),
		(s) => m.part_sug_done_screen({ number: num(s) }),
		'screen'
	),
	assign: act(
		(e, v) => assignSuggestion(e.locals.actor, e.params.id, v),
		(s) => m.part_sug_done_assign({ number: num(s) }),
		'assign'
	),
	start: act(
		(e, v) => startSuggestion(e.locals.actor, e.params.id, v),
		(s) => m.part_sug_done_start({ number: num(s) }),
		'start'
	),
	settle: act(
		(e, v) => settleSuggestion(e.locals.actor, e.params.id, v),
		(s) => m.part_sug_done_settle({ number: num(s) }),
		'settle'
	),
	publish: act(
		(e, v) => publishSuggestion(e.locals.actor, e.params.id, v),
		(s) => m.part_sug_done_publish({ number: num(s) }),
		'publish'
	),
	reject: act(
		(e, v) => rejectSuggestion(e.locals.actor, e.params.id, v),
		(s) => m.part_sug_done_reject({ number: num(s) }),
		'reject'
	),
	wording: act(
		(e, v) => updatePublicWording(e.locals.actor, e.params.id, v),
		() => m.part_sug_done_wording(),
		'wording'
	),
	agenda: act(
		(e, v) => putOnAgenda(e.locals.actor, e.params.id, v),
		() => m.part_sug_done_agenda(),
		'agenda'
	),
	measure: act(
		(e, v) => linkMeasure(e.locals.actor, e.params.id, v),
		() => m.part_sug_done_measure(),
		'measure'
	)
};
