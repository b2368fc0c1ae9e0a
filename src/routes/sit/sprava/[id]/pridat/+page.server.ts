/** /sit/sprava/<id>/pridat — add a service to a network: search the region's catalogue (?q=), pick (?sluzba=) or a planned service (?planovana=1), fill the entry form. */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { SERVICE_KINDS } from '#lib/modules/catalogue/index.ts';
import {
	addEntry,
	getManagedNetwork,
	listNetworkCategories,
	searchServicesForNetwork,
	serviceForEntry
} from '#lib/modules/network/index.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const q = url.searchParams.get('q') ?? '';
	const picked = url.searchParams.get('sluzba');
	const planned = url.searchParams.get('planovana') === '1';
	let managed, results, service;
	try {
		managed = await getManagedNetwork(locals.actor, params.id);
		results = q ? await searchServicesForNetwork(locals.actor, params.id, q) : [];
		service = picked ? await serviceForEntry(locals.actor, params.id, picked) : null;
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const n = managed.network;
	const categories = (await listNetworkCategories(n.regionAreaId)).filter(
		(c) =>
			(c.validFromYear === null || c.validFromYear <= n.year) &&
			(c.validToYear === null || c.validToYear >= n.year)
	);
	const title = m.net_nw_add_title({ year: String(n.year) });
	return {
		title,
		breadcrumbs: [
			{ label: m.net_nw_adm_title(), href: '/sit/sprava' },
			{ label: n.title, href: `/sit/sprava/${n.id}` },
			{ label: title }
		],
		heading: title,
		networkId: n.id,
		q,
		results,
		searched: q.length > 0,
		service,
		planned: planned && !service,
		categories: categories.map((c) => ({ value: c.id, label: c.name })),
		kinds: SERVICE_KINDS.filter((k) => !k.historical).map((k) => ({
			value: k.code,
			label: k.paragraph ? `§ ${k.paragraph} ${k.name}` : k.name
		})),
		defaults: {
			territoryCode: service?.orpCodes ?? [],
			territoryShare: service?.orpCodes.length
				? service.orpCodes.map((_, i, all) =>
						i === all.length - 1
							? String(
									Math.round(
										(100 - Math.floor(10000 / all.length / 100) * (all.length - 1)) * 100
									) / 100
								).replace('.', ',')
							: String(Math.floor(10000 / all.length) / 100).replace('.', ',')
					)
				: []
		}
	};
};

export const actions: Actions = {
	add: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let entry;
		try {
			entry = await addEntry(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_nw_entry_added({ name: String(values.name || entry.plannedName || '') })
		});
		redirect(303, `/sit/sprava/polozka/${entry.id}`);
	}
};
