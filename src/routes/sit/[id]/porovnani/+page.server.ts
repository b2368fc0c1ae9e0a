/** /sit/<id>/porovnani?s=<otherId> — comparison of two years of a region's network: entered, left, changed. */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { isAppError } from '#lib/platform/http/errors.ts';
import { compareNetworks } from '#lib/modules/network/index.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	let cmp;
	try {
		cmp = await compareNetworks(locals.actor, params.id, url.searchParams.get('s') ?? '');
	} catch (caught) {
		if (isAppError(caught)) {
			const fields = 'fields' in caught ? (caught.fields as Record<string, string[]>) : {};
			error(caught.status, Object.values(fields).flat()[0] ?? caught.message);
		}
		throw caught;
	}
	const [older, newer] =
		cmp.base.year <= cmp.other.year ? [cmp.base, cmp.other] : [cmp.other, cmp.base];
	const title = m.net_nw_cmp_title({ a: String(older.year), b: String(newer.year) });
	return {
		title,
		breadcrumbs: [
			{ label: m.net_nw_title(), href: '/sit' },
			{ label: cmp.base.title, href: `/sit/${cmp.base.id}` },
			{ label: title }
		],
		heading: `${title} – ${cmp.regionName}`,
		baseId: cmp.base.id,
		older: older.year,
		newer: newer.year,
		entered: cmp.entered,
		left: cmp.left,
		changed: cmp.changed,
		unchanged: cmp.unchanged
	};
};
