import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
// eslint-disable-next-line no-restricted-imports -- test-only dataset of the meetings module, kept out of its public door
import {
	insertOutputsDataset,
	type OutputsDataset
} from '#lib/modules/meetings/outputs.testing.server.ts';
import { GET as docx } from './zapis.docx/+server.ts';
import { GET as pdf } from './zapis.pdf/+server.ts';
import { GET as sheet } from './prezencni-listina.pdf/+server.ts';

useTestDatabase();

let data: OutputsDataset;
beforeAll(async () => {
	data = await insertOutputsDataset();
});

type Handler = (event: never) => Response | Promise<Response>;
async function call(handler: Handler, id: string, actor: Actor): Promise<Response> {
	try {
		return await handler({
			params: { id },
			locals: { actor },
			url: new URL('http://localhost/')
		} as never);
	} catch (caught) {
		const status = (caught as { status?: number }).status;
		if (!status) throw caught;
		return new Response((caught as { body?: { message?: string } }).body?.message ?? '', {
			status
		});
	}
}

const UNKNOWN = '00000000-0000-4000-8000-00000000dead';

describe('GET /jednani/[id]/zapis.docx and zapis.pdf', () => {
	it('gives a reader of the body the draft as DOCX with a Czech file name', async () => {
		const res = await call(docx, data.meetingId, data.member);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		const disposition = res.headers.get('content-disposition')!;
		expect(disposition).toContain('filename="zapis-RPS-2015-11-18.docx"');
		expect(disposition).toContain("filename*=UTF-8''z%C3%A1pis-%C5%98PS-2015-11-18.docx");
		const zip = await JSZip.loadAsync(await res.arrayBuffer());
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('NÁVRH');
		expect(xml).toContain('Ivan Langr');
	});

	it('gives a PDF', async () => {
		const res = await call(pdf, data.meetingId, data.manager);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('content-disposition')).toContain('zapis-RPS-2015-11-18.pdf');
		expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
	});

	it('answers 401 to the public and 403 to an outsider while nothing is published', async () => {
		for (const handler of [docx, pdf]) {
			expect((await call(handler, data.meetingId, ANONYMOUS)).status).toBe(401);
			expect((await call(handler, data.meetingId, data.outsider)).status).toBe(403);
		}
	});

	it('answers 400 for a malformed id and 404 for an unknown meeting', async () => {
		for (const handler of [docx, pdf]) {
			expect((await call(handler, 'zapis', data.member)).status).toBe(400);
			expect((await call(handler, UNKNOWN, data.member)).status).toBe(404);
		}
	});
});

describe('GET /jednani/[id]/prezencni-listina.pdf', () => {
	it('gives the manager the attendance sheet', async () => {
		const res = await call(sheet, data.meetingId, data.manager);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('content-disposition')).toContain(
			"filename*=UTF-8''prezen%C4%8Dn%C3%AD-listina-%C5%98PS-2015-11-18.pdf"
		);
	});

	it('answers 401, 403, 400 and 404', async () => {
		expect((await call(sheet, data.meetingId, ANONYMOUS)).status).toBe(401);
		expect((await call(sheet, data.meetingId, data.member)).status).toBe(403);
		expect((await call(sheet, 'x', data.manager)).status).toBe(400);
		expect((await call(sheet, UNKNOWN, data.manager)).status).toBe(404);
	});
});
