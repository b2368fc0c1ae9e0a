import { eq } from 'drizzle-orm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import {
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { findFile } from '#lib/platform/files/files.service.server.ts';
import { localStorage, setStorage } from '#lib/platform/files/files.storage.server.ts';
import { targetGroups } from '#lib/modules/organisation/index.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import {
	activities,
	indicators,
	measureCosts,
	measures,
	plans,
	priorities
} from './plan.schema.ts';
import { createPlan } from './plan.service.server.ts';
import { planFixture, type PlanFixture } from './plan.testing.server.ts';
import {
	confirmImport,
	getImportPage,
	planImportTemplate,
	uploadImportFile,
	writeImport
} from './import.service.server.ts';
import { parsePlanWorkbook, type ParsedMeasure } from './import.parse.server.ts';
import { workbook } from './import.testing.ts';

useTestDatabase();

let f: PlanFixture;
let root: string;
let planId: string;

const xlsx = (bytes: Uint8Array, name = 'plan.xlsx') =>
	new File([bytes as BlobPart], name, {
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	});

function rows(tgSeniors: string, tgFamily: string, wg: string) {
	return {
		priorities: [
			['1', 'Pobytové služby pro seniory', 'Popis', tgSeniors, wg],
			['2', 'Rodiny', null, tgFamily, null]
		],
		measures: [
			[
				'1.1',
				'1',
				'Navýšení kapacity pobytových služeb pro seniory',
				'Nové oddělení',
				null,
				'Město',
				null,
				2022,
				2023,
				'§ 49',
				tgSeniors,
				30,
				'lůžka',
				'ne',
				4500000,
				'1 200 000,50',
				300000
			],
			[
				'2.1',
				'2',
				'Sanace rodiny',
				null,
				null,
				null,
				null,
				2023,
				2024,
				'65',
				null,
				'-1,5',
				'úvazky',
				'ano'
			]
		],
		indicators: [['1.1', 'Počet lůžek', 'lůžka', 120, 2021, 'růst', 135, 150]],
		activities: [['1.1', '', 'Projektová dokumentace', null, 'Odbor investic', 2022]]
	};
}

async function count(table: typeof priorities | typeof measures) {
	return (await db().select({ id: table.id }).from(table).where(eq(table.planId, planId))).length;
}

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'souhra-import-'));
	setStorage(localStorage(root));
	f = await planFixture();
	const plan = await createPlan(f.coordinator, {
		areaId: f.area,
		kind: 'komunitni_plan',
		title: 'Komunitní plán 2022–2024',
		periodFrom: 2022,
		periodTo: 2024
	});
	planId = plan.id;
});

afterAll(async () => {
	setStorage(undefined);
	await rm(root, { recursive: true, force: true });
});

describe('XLSX import', () => {
	it('permissions: anonymous 401, a member 403; template for the plan period', async () => {
		await expect(getImportPage(ANONYMOUS, planId)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(getImportPage(f.member, planId)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			uploadImportFile(f.member, planId, { file: xlsx(await workbook()) })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(confirmImport(f.provider, planId, {})).rejects.toBeInstanceOf(ForbiddenError);
		const template = await planImportTemplate(f.coordinator, planId);
		expect(template.filename).toBe('šablona-plánu-2022-2024.xlsx');
		const parsed = await parsePlanWorkbook(new Uint8Array(template.data), {
			periodFrom: 2022,
			periodTo: 2024,
			targetGroups: [],
			bodies: [],
			existingPriorities: [],
			existingMeasureNumbers: []
		});
		expect(parsed.errors.every((e) => /ukázkový řádek|cílová skupina/.test(e.message))).toBe(true);
	});

	it('bad input: no file, not XLSX, confirm without upload', async () => {
		await expect(uploadImportFile(f.coordinator, planId, { file: null })).rejects.toMatchObject({
			fields: { file: ['Vyberte soubor XLSX s vyplněnou šablonou.'] }
		});
		await expect(
			uploadImportFile(f.coordinator, planId, {
				file: new File(['a;b'], 'plan.csv', { type: 'text/csv' })
			})
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			uploadImportFile(f.coordinator, planId, {
				file: new File(['not a zip'], 'plan.xlsx', {
					type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
				})
			})
		).rejects.toBeInstanceOf(ValidationError);
		await expect(confirmImport(f.coordinator, planId, {})).rejects.toBeInstanceOf(ValidationError);
		await expect(
			confirmImport(f.coordinator, planId, { fileId: crypto.randomUUID() })
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('preview with row errors saves nothing and cannot be confirmed', async () => {
		const bad = rows(
			(await tgName(f.tgSeniors)) as string,
			(await tgName(f.tgFamily)) as string,
			'Senioři'
		);
		bad.measures[1][8] = 2027;
		const { fileId } = await uploadImportFile(f.coordinator, planId, {
			file: xlsx(await workbook(bad))
		});
		const page = await getImportPage(f.coordinator, planId, { fileId });
		expect(page.preview?.errors.map((e) => e.message)).toEqual([
			'List Opatření, řádek 3: rok 2027 je mimo období plánu 2022–2024.'
		]);
		expect(page.preview?.counts).toEqual({
			priorities: 2,
			measures: 2,
			indicators: 1,
			activities: 1
		});
		expect(await count(priorities)).toBe(0);
		await expect(confirmImport(f.coordinator, planId, { fileId })).rejects.toMatchObject({
			status: 400,
			fields: { _form: ['List Opatření, řádek 3: rok 2027 je mimo období plánu 2022–2024.'] }
		});
		expect(await count(priorities)).toBe(0);
		expect(await count(measures)).toBe(0);
	});

	it('confirm writes everything in one go from the stored upload and removes it', async () => {
		const good = rows(
			(await tgName(f.tgSeniors)) as string,
			(await tgName(f.tgFamily)) as string,
			'Senioři'
		);
		const { fileId } = await uploadImportFile(f.coordinator, planId, {
			file: xlsx(await workbook(good))
		});
		const page = await getImportPage(f.coordinator, planId, { fileId });
		expect(page.preview?.errors).toEqual([]);
		expect(page.preview?.measures[0]).toMatchObject({
			number: '1.1',
			years: '2022–2023',
			totalCost: 6000000.5,
			indicators: 1,
			activities: 1
		});
		const summary = await confirmImport(f.coordinator, planId, { fileId });
		expect(summary).toEqual({
			priorities: 2,
			measures: 2,
			indicators: 1,
			activities: 1,
			replaced: false
		});
		expect(await findFile(fileId)).toBeUndefined();
		const ps = await db().select().from(priorities).where(eq(priorities.planId, planId));
		expect(ps.map((p) => [p.number, p.responsibleBodyId, p.targetGroupId])).toEqual([
			['1', f.seniors, f.tgSeniors],
			['2', null, f.tgFamily]
		]);
		const ms = await db().select().from(measures).where(eq(measures.planId, planId));
		expect(ms.map((m) => [m.number, m.capacityChange, m.capacityDecrease, m.serviceKinds])).toEqual(
			[
				['1.1', '30.00', false, ['49']],
				['2.1', '-1.50', true, ['65']]
			]
		);
		const costs = await db().select().from(measureCosts).where(eq(measureCosts.planId, planId));
		expect(costs.map((c) => Number(c.amount)).sort((a, b) => a - b)).toEqual([
			300000, 1200000.5, 4500000
		]);
		expect(await db().select().from(indicators).where(eq(indicators.planId, planId))).toHaveLength(
			1
		);
		expect(
			(await db().select().from(activities).where(eq(activities.planId, planId))).map(
				(a) => a.number
			)
		).toEqual(['1.1.1']);
		// audited through the writers
		const audited = await db()
			.select({ type: auditLog.entityType })
			.from(auditLog)
			.where(eq(auditLog.entityId, ms[0].id));
		expect(audited.map((a) => a.type)).toContain('plans.measure');
		// confirming the same upload again: it is gone
		await expect(confirmImport(f.coordinator, planId, { fileId })).rejects.toBeInstanceOf(
			NotFoundError
		);
	});

	it('existing numbers are refused; measures may join an existing priority', async () => {
		const again = rows((await tgName(f.tgSeniors)) as string, '', '');
		const { fileId } = await uploadImportFile(f.coordinator, planId, {
			file: xlsx(await workbook({ ...again, indicators: [], activities: [] }))
		});
		const page = await getImportPage(f.coordinator, planId, { fileId });
		expect(page.preview?.errors.map((e) => e.message)).toContain(
			'List Opatření, řádek 2: opatření číslo 1.1 už v plánu je; import nic nepřepisuje.'
		);
		const extra = await workbook({
			priorities: [],
			measures: [['1.2', '1', 'Odlehčovací služby', null, null, null, null, 2024, 2024, '§ 44']],
			indicators: [],
			activities: []
		});
		const second = await uploadImportFile(f.coordinator, planId, { file: xlsx(extra) });
		expect(await findFile(fileId)).toBeUndefined(); // the older upload was replaced
		await confirmImport(f.coordinator, planId, { fileId: second.fileId });
		expect(await count(measures)).toBe(3);
	});

	it('a failing row inside the transaction rolls back everything written before it', async () => {
		const plan = (await db().select().from(plans).where(eq(plans.id, planId)))[0];
		const good: ParsedMeasure = {
			row: 2,
			number: '5.1',
			priorityNumber: '5',
			title: 'Dobré opatření',
			description: null,
			rationale: null,
			responsibleText: null,
			partners: null,
			startYear: 2022,
			endYear: 2022,
			serviceKinds: [],
			targetGroups: [],
			capacityChange: null,
			capacityUnit: null,
			capacityDecrease: false,
			costs: [],
			indicators: [],
			activities: []
		};
		const before = { p: await count(priorities), m: await count(measures) };
		const attempt = db().transaction((tx) =>
			writeImport(
				tx,
				f.coordinator,
				plan,
				{
					priorities: [
						{
							row: 2,
							number: '5',
							title: 'Nová',
							description: null,
							targetGroup: null,
							responsibleBody: null
						}
					],
					measures: [good, { ...good, row: 3, number: '5.2', startYear: 2030, endYear: 2030 }]
				},
				{ replace: false, existingPriorities: [] }
			)
		);
		await expect(attempt).rejects.toMatchObject({
			status: 400,
			message: expect.stringMatching(/^List Opatření, řádek 3: /)
		});
		expect({ p: await count(priorities), m: await count(measures) }).toEqual(before);
	});

	it('replace structure only for a plan in preparation', async () => {
		const fresh = await workbook({
			priorities: [['1', 'Jediná priorita', null, null, null]],
			measures: [['1.1', '1', 'Jediné opatření', null, null, null, null, 2022, 2024]],
			indicators: [],
			activities: []
		});
		const { fileId, replace } = await uploadImportFile(f.coordinator, planId, {
			file: xlsx(fresh),
			replace: '1'
		});
		expect(replace).toBe(true);
		const page = await getImportPage(f.coordinator, planId, { fileId, replace: '1' });
		expect(page.preview?.errors).toEqual([]);
		expect(page.preview?.replacing).toEqual({ priorities: 2, measures: 3 });
		const summary = await confirmImport(f.coordinator, planId, { fileId, replace: '1' });
		expect(summary.replaced).toBe(true);
		expect(await count(priorities)).toBe(1);
		expect(await count(measures)).toBe(1);
		// a draft plan: replace is not offered and ignored
		await db().update(plans).set({ status: 'draft' }).where(eq(plans.id, planId));
		const draft = await uploadImportFile(f.coordinator, planId, {
			file: xlsx(fresh),
			replace: '1'
		});
		expect(draft.replace).toBe(false);
		// an approved plan refuses imports
		await db().update(plans).set({ status: 'in_force' }).where(eq(plans.id, planId));
		await expect(
			uploadImportFile(f.coordinator, planId, { file: xlsx(fresh) })
		).rejects.toBeInstanceOf(ValidationError);
		const locked = await getImportPage(f.coordinator, planId, { fileId: draft.fileId });
		expect(locked).toMatchObject({ editable: false, preview: null });
		await db().update(plans).set({ status: 'preparation' }).where(eq(plans.id, planId));
	});
});

async function tgName(id: string): Promise<string> {
	const [row] = await db().select().from(targetGroups).where(eq(targetGroups.id, id));
	return row.name;
}
