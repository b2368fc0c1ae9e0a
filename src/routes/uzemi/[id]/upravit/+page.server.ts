/** /uzemi/<id>/upravit: administrators edit an area (optimistic locking, history). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	areaFieldLabels,
	areaKindLabel,
	findArea,
	listAreas,
	LISTED_KINDS,
	updateArea
} from '#lib/modules/organisation/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	authorize(locals.actor, 'organisation.areas.manage');
	const area = await findArea(params.id);
	const all = await listAreas();
	const names = new Map(all.map((a) => [a.id, a.name]));
	const history = presentHistory(
		await listHistory('organisation.area', area.id),
		areaFieldLabels(),
		currentLocale()
	).map((e) => ({
		...e,
		changes: e.changes.map((c) =>
			c.field === 'parentId'
				? { ...c, before: names.get(c.before) ?? c.before, after: names.get(c.after) ?? c.after }
				: c
		)
	}));
	return {
		title: m.organisation_area_edit_title({ name: area.name }),
		breadcrumbs: [
			{ label: m.organisation_areas_title(), href: '/uzemi' },
			{ label: area.name, href: `/uzemi/${area.id}` },
			{ label: m.organisation_area_edit() }
		],
		area: {
			id: area.id,
			name: area.name,
			kind: areaKindLabel(area.kind),
			listed: LISTED_KINDS.includes(area.kind),
			code: area.code ?? '',
			parentId: area.parentId ?? '',
			ico: area.ico ?? '',
			description: area.description ?? '',
			version: area.version
		},
		parentOptions: all
			.filter((a) => a.id !== area.id)
			.map((a) => ({ value: a.id, label: `${a.name} (${areaKindLabel(a.kind)})` }))
			.sort((a, b) => a.label.localeCompare(b.label, 'cs')),
		history
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let area;
		try {
			area = await updateArea(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.organisation_area_saved({ name: area.name }) });
		redirect(303, `/uzemi/${area.id}`);
	}
};
