/** Shared response of the settlement downloads (DOCX, XLSX) of the consultation pages. */
import { error } from '@sveltejs/kit';
import type { Actor } from '#lib/platform/access/actor.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import { getSettlementFile } from '#lib/modules/participation/index.ts';

const TYPES = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

export async function settlementDownload(
	actor: Actor,
	id: string,
	format: 'docx' | 'xlsx'
): Promise<Response> {
	try {
		const file = await getSettlementFile(actor, id, format);
		return new Response(new Uint8Array(file.data), {
			headers: {
				'content-type': TYPES[format],
				'content-length': String(file.data.byteLength),
				'content-disposition': contentDisposition(file.filename),
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
}
