/** /katalog/import: a coordinator uploads the registry file (processed by a background job) and sees the runs. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	importUploadLimit,
	listImportRuns,
	presentImportRunRow,
	startRegistryUpload
} from '#lib/modules/catalogue/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const { rows, total, page, pageSize } = await listImportRuns(
		locals.actor,
		Object.fromEntries(url.searchParams)
	);
	return {
		title: m.catalogue_imp_title(),
		breadcrumbs: [
			{ label: m.catalogue_imp_breadcrumb_catalogue(), href: '/katalog' },
			{ label: m.catalogue_imp_title() }
		],
		runs: rows.map(presentImportRunRow),
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / pageSize)),
		limit: importUploadLimit()
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const data = await request.formData();
		const file = data.get('file');
		let run;
		try {
			run = await startRegistryUpload(locals.actor, {
				file: file instanceof File && file.size > 0 ? file : undefined
			});
		} catch (error) {
			return failFrom(error, {});
		}
		setFlash(cookies, {
			type: 'success',
			message: m.catalogue_imp_started({ name: run.fileName })
		});
		redirect(303, `/katalog/import/${run.id}`);
	}
};
