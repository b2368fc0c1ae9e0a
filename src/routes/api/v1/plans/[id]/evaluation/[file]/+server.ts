/**
 * GET /api/v1/plans/{id}/evaluation/{year}.docx|.pdf|.xlsx — the evaluation report of a year.
 * People working on the plan get any year (a draft while it is open); everybody else the public
 * report of a closed year of an approved plan. The platform's binary responses have one content
 * type per operation, so the response's content type is set from the extension afterwards.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { defineEndpoint, type ApiHandler } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	getEvaluationForDownload,
	renderEvaluationDocx,
	renderEvaluationPdf,
	renderEvaluationXlsx,
	reportFileStem
} from '#lib/modules/plans/index.ts';

const TYPES = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;
type Kind = keyof typeof TYPES;
const RENDER = { docx: renderEvaluationDocx, pdf: renderEvaluationPdf, xlsx: renderEvaluationXlsx };
const FILE = /^(\d{4})\.(docx|pdf|xlsx)$/;

const Params = z.object({
	id: z.uuid().meta({ description: 'Identifikátor plánu (UUID).' }),
	file: z
		.string()
		.regex(FILE, 'Zadejte rok a formát, např. 2025.docx, 2025.pdf nebo 2025.xlsx.')
		.meta({ description: 'Rok a formát zprávy: `2025.docx`, `2025.pdf` nebo `2025.xlsx`.' })
});

const endpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/plans/{id}/evaluation/{file}',
	summary: 'Hodnoticí zpráva za rok (DOCX, PDF, XLSX)',
	description:
		'Hodnoticí zpráva roku: souhrn, plnění priorit a opatření, ukazatele, financování plán/skutečnost. ' +
		'Formát určuje přípona (`2025.docx`, `2025.pdf`, `2025.xlsx`); odpověď má odpovídající Content-Type. ' +
		'Koordinátoři a členové odpovědných skupin dostanou kterýkoli rok období (neuzavřený jako NÁVRH), ' +
		'veřejnost jen uzavřené roky schválených plánů (jinak 404).',
	tags: ['Plány'],
	auth: 'public',
	params: Params,
	binary: {
		contentType: TYPES.docx,
		description: 'Zpráva jako DOCX, PDF nebo XLSX podle přípony.'
	},
	errors: [404],
	handler: async ({ actor, params }) => {
		const [, year, kind] = FILE.exec(params.file)! as unknown as [string, string, Kind];
		const report = await getEvaluationForDownload(actor, params.id, year);
		return { data: await RENDER[kind](report), filename: `${reportFileStem(report)}.${kind}` };
	}
});

export const GET: ApiHandler = Object.assign(
	async (event: RequestEvent) => {
		const response = await endpoint(event);
		const kind = FILE.exec(event.params.file ?? '')?.[2] as Kind | undefined;
		if (!response.ok || !kind) return response;
		const headers = new Headers(response.headers);
		headers.set('content-type', TYPES[kind]);
		return new Response(response.body, { status: response.status, headers });
	},
	{ operation: endpoint.operation }
);

export const fallback = methodNotAllowed(['GET']);
