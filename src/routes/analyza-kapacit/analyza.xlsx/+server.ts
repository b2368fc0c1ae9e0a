/**
 * GET /analyza-kapacit/analyza.xlsx?uzemi=&rok= — the capacity analysis as XLSX (streamed).
 * 401 anonymous, 403 without the read permission, 400 bad query.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import { analysisXlsxStream, capacityAnalysis } from '#lib/modules/network/index.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	try {
		const analysis = await capacityAnalysis(locals.actor, {
			areaId: url.searchParams.get('uzemi') ?? '',
			year: url.searchParams.get('rok') ?? ''
		});
		return new Response(analysisXlsxStream(analysis), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				'content-disposition': contentDisposition(
					`analyza-kapacit-${analysis.area.name}-${analysis.year}.xlsx`
				),
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
