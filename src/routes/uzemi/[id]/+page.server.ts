/** /uzemi/<id>: an area with its groups, sub-areas and member municipalities (public). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	addMunicipality,
	areaFieldLabels,
	areaKindLabel,
	areaScope,
	bodyKindLabel,
	BODY_KINDS,
	getAreaOverview,
	listAreas,
	listBodies,
	listMunicipalities,
	listTargetGroups,
	removeMunicipality
} from '#lib/modules/organisation/index.ts';
import { can } from '#lib/platform/access/can.ts';
import { listAudit, listHistory } from '#lib/platform/audit/audit.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = locals.actor;
	const { area, parent, children } = await getAreaOverview(actor, params.id);
	const [bodies, municipalities, targetGroups, scope] = await Promise.all([
		listBodies(actor, area.id),
		listMunicipalities(area.id),
		listTargetGroups(),
		areaScope(area.id)
	]);
	const groupNames = new Map(targetGroups.map((g) => [g.id, g.name]));
	const canManageArea = can(actor, 'organisation.areas.manage');
	const canMunicipalities = can(actor, 'organisation.municipalities.manage', scope);
	const canBodies = can(actor, 'organisation.bodies.manage', scope);
	const canPeople = can(actor, 'organisation.people.read', scope);
	let history: ReturnType<typeof presentHistory> = [];
	if (canManageArea || canMunicipalities) {
		const [own, towns, allAreas] = await Promise.all([
			listHistory('organisation.area', area.id),
			listAudit({ entityType: 'organisation.area-municipality', areaId: area.id }, { limit: 50 }),
			listAreas()
		]);
		const names = new Map(allAreas.map((a) => [a.id, a.name]));
		const parentName = (value: string) => names.get(value) ?? value;
		const labels = {
			...areaFieldLabels(),
			name: m.organisation_field_municipality_name(),
			code: m.organisation_field_municipality_code()
		};
		history = [
			...presentHistory(own, areaFieldLabels(), currentLocale()).map((e) => ({
				...e,
				changes: e.changes.map((c) =>
					c.field === 'parentId'
						? { ...c, before: parentName(c.before), after: parentName(c.after) }
						: c
				)
			})),
			...presentHistory(towns.rows, labels, currentLocale()).map((e) => ({
				...e,
				actionLabel: `${e.actionLabel} – ${m.organisation_entity_municipality()}`
			}))
		].sort((a, b) => b.atIso.localeCompare(a.atIso) || b.id - a.id);
	}
	return {
		title: area.name,
		breadcrumbs: [
			{ label: m.organisation_areas_title(), href: '/uzemi' },
			...(parent ? [{ label: parent.name, href: `/uzemi/${parent.id}` }] : []),
			{ label: area.name }
		],
		area: {
			id: area.id,
			name: area.name,
			kind: areaKindLabel(area.kind),
			code: area.code,
			ico: area.ico,
			description: area.description
		},
		parent: parent ? { id: parent.id, name: parent.name } : null,
		children: children.map((c) => ({ id: c.id, name: c.name, kind: areaKindLabel(c.kind) })),
		bodyGroups: BODY_KINDS.map((kind) => ({
			kind,
			heading: bodyKindLabel(kind, true),
			bodies: bodies
				.filter((b) => b.kind === kind)
				.map((b) => ({
					id: b.id,
					name: b.name,
					code: b.code,
					targetGroup: b.targetGroupId ? (groupNames.get(b.targetGroupId) ?? null) : null
				}))
		})).filter((g) => g.bodies.length > 0),
		municipalities: municipalities.map((t) => ({ id: t.id, name: t.name, code: t.code })),
		canManageArea,
		canMunicipalities,
		canBodies,
		canPeople,
		history
	};
};

export const actions: Actions = {
	addMunicipality: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			const town = await addMunicipality(locals.actor, params.id, {
				name: values.name,
				code: values.code
			});
			setFlash(cookies, {
				type: 'success',
				message: m.organisation_municipality_added({ name: town.name })
			});
		} catch (error) {
			return failFrom(error, { ...values, action: 'addMunicipality' });
		}
		redirect(303, `/uzemi/${params.id}#obce`);
	},
	removeMunicipality: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			const town = await removeMunicipality(locals.actor, params.id, String(values.id ?? ''));
			setFlash(cookies, {
				type: 'success',
				message: m.organisation_municipality_removed({ name: town.name })
			});
		} catch (error) {
			return failFrom(error, { action: 'removeMunicipality' });
		}
		redirect(303, `/uzemi/${params.id}#obce`);
	}
};
