import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { actionPlanItems, activities, plans } from './plan.schema.ts';
import { createPlan } from './plan.service.server.ts';
import { writeMeasure, writePriority } from './plan.write.server.ts';
import { planFixture, measureFixture, type PlanFixture } from './plan.testing.server.ts';
import {
	approveActionPlan,
	createActionPlan,
	deleteActionPlan,
	getActionPlan,
	listActionPlans,
	reopenActionPlan,
	updateActionPlan
} from './actionplan.service.server.ts';
import { actionPlanFormToInput } from './actionplan.validation.ts';
import { getActionPlanFile } from './actionplan.export.server.ts';
import { getPlanDocx } from './plan.docx.server.ts';

useTestDatabase();

let f: PlanFixture;
let planId: string;
let m1: string, m2: string, activityId: string;

/** Visible text of document.xml, one string per paragraph. */
async function docxText(data: Uint8Array): Promise<string[]> {
	const zip = await JSZip.loadAsync(data);
	const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
		[...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
			.map((t) => (t[0] === '<w:tab/>' ? '\t' : t[1]))
			.join('')
			.replace(/&amp;/g, '&')
			.replace(/&quot;/g, '"')
	);
}

beforeAll(async () => {
	f = await planFixture();
	const plan = await createPlan(f.coordinator, {
		areaId: f.area,
		kind: 'komunitni_plan',
		title: 'Komunitní plán Valašskomeziříčska 2022–2024',
		periodFrom: 2022,
		periodTo: 2024,
		vision: 'Dostupné služby pro všechny.',
		responsibleBodyId: f.steering
	});
	planId = plan.id;
	await db().transaction(async (tx) => {
		const p = await writePriority(tx, f.coordinator, planId, {
			title: 'Pobytové služby pro seniory',
			targetGroupId: f.tgSeniors,
			responsibleBodyId: f.seniors
		});
		const a = await writeMeasure(tx, f.coordinator, planId, p.id, measureFixture());
		const b = await writeMeasure(
			tx,
			f.coordinator,
			planId,
			p.id,
			measureFixture({
				title: 'Odlehčovací služby',
				startYear: 2022,
				endYear: 2022,
				costs: [{ year: 2022, source: 'region', amount: 100000 }],
				indicators: [],
				activities: [],
				capacityChange: '',
				capacityUnit: ''
			})
		);
		m1 = a.id;
		m2 = b.id;
	});
	const [act] = await db().select().from(activities).where(eq(activities.measureId, m1));
	activityId = act.id;
});

describe('action plans', () => {
	it('permissions: create needs plans.manage, reading a draft needs plans.read', async () => {
		await expect(createActionPlan(ANONYMOUS, planId, { year: 2023 })).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(createActionPlan(f.member, planId, { year: 2023 })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			createActionPlan(f.otherCoordinator, planId, { year: 2023 })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(listActionPlans(ANONYMOUS, planId)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(listActionPlans(f.provider, planId)).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('bad input: year outside the period, not a year, duplicate', async () => {
		await expect(createActionPlan(f.coordinator, planId, { year: 2027 })).rejects.toMatchObject({
			fields: { year: ['Rok 2027 je mimo období plánu 2022–2024.'] }
		});
		await expect(createActionPlan(f.coordinator, planId, { year: 'abc' })).rejects.toBeInstanceOf(
			ValidationError
		);
	});

	it('create pre-selects the measures of the year with default costs; edit, approve, reopen', async () => {
		const created = await createActionPlan(f.coordinator, planId, { year: 2023 });
		await expect(createActionPlan(f.coordinator, planId, { year: 2023 })).rejects.toMatchObject({
			fields: { year: ['Akční plán na rok 2023 už existuje.'] }
		});
		const view = await getActionPlan(f.member, planId, 2023);
		expect(view.actionPlan).toMatchObject({
			id: created.id,
			title: 'Akční plán na rok 2023',
			status: 'draft'
		});
		// m2 runs only in 2022: not a candidate; m1 with its activity (due 2022) not either
		expect(
			view.items.map((i) => [i.number, i.defaultCost, i.effectiveCost, i.plannedCapacity])
		).toEqual([['1.1', 1234500.5, 1234500.5, 30]]);
		expect(view.candidates.map((c) => c.key)).toEqual([`m:${m1}`]);
		expect(view.canManage).toBe(false);
		expect(view.totals).toEqual({
			cost: 1234500.5,
			bySource: [{ source: 'state_101a', amount: 1234500.5 }],
			items: 1
		});

		// 2022: the activity (due 2022) is selectable
		await createActionPlan(f.coordinator, planId, { year: 2022, title: 'AP 2022' });
		const ap22 = await getActionPlan(f.coordinator, planId, 2022);
		expect(ap22.candidates.map((c) => c.key)).toEqual([`m:${m1}`, `a:${activityId}`, `m:${m2}`]);
		const form = {
			title: 'Akční plán 2022',
			introduction: 'Úvod',
			version: String(ap22.actionPlan.version),
			selected: [`m:${m2}`, `a:${activityId}`],
			[`measure.m:${m2}`]: m2,
			[`cost.m:${m2}`]: '90 000,50',
			[`note.m:${m2}`]: 'kraj',
			[`sort.m:${m2}`]: '1',
			[`measure.a:${activityId}`]: m1,
			[`cost.a:${activityId}`]: '5 000',
			[`sort.a:${activityId}`]: '2'
		};
		const bad = { ...form, [`cost.m:${m2}`]: 'hodně' };
		await expect(
			updateActionPlan(f.coordinator, planId, 2022, actionPlanFormToInput(bad))
		).rejects.toMatchObject({ fields: { [`cost.m:${m2}`]: ['Zadejte číslo, např. 1 234,50.'] } });
		await expect(
			updateActionPlan(f.member, planId, 2022, actionPlanFormToInput(form))
		).rejects.toBeInstanceOf(ForbiddenError);
		await updateActionPlan(f.coordinator, planId, 2022, actionPlanFormToInput(form));
		await expect(
			updateActionPlan(f.coordinator, planId, 2022, actionPlanFormToInput(form))
		).rejects.toBeInstanceOf(ConflictError);
		const edited = await getActionPlan(f.coordinator, planId, 2022);
		expect(edited.actionPlan).toMatchObject({ title: 'Akční plán 2022', introduction: 'Úvod' });
		expect(
			edited.items.map((i) => [i.key, i.plannedCost, i.effectiveCost, i.note, i.sort])
		).toEqual([
			[`m:${m2}`, 90000.5, 90000.5, 'kraj', 1],
			[`a:${activityId}`, 5000, 5000, null, 2]
		]);
		expect(edited.totals.cost).toBe(95000.5);
		// a measure not running that year is refused
		await expect(
			updateActionPlan(f.coordinator, planId, 2023, {
				title: 'x',
				version: 1,
				items: [{ measureId: m2 }]
			})
		).rejects.toMatchObject({
			fields: {
				_form: ['Vybrané opatření nebo aktivita v roce 2023 neprobíhá nebo do plánu nepatří.']
			}
		});

		await expect(
			approveActionPlan(f.coordinator, planId, 2022, {
				approvedByLabel: '',
				approvedOn: '2022-02-30',
				version: edited.actionPlan.version
			})
		).rejects.toMatchObject({
			fields: { approvedByLabel: expect.any(Array), approvedOn: expect.any(Array) }
		});
		await approveActionPlan(f.coordinator, planId, 2022, {
			approvedByLabel: 'Rada města, usnesení č. 12/2022',
			approvedOn: '2022-01-20',
			version: edited.actionPlan.version
		});
		const approved = await getActionPlan(f.coordinator, planId, 2022);
		expect(approved.actionPlan).toMatchObject({ status: 'approved', approvedOn: '2022-01-20' });
		await expect(
			updateActionPlan(f.coordinator, planId, 2022, {
				...actionPlanFormToInput(form),
				version: String(approved.actionPlan.version)
			})
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			deleteActionPlan(f.coordinator, planId, 2022, { version: approved.actionPlan.version })
		).rejects.toBeInstanceOf(ValidationError);

		const list = await listActionPlans(f.coordinator, planId);
		expect(
			list.years.map((y) => [y.year, y.actionPlan?.status ?? null, y.actionPlan?.items ?? 0])
		).toEqual([
			[2022, 'approved', 2],
			[2023, 'draft', 1],
			[2024, null, 0]
		]);
		expect(list.canManage).toBe(true);
	});

	it('public read: an approved action plan of a public plan only', async () => {
		await expect(getActionPlan(ANONYMOUS, planId, 2022)).rejects.toBeInstanceOf(UnauthorizedError);
		await db().update(plans).set({ status: 'in_force' }).where(eq(plans.id, planId));
		const pub = await getActionPlan(ANONYMOUS, planId, 2022);
		expect(pub.canManage).toBe(false);
		await expect(getActionPlan(ANONYMOUS, planId, 2023)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(getActionPlan(ANONYMOUS, planId, 2024)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(getActionPlan(f.coordinator, planId, 2024)).rejects.toBeInstanceOf(NotFoundError);
		await db().update(plans).set({ status: 'preparation' }).where(eq(plans.id, planId));
	});

	it('exports: XLSX read back, DOCX content', async () => {
		const xlsx = await getActionPlanFile(f.coordinator, planId, 2022, 'xlsx');
		expect(xlsx.filename).toBe('akční-plán-2022.xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(
			xlsx.data.buffer.slice(
				xlsx.data.byteOffset,
				xlsx.data.byteOffset + xlsx.data.byteLength
			) as ArrayBuffer
		);
		const ws = wb.getWorksheet('Akční plán')!;
		expect(ws.getCell('A1').value).toBe('Akční plán 2022');
		expect(ws.getCell('A3').value).toBe('Schváleno: Rada města, usnesení č. 12/2022, 20. 1. 2022');
		expect((ws.getRow(5).values as unknown[]).slice(1, 8)).toEqual([
			'Pořadí',
			'Priorita',
			'Číslo',
			'Opatření / aktivita',
			'Odpovědnost',
			'Doba realizace',
			'Plánované náklady (Kč)'
		]);
		expect(ws.getCell('C6').value).toBe('1.2');
		expect(ws.getCell('G6').value).toBe(90000.5);
		expect(ws.getCell('G6').numFmt).toBe('#,##0.00 "Kč"');
		expect(ws.getCell('D7').value).toBe('Aktivita: Projektová dokumentace');
		expect(ws.getCell('G8').value).toBe(95000.5);
		expect(wb.getWorksheet('Financování')!.getCell('A2').value).toBe(
			'Upravené částky a aktivity (bez členění podle zdrojů)'
		);

		const docx = await getActionPlanFile(f.coordinator, planId, 2022, 'docx');
		const text = await docxText(docx.data);
		expect(text[0]).toBe('Akční plán 2022');
		expect(text).toContain('Stav:\tschválený – Rada města, usnesení č. 12/2022, 20. 1. 2022');
		expect(text).toContain('Opatření a aktivity na rok 2022');
		expect(text.map((t) => t.replace(/\u00a0/g, ' '))).toContain('95 000,50 Kč');
	});

	it('plan DOCX: title page, measure cards, cost tables; 401 for the public while in preparation', async () => {
		await expect(getPlanDocx(ANONYMOUS, planId)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(getPlanDocx(f.provider, planId)).rejects.toBeInstanceOf(ForbiddenError);
		const { data, filename } = await getPlanDocx(f.member, planId);
		expect(filename).toBe('plán-2022-2024.docx');
		const text = await docxText(data);
		expect(text[0]).toBe('Komunitní plán Valašskomeziříčska 2022–2024');
		expect(text).toContain('Pracovní verze – plán dosud nebyl schválen.');
		expect(text).toContain('Vize');
		expect(text).toContain('Dostupné služby pro všechny.');
		expect(text).toContain('Priorita 1 Pobytové služby pro seniory');
		expect(text).toContain('Opatření 1.1 Navýšení kapacity pobytových služeb pro seniory');
		expect(text).toContain('Změna kapacity:\t+30 lůžek');
		expect(text).toContain('Druhy služeb:\t§ 49 Domovy pro seniory');
		expect(text).toContain('Doba realizace:\t2022–2024');
		expect(text).toContain('Počet lůžek');
		expect(text).toContain('120 (2021)');
		expect(text).toContain('1.1.1');
		expect(text).toContain('Souhrn předpokládaných nákladů');
		// 1 234 500,50 + 800 000 + 100 000 (no-break spaces)
		expect(text.map((t) => t.replace(/\u00a0/g, ' '))).toContain('2 134 500,50 Kč');
		await db().update(plans).set({ status: 'in_force' }).where(eq(plans.id, planId));
		const pub = await getPlanDocx(ANONYMOUS, planId);
		expect((await docxText(pub.data))[0]).toBe('Komunitní plán Valašskomeziříčska 2022–2024');
		await db().update(plans).set({ status: 'preparation' }).where(eq(plans.id, planId));
	});

	it('reopen and delete a draft', async () => {
		const ap = await getActionPlan(f.coordinator, planId, 2022);
		await reopenActionPlan(f.coordinator, planId, 2022, { version: ap.actionPlan.version });
		const reopened = await getActionPlan(f.coordinator, planId, 2022);
		expect(reopened.actionPlan).toMatchObject({ status: 'draft', approvedOn: null });
		await deleteActionPlan(f.coordinator, planId, 2022, { version: reopened.actionPlan.version });
		await expect(getActionPlan(f.coordinator, planId, 2022)).rejects.toBeInstanceOf(NotFoundError);
		expect(
			await db()
				.select()
				.from(actionPlanItems)
				.where(eq(actionPlanItems.actionPlanId, ap.actionPlan.id))
		).toEqual([]);
	});
});
