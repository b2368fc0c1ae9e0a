/**
 * /plany/[id]: plan overview — header, approval, vision, the tree with costs and the latest
 * monitoring, status actions (each stores a version), links to the sub-pages, history.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	approvePlan,
	changePlanStatus,
	getPlanOverview,
	planKindLabel,
	startPlanUpdate
} from '#lib/modules/plans/index.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { statusLabel } from '#lib/modules/plans/views/plan.labels.ts';
import { planHistory } from '#lib/modules/plans/views/plan.history.ts';
import { overviewTree } from '#lib/modules/plans/views/plan.overview.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const o = await getPlanOverview(locals.actor, params.id);
	return {
		title: o.tree.title,
		breadcrumbs: [{ label: m.plans_nav(), href: '/plany' }, { label: o.tree.title }],
		plan: {
			id: o.tree.id,
			title: o.tree.title,
			kind: planKindLabel(o.tree.kind),
			area: o.tree.area.name,
			periodFrom: o.tree.periodFrom,
			periodTo: o.tree.periodTo,
			status: o.tree.status,
			vision: o.tree.vision,
			principles: o.tree.principles,
			responsibleBody: o.tree.responsibleBody?.name ?? null,
			targetGroups: o.tree.targetGroups.map((t) => t.name),
			approval: o.tree.approval,
			consultationId: o.tree.consultationId,
			version: o.tree.version
		},
		tree: overviewTree(o.tree),
		canManage: o.canManage,
		canRead: o.canRead,
		editable: o.editable,
		transitions: o.transitions,
		canStartUpdate: o.canStartUpdate,
		versions: o.versions,
		approvalFile: o.approvalFile,
		bodyOptions: o.bodyOptions,
		history: planHistory(o.history)
	};
};

export const actions: Actions = {
	status: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let version;
		try {
			version = await changePlanStatus(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, { ...values, form: 'status' });
		}
		setFlash(cookies, {
			type: 'success',
			message: m.plans_status_changed({
				status: statusLabel(version.status),
				no: version.versionNo
			})
		});
		redirect(303, `/plany/${params.id}`);
	},
	approve: async ({ request, locals, params, cookies }) => {
		const data = await request.formData();
		const values = formToObject(data);
		const upload = data.get('file');
		const file =
			upload instanceof File && upload.size > 0
				? { filename: upload.name, contentType: upload.type, data: upload }
				: null;
		let version;
		try {
			version = await approvePlan(locals.actor, params.id, values, file);
		} catch (error) {
			return failFrom(error, { ...values, form: 'approve' });
		}
		setFlash(cookies, {
			type: 'success',
			message: m.plans_status_changed({
				status: statusLabel(version.status),
				no: version.versionNo
			})
		});
		redirect(303, `/plany/${params.id}`);
	},
	update: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await startPlanUpdate(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, { ...values, form: 'update' });
		}
		setFlash(cookies, { type: 'success', message: m.plans_update_started() });
		redirect(303, `/plany/${params.id}`);
	}
};
