/** /sit/sprava/polozka/<entryId> — edit or remove a service in a network; history of the entry. */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale, formatNumber } from '#lib/platform/i18n/format.ts';
import { SERVICE_KINDS } from '#lib/modules/catalogue/index.ts';
import {
	getManagedEntry,
	listNetworkCategories,
	networkHistoryView,
	removeEntry,
	updateEntry
} from '#lib/modules/network/index.ts';

const dec = (n: number | null | undefined) =>
	n === null || n === undefined ? '' : formatNumber(n).replace(/\s/g, ' ');

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	let found;
	try {
		found = await getManagedEntry(locals.actor, params.entryId);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const { entry: e, network: n } = found;
	const categories = await listNetworkCategories(n.regionAreaId);
	const cap = (form: string) => e.capacity.find((c) => c.form === form)?.amount;
	const title = m.net_nw_entry_edit_title({ name: e.name, year: String(n.year) });
	return {
		title,
		breadcrumbs: [
			{ label: m.net_nw_adm_title(), href: '/sit/sprava' },
			{ label: n.title, href: `/sit/sprava/${n.id}` },
			{ label: e.name }
		],
		heading: title,
		networkId: n.id,
		entry: {
			id: e.id,
			name: e.name,
			planned: e.planned,
			serviceId: e.serviceId,
			providerName: e.providerName,
			kindLabel: e.kindLabel,
			intentionId: e.intentionId,
			version: e.version
		},
		initial: {
			plannedName: e.planned ? e.name : '',
			kindCode: e.kindCode,
			categoryId: e.categoryId,
			capacityAmb: dec(cap('amb')),
			capacityPob: dec(cap('pob')),
			capacityTer: dec(cap('ter')),
			territoryCode: e.territory.map((t) => t.code),
			territoryShare: e.territory.map((t) => dec(t.sharePercent)),
			mandateRef: e.mandateRef ?? '',
			optimalSubsidy: dec(e.optimalSubsidy),
			realSubsidy: dec(e.realSubsidy),
			municipalCofinancing: dec(e.municipalCofinancing),
			decisionRef: e.decisionRef ?? '',
			note: e.note ?? ''
		},
		categories: categories.map((c) => ({ value: c.id, label: c.name })),
		kinds: SERVICE_KINDS.filter((k) => !k.historical).map((k) => ({
			value: k.code,
			label: k.paragraph ? `§ ${k.paragraph} ${k.name}` : k.name
		})),
		history: networkHistoryView(
			found.history,
			currentLocale(),
			new Map(categories.map((c) => [c.id, c.name]))
		)
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await updateEntry(locals.actor, params.entryId, values);
		} catch (caught) {
			return failFrom(caught, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_nw_entry_saved({ name: String(values.name ?? '') })
		});
		redirect(303, `/sit/sprava/polozka/${params.entryId}`);
	},
	remove: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let removed;
		try {
			removed = await removeEntry(locals.actor, params.entryId, values);
		} catch (caught) {
			return failFrom(caught, {});
		}
		setFlash(cookies, { type: 'success', message: m.net_nw_entry_removed() });
		redirect(303, `/sit/sprava/${removed.networkId}`);
	}
};
