/** /sit/sprava/<id> — one network for the kraj coordinator: details, publish with decision, entries, history. */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale, pragueDay } from '#lib/platform/i18n/format.ts';
import {
	getManagedNetwork,
	getNetworkDetail,
	networkHistoryView,
	publishNetwork,
	territoryText,
	unpublishNetwork,
	updateNetwork
} from '#lib/modules/network/index.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	let managed, detail;
	try {
		managed = await getManagedNetwork(locals.actor, params.id);
		detail = await getNetworkDetail(locals.actor, params.id, {
			q: url.searchParams.get('q'),
			page: Number(url.searchParams.get('strana')) || 1
		});
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const n = managed.network;
	return {
		title: n.title,
		breadcrumbs: [
			{ label: m.net_nw_title(), href: '/sit' },
			{ label: m.net_nw_adm_title(), href: '/sit/sprava' },
			{ label: n.title }
		],
		regionName: managed.regionName,
		network: {
			id: n.id,
			year: n.year,
			title: n.title,
			status: n.status,
			decisionRef: n.decisionRef ?? '',
			decidedOn: n.decidedOn ?? '',
			feedbackDeadline: n.feedbackDeadline ?? '',
			note: n.note ?? '',
			version: n.version
		},
		today: pragueDay(),
		entries: detail.entries.map((e) => ({
			id: e.id,
			name: e.name,
			planned: e.planned,
			providerName: e.providerName,
			kindLabel: e.kindLabel,
			categoryName: e.categoryName,
			capacity: e.capacity,
			territory: territoryText(e.territory)
		})),
		total: detail.total,
		page: detail.page,
		pageCount: detail.pageCount,
		q: url.searchParams.get('q') ?? '',
		history: networkHistoryView(
			managed.history,
			currentLocale(),
			new Map(detail.categories.map((c) => [c.id, c.name]))
		)
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await updateNetwork(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, { ...values, form: 'save' });
		}
		setFlash(cookies, { type: 'success', message: m.net_nw_adm_saved() });
		redirect(303, `/sit/sprava/${params.id}`);
	},
	publish: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await publishNetwork(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, { ...values, form: 'publish' });
		}
		setFlash(cookies, { type: 'success', message: m.net_nw_adm_published() });
		redirect(303, `/sit/sprava/${params.id}`);
	},
	unpublish: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await unpublishNetwork(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, {});
		}
		setFlash(cookies, { type: 'success', message: m.net_nw_adm_unpublished() });
		redirect(303, `/sit/sprava/${params.id}`);
	}
};
