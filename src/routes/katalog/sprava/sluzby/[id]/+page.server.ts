/** /katalog/sprava/sluzby/<id>: a service for coordinators — edit (non-registered only), confirm, history. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	confirmServiceVerified,
	getManagedService,
	serviceKindLabel,
	territoryOptions,
	updateManualService
} from '#lib/modules/catalogue/index.ts';
import { territoryChoice } from '#lib/modules/organisation/index.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';

const fieldLabels = () => ({
	name: m.catalogue_adm_field_name(),
	kindText: m.catalogue_adm_field_kind_text(),
	description: m.catalogue_adm_field_description(),
	email: m.catalogue_adm_field_email(),
	phone: m.catalogue_adm_field_phone(),
	web: m.catalogue_adm_field_web(),
	orpCodes: 'ORP',
	krajCodes: m.catalogue_adm_field_territory(),
	lastVerifiedOn: m.catalogue_adm_col_verified()
});

/** "5105, 78" → territory names (the history stores the ČSÚ codes). */
function placeNames(field: string, value: string): string {
	const kind = field === 'orpCodes' ? 'orp' : 'kraj';
	return value
		.split(', ')
		.map((code) => territoryChoice(`${kind}:${code}`)?.name ?? code)
		.join(', ');
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const managed = await getManagedService(locals.actor, params.id);
	const { service, provider, facility } = managed;
	const territory = service.orpCodes[0]
		? `orp:${service.orpCodes[0]}`
		: service.krajCodes[0]
			? `kraj:${service.krajCodes[0]}`
			: '';
	const actions: Record<string, string> = {
		verify: m.catalogue_adm_action_verify(),
		'apply-edit': m.catalogue_adm_action_apply_edit()
	};
	const labels = fieldLabels();
	const history = presentHistory(managed.history, labels, currentLocale(), actions).map((e) => ({
		...e,
		// Only the fields a coordinator edits; bookkeeping columns (ids, import data) are left out.
		changes: e.changes
			.filter((c) => c.field in labels && c.before !== c.after)
			.map((c) =>
				c.field === 'orpCodes' || c.field === 'krajCodes'
					? { ...c, before: placeNames(c.field, c.before), after: placeNames(c.field, c.after) }
					: c
			)
	}));
	const options = territoryOptions();
	return {
		title: service.name,
		breadcrumbs: [
			{ label: m.catalogue_adm_catalogue(), href: '/katalog' },
			{ label: m.catalogue_adm_title(), href: '/katalog/sprava' },
			{ label: service.name }
		],
		service: {
			id: service.id,
			name: service.name,
			manual: service.source === 'manual',
			kind: service.kindCode ? serviceKindLabel(service.kindCode) : (service.kindText ?? ''),
			registryId: service.registryId,
			status: service.status,
			lastVerifiedOn: service.lastVerifiedOn,
			version: service.version,
			providerName: provider.name,
			providerIco: provider.ico,
			territory: options.find((o) => o.value === territory)?.label ?? null,
			address: facility
				? [
						[facility.street, facility.houseNumber].filter(Boolean).join(' '),
						[facility.postcode, facility.municipalityName].filter(Boolean).join(' ')
					]
						.filter(Boolean)
						.join(', ')
				: null
		},
		pendingEdits: managed.pendingEdits,
		formValues: {
			ico: provider.ico ?? '',
			providerName: '',
			name: service.name,
			kindText: service.kindText ?? '',
			description: service.description ?? '',
			email: service.email ?? '',
			phone: service.phone ?? '',
			web: service.web ?? '',
			forms: managed.forms,
			street: facility?.street ?? '',
			houseNumber: facility?.houseNumber ?? '',
			postcode: facility?.postcode ?? '',
			city: facility?.municipalityName ?? '',
			territory
		},
		territoryOptions: options,
		history
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let service;
		try {
			service = await updateManualService(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.catalogue_adm_saved({ name: service.name }) });
		redirect(303, `/katalog/sprava/sluzby/${service.id}`);
	},
	confirm: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let service;
		try {
			service = await confirmServiceVerified(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, {});
		}
		setFlash(cookies, {
			type: 'success',
			message: m.catalogue_adm_verified({ name: service.name })
		});
		redirect(303, `/katalog/sprava/sluzby/${service.id}`);
	}
};
