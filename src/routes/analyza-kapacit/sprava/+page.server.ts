/**
 * /analyza-kapacit/sprava: the coordinator's data of the capacity analysis — population import
 * (ČSÚ-style CSV), the region's norms and substitution groups.
 */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	createGroup,
	createNorm,
	deleteGroup,
	deleteNorm,
	getAnalysisAdmin,
	importPopulation
} from '#lib/modules/network/index.ts';
import { SERVICE_KINDS, serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const admin = await getAnalysisAdmin(locals.actor, {
		regionAreaId: url.searchParams.get('kraj')
	});
	return {
		title: m.net_gap_admin_title(),
		breadcrumbs: [
			{ label: m.net_gap_title(), href: '/analyza-kapacit' },
			{ label: m.net_gap_admin_title() }
		],
		admin,
		kindOptions: SERVICE_KINDS.map((k) => ({ value: k.code, label: serviceKindLabel(k.code) })),
		kindLabels: Object.fromEntries(SERVICE_KINDS.map((k) => [k.code, serviceKindLabel(k.code)]))
	};
};

const back = (regionAreaId: unknown) =>
	typeof regionAreaId === 'string' && regionAreaId
		? `/analyza-kapacit/sprava?kraj=${encodeURIComponent(regionAreaId)}`
		: '/analyza-kapacit/sprava';

function failed(form: string, error: unknown, values: Record<string, unknown>) {
	const failure = failFrom(error, values);
	return fail(failure.status, { ...failure.data, form });
}

export const actions: Actions = {
	import: async ({ request, locals, cookies }) => {
		const formData = await request.formData();
		const values = formToObject(formData);
		const file = formData.get('file');
		let result;
		try {
			if (!(file instanceof File) || file.size === 0) {
				throw new ValidationError({ file: ['Vyberte soubor CSV s počty obyvatel.'] });
			}
			if (file.size > 5 * 1024 * 1024) {
				throw new ValidationError({ file: ['Soubor je větší než 5 MB; rozdělte jej.'] });
			}
			result = await importPopulation(locals.actor, values, {
				name: file.name,
				text: await file.text()
			});
		} catch (error) {
			return failed('import', error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_gap_admin_imported({
				rows: String(result.rows),
				created: String(result.created),
				updated: String(result.updated)
			})
		});
		redirect(303, '/analyza-kapacit/sprava');
	},
	addNorm: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await createNorm(locals.actor, values);
		} catch (error) {
			return failed('norm', error, values);
		}
		setFlash(cookies, { type: 'success', message: m.net_gap_admin_norm_added() });
		redirect(303, back(values.regionAreaId));
	},
	deleteNorm: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await deleteNorm(locals.actor, values);
		} catch (error) {
			return failed('norm', error, values);
		}
		setFlash(cookies, { type: 'success', message: m.net_gap_admin_norm_deleted() });
		redirect(303, back(values.regionAreaId));
	},
	addGroup: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await createGroup(locals.actor, values);
		} catch (error) {
			return failed('group', error, values);
		}
		setFlash(cookies, { type: 'success', message: m.net_gap_admin_group_added() });
		redirect(303, back(values.regionAreaId));
	},
	deleteGroup: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await deleteGroup(locals.actor, values);
		} catch (error) {
			return failed('group', error, values);
		}
		setFlash(cookies, { type: 'success', message: m.net_gap_admin_group_deleted() });
		redirect(303, back(values.regionAreaId));
	}
};
