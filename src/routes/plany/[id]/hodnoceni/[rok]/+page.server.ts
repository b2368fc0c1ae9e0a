/**
 * /plany/<id>/hodnoceni/<rok>: the evaluation report of a year — editable introduction and
 * summary (coordinator), the report preview with charts, downloads DOCX/PDF/XLSX.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getEvaluationReport, saveEvaluationTexts } from '#lib/modules/plans/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const view = await getEvaluationReport(locals.actor, params.id, params.rok);
	const { report } = view;
	return {
		title: m.plans_mon_report_title({ year: String(report.year), plan: report.planTitle }),
		breadcrumbs: [
			{ label: m.plans_mon_crumb_plans(), href: '/plany' },
			{ label: report.planTitle, href: `/plany/${report.planId}` },
			{ label: m.plans_mon_crumb_reports(), href: `/plany/${report.planId}/hodnoceni` },
			{ label: String(report.year) }
		],
		report,
		canEdit: view.canEdit,
		texts: {
			introduction: view.yearRow?.introduction ?? '',
			summary: view.yearRow?.summary ?? '',
			version: view.yearRow?.version ?? null
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await saveEvaluationTexts(locals.actor, params.id, Number(params.rok), values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.plans_mon_texts_saved() });
		redirect(303, `/plany/${params.id}/hodnoceni/${params.rok}`);
	}
};
