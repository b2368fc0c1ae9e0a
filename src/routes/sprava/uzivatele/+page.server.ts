/** /sprava/uzivatele: administrators list, search and sort accounts. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listAreas } from '#lib/modules/organisation/index.ts';
import { grantLabel } from '#lib/platform/access/grant.presenter.ts';
import { listUsers } from '#lib/platform/auth/user.service.server.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { sortParams } from '#lib/platform/ui/sort.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';
import { formatDateTime } from '#lib/platform/i18n/format.ts';

const SORT_KEYS = ['name', 'email', 'lastLogin'] as const;
const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const { sort, dir } = sortParams(url, SORT_KEYS, 'name');
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const page = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	let result = await listUsers(locals.actor, {
		q,
		sort: dir === 'desc' ? `-${sort}` : sort,
		page,
		pageSize: PAGE_SIZE
	});
	const pageCount = pageCountOf(result.total, PAGE_SIZE);
	if (page > pageCount) {
		result = await listUsers(locals.actor, {
			q,
			sort: dir === 'desc' ? `-${sort}` : sort,
			page: pageCount,
			pageSize: PAGE_SIZE
		});
	}
	const areaNames = new Map((await listAreas()).map((a) => [a.id, a.name]));
	return {
		title: m.auth_users_title(),
		breadcrumbs: [
			{ label: m.auth_admin_breadcrumb(), href: '/sprava' },
			{ label: m.auth_users_title() }
		],
		q,
		sort,
		dir,
		page: result.page,
		pageCount,
		total: result.total,
		rows: result.rows.map((u) => ({
			id: u.id,
			name: u.name,
			email: u.email,
			isActive: u.isActive,
			hasPassword: u.hasPassword,
			lastLogin: u.lastLoginAt ? formatDateTime(u.lastLoginAt) : null,
			roles: u.grants.map((g) => grantLabel(g, areaNames))
		}))
	};
};
