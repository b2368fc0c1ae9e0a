/**
 * Shared response of the report downloads: people working on the plan get the live report of any
 * year (a draft while the year is open), everybody else the public report of a closed year.
 * 400 malformed plan id, 404 unknown plan or year, a plan never approved or a year not closed.
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actor } from '#lib/platform/access/actor.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import {
	getEvaluationForDownload,
	reportFileStem,
	type EvaluationReport
} from '#lib/modules/plans/index.ts';

export const REPORT_TYPES = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

export async function reportDownload(
	actor: Actor,
	params: { id: string; rok: string },
	kind: keyof typeof REPORT_TYPES,
	render: (report: EvaluationReport) => Promise<Uint8Array>
): Promise<Response> {
	if (!z.uuid().safeParse(params.id).success) error(400, 'Neplatný identifikátor plánu.');
	if (!/^\d{4}$/.test(params.rok)) error(400, 'Rok zadejte čtyřmi číslicemi, např. 2025.');
	try {
		const report = await getEvaluationForDownload(actor, params.id, params.rok);
		const data = await render(report);
		return new Response(new Uint8Array(data), {
			headers: {
				'content-type': REPORT_TYPES[kind],
				'content-length': String(data.length),
				'content-disposition': contentDisposition(`${reportFileStem(report)}.${kind}`),
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
}
