import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import {
	createConsultation,
	getConsultationAdmin,
	publishSettlement,
	settleComment
} from '#lib/modules/participation/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the participation module, kept out of its public door
import {
	consultationFixture,
	planConsultationInput,
	type ConsultationFixture
} from '#lib/modules/participation/consultation.testing.server.ts';
import * as collection from './+server.ts';
import * as item from './[id]/+server.ts';
import * as comments from './[id]/comments/+server.ts';
import * as docx from './[id]/settlement.docx/+server.ts';
import * as xlsx from './[id]/settlement.xlsx/+server.ts';

useTestDatabase();

let f: ConsultationFixture;
beforeAll(async () => {
	f = await consultationFixture();
});

describe('/api/v1/consultations', () => {
	it('POST: 401 anonymous, 403 wrong role, 400 bad input, 201 with sections', async () => {
		const body: Record<string, unknown> = { ...planConsultationInput(f), identityRequired: false };
		const anon = await callEndpoint(collection.POST, {
			url: '/api/v1/consultations',
			method: 'POST',
			body
		});
		expect(anon.status).toBe(401);
		const member = await callEndpoint(collection.POST, {
			url: '/api/v1/consultations',
			method: 'POST',
			body,
			actor: f.member
		});
		expect(member.status).toBe(403);
		const bad = await callEndpoint(collection.POST, {
			url: '/api/v1/consultations',
			method: 'POST',
			body: { ...body, closesOn: body.opensOn as string },
			actor: f.coordinator
		});
		expect(bad.status).toBe(400);
		expect(JSON.stringify(bad.json)).toContain('alespoň 2 týdny');
		const ok = await callEndpoint(collection.POST, {
			url: '/api/v1/consultations',
			method: 'POST',
			body,
			actor: f.coordinator
		});
		expect(ok.status).toBe(201);
		expect(ok.json.phase).toBe('open');
		expect((ok.json.sections as unknown[]).length).toBe(6);
		const list = await callEndpoint(collection.GET, { url: '/api/v1/consultations' });
		expect(list.status).toBe(200);
		expect(list.json.total).toBeGreaterThanOrEqual(1);
		const one = await callEndpoint(item.GET, {
			url: `/api/v1/consultations/${ok.json.id}`,
			params: { id: ok.json.id as string }
		});
		expect(one.status).toBe(200);
		const missing = await callEndpoint(item.GET, {
			url: '/api/v1/consultations/x',
			params: { id: 'x' }
		});
		expect(missing.status).toBe(400);
	});

	it('comments: public POST, 400 on bad text, listing 401/403 before publication', async () => {
		const c = await createConsultation(f.coordinator, planConsultationInput(f));
		const url = `/api/v1/consultations/${c.id}/comments`;
		const params = { id: c.id };
		const created = await callEndpoint(comments.POST, {
			url,
			method: 'POST',
			params,
			body: { text: 'Doplnit víkendový provoz.', publishName: true, authorName: 'Eva' }
		});
		expect(created.status).toBe(201);
		expect(created.json.number).toBe(1);
		const empty = await callEndpoint(comments.POST, {
			url,
			method: 'POST',
			params,
			body: { text: '' }
		});
		expect(empty.status).toBe(400);
		const staffAnon = await callEndpoint(comments.POST, {
			url,
			method: 'POST',
			params,
			body: { text: 'Dopis', channel: 'paper', receivedOn: c.opensOn }
		});
		expect(staffAnon.status).toBe(401);
		const staffMember = await callEndpoint(comments.POST, {
			url,
			method: 'POST',
			params,
			actor: f.member,
			body: { text: 'Dopis', channel: 'paper', receivedOn: c.opensOn }
		});
		expect(staffMember.status).toBe(403);
		const staff = await callEndpoint(comments.POST, {
			url,
			method: 'POST',
			params,
			actor: f.coordinator,
			body: { text: 'Dopis', channel: 'paper', receivedOn: c.opensOn }
		});
		expect(staff.status).toBe(201);
		expect((await callEndpoint(comments.GET, { url, params })).status).toBe(401);
		expect((await callEndpoint(comments.GET, { url, params, actor: f.member })).status).toBe(403);
		const full = await callEndpoint(comments.GET, { url, params, actor: f.coordinator });
		expect(full.status).toBe(200);
		expect(full.json.total).toBe(2);
		expect((await callEndpoint(docx.GET, { url, params })).status).toBe(404);
	});

	it('settlement DOCX/XLSX after publication', async () => {
		const c = await createConsultation(f.coordinator, planConsultationInput(f, 'closed'));
		const url = `/api/v1/consultations/${c.id}/comments`;
		const params = { id: c.id };
		await callEndpoint(comments.POST, {
			url,
			method: 'POST',
			params,
			actor: f.coordinator,
			body: {
				text: 'Rozšířit klub.',
				channel: 'email',
				receivedOn: c.closesOn,
				authorName: 'Tajný Podatel'
			}
		});
		const admin = await getConsultationAdmin(f.coordinator, c.id);
		await settleComment(f.coordinator, c.id, admin.comments[0].id, {
			status: 'rejected',
			justification: 'Mimo rozsah plánu.',
			version: admin.comments[0].version
		});
		await publishSettlement(f.coordinator, c.id, c.version);
		const list = await callEndpoint(comments.GET, { url, params });
		expect(list.status).toBe(200);
		const first = (list.json.items as Record<string, unknown>[])[0];
		expect(first).toMatchObject({ author: 'Fyzická osoba', authorName: null, status: 'rejected' });
		const d = await callEndpoint(docx.GET, { url, params });
		expect(d.status).toBe(200);
		const xml = await (await JSZip.loadAsync(d.bytes)).file('word/document.xml')!.async('string');
		expect(xml).toContain('Mimo rozsah plánu.');
		expect(xml).not.toContain('Tajný Podatel');
		const x = await callEndpoint(xlsx.GET, { url, params });
		expect(x.status).toBe(200);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(x.bytes as never);
		expect(wb.getWorksheet('Vypořádání')!.getRow(7).getCell(9).value).toBe('neakceptováno');
	});
});
