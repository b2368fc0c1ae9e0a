/** Shared response of the plans-io file routes (template, action plan, plan DOCX). */
import { error } from '@sveltejs/kit';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Send bytes as a download; AppErrors become Czech error pages (401/403/404/400). */
export async function fileResponse(
	make: () => Promise<{ data: Uint8Array; filename: string; contentType: string }>,
	cache: 'private' | 'public' = 'private'
): Promise<Response> {
	try {
		const { data, filename, contentType } = await make();
		return new Response(new Uint8Array(data), {
			headers: {
				'content-type': contentType,
				'content-length': String(data.length),
				'content-disposition': contentDisposition(filename),
				'cache-control': cache === 'public' ? 'public, max-age=3600' : 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
}

export const isPlanId = (id: string) =>
	/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
export const isYear = (y: string) => /^\d{4}$/.test(y);
