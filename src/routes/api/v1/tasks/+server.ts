/** GET /api/v1/tasks — the caller's tasks ("Moje úkoly"), or the open tasks of one body. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { pageOf, pageQuery, paginateList } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { listMyTasks, listOpenTasks, TASK_STATUSES } from '#lib/modules/meetings/index.ts';
import { presentTask, TaskSchema } from './task.api.ts';

const TaskQuery = pageQuery.extend({
	status: z
		.enum(TASK_STATUSES)
		.optional()
		.meta({ description: 'Jen úkoly v tomto stavu (open, done, cancelled).' }),
	body: z
		.uuid()
		.optional()
		.meta({ description: 'Místo vlastních úkolů všechny otevřené úkoly této skupiny (UUID).' })
});

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/tasks',
	summary: 'Úkoly ze zápisů',
	description:
		'Bez parametru `body` úkoly, za které odpovídá přihlášený uživatel (jeho osoba v evidenci), ' +
		'seřazené podle stavu a termínu. S `body` otevřené úkoly dané skupiny (pro její členy, vedoucí ' +
		'a koordinátory území).',
	tags: ['Jednání'],
	auth: 'user',
	query: TaskQuery,
	response: pageOf(TaskSchema).meta({ id: 'TaskPage', description: 'Stránka seznamu úkolů.' }),
	errors: [403, 404],
	handler: async ({ actor, query }) => {
		if (query.body) {
			if (query.status && query.status !== 'open') {
				throw new ValidationError({
					status: ['U úkolů skupiny lze zobrazit jen otevřené úkoly (status=open).']
				});
			}
			return paginateList(await listOpenTasks(actor, query.body), query, presentTask);
		}
		const page = await listMyTasks(actor, {
			status: query.status,
			page: query.page,
			pageSize: query.per_page
		});
		return { ...page, items: page.items.map(presentTask) };
	}
});

export const fallback = methodNotAllowed(['GET']);
