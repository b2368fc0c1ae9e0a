/** /ukoly ("Moje úkoly"): tasks of the person linked to the account; mark done or reopen with a note. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { formatDate, formatDateTime } from '#lib/platform/i18n/format.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';
import { listMyTasks, updateTaskStatus } from '#lib/modules/meetings/index.ts';
import { attempt, idFrom } from '#lib/modules/meetings/views/form.server.ts';
import { taskRow } from '#lib/modules/meetings/views/meeting.view.ts';

const PAGE_SIZE = 20;
const FILTERS = { otevrene: 'open', splnene: 'done', vse: undefined } as const;
type Filter = keyof typeof FILTERS;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const raw = url.searchParams.get('stav') ?? 'otevrene';
	const filter: Filter = raw in FILTERS ? (raw as Filter) : 'otevrene';
	const page = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	const query = (p: number) => ({ status: FILTERS[filter], page: p, pageSize: PAGE_SIZE });
	let result = await listMyTasks(locals.actor, query(page));
	const pageCount = pageCountOf(result.total, PAGE_SIZE);
	if (page > pageCount) result = await listMyTasks(locals.actor, query(pageCount));
	return {
		title: m.meetings_tasks_title(),
		breadcrumbs: [{ label: m.meetings_tasks_title() }],
		filter,
		page: result.page,
		pageCount,
		total: result.total,
		tasks: result.items.map((t) => ({
			...taskRow(t),
			version: t.version,
			status: t.status,
			bodyName: t.bodyName,
			agendaItemId: t.agendaItemId,
			resolutionNote: t.resolutionNote ?? '',
			doneAt: t.doneAt ? formatDateTime(t.doneAt) : null,
			given: formatDate(t.meetingStartsAt)
		}))
	};
};

export const actions: Actions = {
	status: async ({ request, locals, cookies, url }) => {
		const values = formToObject(await request.formData());
		const r = await attempt(locals.actor, 'status', values, () =>
			updateTaskStatus(locals.actor, idFrom(values, 'taskId'), values)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, {
			type: 'success',
			message: r.value.status === 'done' ? m.meetings_task_done_saved() : m.meetings_task_reopened()
		});
		const stav = url.searchParams.get('stav');
		redirect(303, stav && stav in FILTERS ? `/ukoly?stav=${stav}` : '/ukoly');
	}
};
