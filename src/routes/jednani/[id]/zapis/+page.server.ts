/**
 * /jednani/<id>/zapis: the minutes editor. Every form posts to one action that calls one
 * service; errors come back with the user's input (and, on a conflict, the other person's
 * text), success sets a flash message and returns to the section that was edited.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { formatDateTime } from '#lib/platform/i18n/format.ts';
import { listMembers } from '#lib/modules/organisation/index.ts';
import {
	addEvent,
	addResolution,
	addTask,
	approveMinutes,
	getMeetingDetail,
	getOrCreateMinutes,
	htmlToBlocks,
	publishMinutes,
	removeEvent,
	removeResolution,
	removeTask,
	reopenMinutes,
	sanitizeMinutesHtml,
	saveItemMinutes,
	updateMinutesMeta,
	updateTaskStatus,
	type MeetingDetail
} from '#lib/modules/meetings/index.ts';
import { blocksToMarkup, markupToHtml } from './minutes.markup.ts';
import { presentEditor } from './minutes.presenter.server.ts';
import { minutesHistory } from './minutes.history.server.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** People who may sign or be responsible: the body's members on the meeting day and attendees. */
async function peopleOptions(
	actor: App.Locals['actor'],
	detail: MeetingDetail
): Promise<{ value: string; label: string }[]> {
	const seen = new Map<string, string>();
	for (const row of await listMembers(actor, detail.body.id, detail.local.date)) {
		seen.set(row.personId, row.name);
	}
	for (const row of detail.members) if (row.personId) seen.set(row.personId, row.name);
	for (const p of [detail.minutes?.author, detail.minutes?.approver]) if (p) seen.set(p.id, p.name);
	return [...seen].map(([value, label]) => ({ value, label }));
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	if (!UUID.test(params.id)) throw new NotFoundError('Jednání nebylo nalezeno.');
	const detail = await getMeetingDetail(locals.actor, params.id);
	if (!detail.can.writeMinutes && !detail.can.approveMinutes) {
		throw new ForbiddenError(m.minutes_forbidden());
	}
	const view = presentEditor(detail);
	const people = await peopleOptions(locals.actor, detail);
	const names = new Map(people.map((p) => [p.value, p.label]));
	const heading = m.minutes_page_title({ body: view.meeting.bodyName, date: view.meeting.date });
	return {
		...view,
		title: heading,
		breadcrumbs: [
			{ label: m.minutes_breadcrumb_meetings(), href: '/jednani' },
			{
				label: `${view.meeting.bodyName}, ${view.meeting.date}`,
				href: `/jednani/${params.id}`
			},
			{ label: m.minutes_title() }
		],
		people,
		history: await minutesHistory(detail, names)
	};
};

type Values = Record<string, string | string[]>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

function requireId(values: Values, field: string): string {
	const id = one(values[field]);
	if (!UUID.test(id)) throw new ValidationError({ _form: [m.minutes_bad_reference()] });
	return id;
}

/**
 * Run one form: `scope` tells the page which form failed (its errors and kept input are shown
 * there); on success flash `message` and go back to `#anchor`.
 */
async function run(
	event: RequestEvent,
	scope: string | ((values: Values) => string),
	work: (values: Values) => Promise<{ message: string; anchor: string }>
) {
	const values = formToObject(await event.request.formData());
	let done: { message: string; anchor: string };
	try {
		done = await work(values);
	} catch (error) {
		return failFrom(error, {
			...values,
			scope: typeof scope === 'string' ? scope : scope(values)
		});
	}
	setFlash(event.cookies, { type: 'success', message: done.message });
	redirect(303, `/jednani/${event.params.id}/zapis#${done.anchor}`);
}

export const actions: Actions = {
	start: (event) =>
		run(event, 'start', async () => {
			await getOrCreateMinutes(event.locals.actor, event.params.id);
			return { message: m.minutes_started(), anchor: 'udaje-zapisu' };
		}),

	meta: (event) =>
		run(event, 'meta', async (values) => {
			await updateMinutesMeta(event.locals.actor, event.params.id, values);
			return { message: m.minutes_meta_saved(), anchor: 'udaje-zapisu' };
		}),

	preview: async (event) => {
		const values = formToObject(await event.request.formData());
		const itemId = one(values.itemId);
		if (event.locals.actor.kind !== 'user') {
			return failFrom(new UnauthorizedError(), { ...values, scope: `item-${itemId}` });
		}
		return {
			preview: {
				scope: `item-${itemId}`,
				html: sanitizeMinutesHtml(markupToHtml(one(values.text))),
				values
			}
		};
	},

	item: async (event) => {
		const values = formToObject(await event.request.formData());
		const itemId = one(values.itemId);
		try {
			if (!UUID.test(itemId)) throw new ValidationError({ _form: [m.minutes_bad_reference()] });
			await saveItemMinutes(event.locals.actor, itemId, {
				html: markupToHtml(one(values.text)),
				reportedBy: one(values.reportedBy),
				version: one(values.version)
			});
		} catch (error) {
			if (error instanceof ConflictError && error.current) {
				const current = error.current as { minutesHtml?: string | null; updatedAt?: Date };
				return failFrom(
					new ConflictError(error.message, {
						...error.current,
						markup: blocksToMarkup(htmlToBlocks(current.minutesHtml ?? '')),
						savedAt: current.updatedAt ? formatDateTime(current.updatedAt) : null
					}),
					{ ...values, scope: `item-${itemId}` }
				);
			}
			return failFrom(error, { ...values, scope: `item-${itemId}` });
		}
		setFlash(event.cookies, { type: 'success', message: m.minutes_item_saved() });
		redirect(303, `/jednani/${event.params.id}/zapis#bod-${itemId}`);
	},

	resolution: (event) =>
		run(
			event,
			(v) => `resolution-${one(v.itemId)}`,
			async (values) => {
				const agendaItemId = requireId(values, 'itemId');
				const row = await addResolution(event.locals.actor, { ...values, agendaItemId });
				return {
					message: m.minutes_resolution_added({ number: row.number }),
					anchor: `bod-${agendaItemId}`
				};
			}
		),

	removeResolution: (event) =>
		run(event, 'list', async (values) => {
			await removeResolution(event.locals.actor, requireId(values, 'resolutionId'), {
				version: Number(one(values.version)) || undefined
			});
			return { message: m.minutes_resolution_removed(), anchor: `bod-${one(values.itemId)}` };
		}),

	task: (event) =>
		run(
			event,
			(v) => `task-${one(v.itemId)}`,
			async (values) => {
				const agendaItemId = requireId(values, 'itemId');
				await addTask(event.locals.actor, { ...values, agendaItemId });
				return { message: m.minutes_task_added(), anchor: `bod-${agendaItemId}` };
			}
		),

	taskStatus: (event) =>
		run(
			event,
			(v) => `status-${one(v.taskId)}`,
			async (values) => {
				await updateTaskStatus(event.locals.actor, requireId(values, 'taskId'), values);
				return { message: m.minutes_task_status_saved(), anchor: one(values.anchor) || 'obsah' };
			}
		),

	removeTask: (event) =>
		run(event, 'list', async (values) => {
			await removeTask(event.locals.actor, requireId(values, 'taskId'), {
				version: Number(one(values.version)) || undefined
			});
			return { message: m.minutes_task_removed(), anchor: `bod-${one(values.itemId)}` };
		}),

	event: (event) =>
		run(event, 'event', async (values) => {
			await addEvent(event.locals.actor, event.params.id, values);
			return { message: m.minutes_event_added(), anchor: 'akce' };
		}),

	removeEvent: (event) =>
		run(event, 'list', async (values) => {
			await removeEvent(event.locals.actor, requireId(values, 'eventId'));
			return { message: m.minutes_event_removed(), anchor: 'akce' };
		}),

	approve: (event) =>
		run(event, 'workflow', async (values) => {
			const approverPersonId = one(values.approverPersonId) || null;
			if (approverPersonId && !UUID.test(approverPersonId)) {
				throw new ValidationError({ approverPersonId: [m.minutes_pick_person()] });
			}
			await approveMinutes(event.locals.actor, event.params.id, {
				version: Number(one(values.version)) || undefined,
				approverPersonId
			});
			return { message: m.minutes_approved(), anchor: 'stav-zapisu' };
		}),

	publish: (event) =>
		run(event, 'workflow', async (values) => {
			const rev = await publishMinutes(event.locals.actor, event.params.id, {
				reason: one(values.reason)
			});
			return { message: m.minutes_published({ revision: rev.revision }), anchor: 'stav-zapisu' };
		}),

	reopen: (event) =>
		run(event, 'workflow', async (values) => {
			await reopenMinutes(event.locals.actor, event.params.id, { reason: one(values.reason) });
			return { message: m.minutes_reopened(), anchor: 'stav-zapisu' };
		})
};
