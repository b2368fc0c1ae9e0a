/** /pripominkovani/sprava: the coordinator's consultations (areas they coordinate), paginated. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listManagedConsultations } from '#lib/modules/participation/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { error } from '@sveltejs/kit';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const page = Math.max(1, Number.parseInt(url.searchParams.get('strana') ?? '1', 10) || 1);
	try {
		const result = await listManagedConsultations(locals.actor, { page, pageSize: PAGE_SIZE });
		return {
			title: m.part_con_admin_title(),
			breadcrumbs: [{ label: m.part_con_admin_title() }],
			rows: result.rows,
			page,
			pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE))
		};
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
};
