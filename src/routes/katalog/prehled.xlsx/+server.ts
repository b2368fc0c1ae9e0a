/**
 * GET /katalog/prehled.xlsx — the planners' overview as XLSX (signed in; the page's query:
 * `uroven`, `uzemi`). 401 anonymous, 400 bad query.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import { formatDate, pragueDay } from '#lib/platform/i18n/format.ts';
import { capacityOverview, overviewXlsx } from '#lib/modules/catalogue/index.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	try {
		const overview = await capacityOverview(locals.actor, {
			level: url.searchParams.get('uroven') || undefined,
			areaId: url.searchParams.get('uzemi') || undefined
		});
		const data = await overviewXlsx(overview, formatDate(new Date(), 'cs'));
		return new Response(new Uint8Array(data), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-length': String(data.length),
				'content-disposition': contentDisposition(`přehled-kapacit-${pragueDay()}.xlsx`),
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		if (isAppError(caught)) {
			const fields =
				'fields' in caught ? Object.values(caught.fields as Record<string, string[]>).flat() : [];
			error(caught.status, fields.length ? fields.join(' ') : caught.message);
		}
		throw caught;
	}
};
