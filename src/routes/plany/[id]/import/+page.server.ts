/**
 * /plany/<id>/import: upload a filled XLSX template → preview with row-level errors (nothing
 * saved) → confirm (the stored upload is parsed again and written in one transaction).
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { confirmImport, getImportPage, uploadImportFile } from '#lib/modules/plans/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const view = await getImportPage(locals.actor, params.id, {
		fileId: url.searchParams.get('soubor'),
		replace: url.searchParams.get('nahradit')
	});
	return {
		title: m.plans_io_import_page_title({ plan: view.plan.title }),
		breadcrumbs: [
			{ label: m.plans_io_crumb_plans(), href: '/plany' },
			{ label: view.plan.title, href: `/plany/${view.plan.id}` },
			{ label: m.plans_io_crumb_import() }
		],
		...view
	};
};

export const actions: Actions = {
	upload: async ({ request, locals, params, cookies }) => {
		const form = await request.formData();
		const values = formToObject(form);
		let result;
		try {
			const file = form.get('file');
			result = await uploadImportFile(locals.actor, params.id, {
				file: file instanceof File ? file : null,
				replace: values.replace
			});
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'info', message: m.plans_io_uploaded() });
		const query = new URLSearchParams({ soubor: result.fileId });
		if (result.replace) query.set('nahradit', '1');
		redirect(303, `/plany/${params.id}/import?${query}#nahled`);
	},
	confirm: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let summary;
		try {
			summary = await confirmImport(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.plans_io_import_done({
				priorities: String(summary.priorities),
				measures: String(summary.measures)
			})
		});
		redirect(303, `/plany/${params.id}`);
	}
};
