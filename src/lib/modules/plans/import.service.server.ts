/**
 * XLSX import of a plan's structure: upload (kept as a platform file owned by the plan) →
 * preview (parse + every rule of the structure writers, row-level Czech errors, nothing saved) →
 * confirm (the same stored file parsed again on the server and written in ONE transaction through
 * `writePriority`/`writeMeasure`: all or nothing; the upload is removed with it).
 *
 * Existing numbers are refused. "Replace structure" (delete all priorities and measures first) is
 * offered only for a plan in preparation (docs/plan-import.md).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedDelete } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError, type FieldErrors } from '#lib/platform/http/errors.ts';
import { isUuid, listTargetGroups, bodies, areaLineage } from '#lib/modules/organisation/index.ts';
import {
	deleteFile,
	findFile,
	registerFileAccess,
	storeFile,
	type StoredFile
} from '#lib/platform/files/files.service.server.ts';
import { files } from '#lib/platform/files/files.schema.ts';
import { storage } from '#lib/platform/files/files.storage.server.ts';
import { measures, priorities } from './plan.schema.ts';
import {
	authorizeManagePlan,
	canManagePlan,
	findPlan,
	type PlanRow
} from './plan.access.server.ts';
import {
	activityInput,
	indicatorInput,
	measureInput,
	measurePeriodErrors,
	priorityInput
} from './plan.validation.ts';
import {
	assertEditable,
	ENTITY,
	NOT_EDITABLE_MESSAGE,
	writeMeasure,
	writePriority
} from './plan.write.server.ts';
import { EDITABLE_PLAN_STATUSES, type PlanStatus } from './plan.tree.ts';
import {
	IMPORT_MAX_BYTES,
	parsePlanWorkbook,
	type ImportContext,
	type ImportIssue,
	type ImportResult,
	type ParsedMeasure,
	type ParsedPriority
} from './import.parse.server.ts';
import {
	ACTIVITY_COLUMNS,
	INDICATOR_COLUMNS,
	MEASURE_COLUMNS,
	PRIORITY_COLUMNS,
	SHEET_MEASURES,
	SHEET_PRIORITIES,
	type ColumnDef
} from './import.columns.ts';
import { buildPlanTemplate } from './import.template.server.ts';
import { fields } from '#lib/platform/http/validation.ts';
import { z } from 'zod';
import { pragueYear } from '#lib/platform/i18n/format.ts';

/** Owner type of uploaded import files (platform files). */
export const IMPORT_FILE_OWNER = 'plans.import';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

registerFileAccess(IMPORT_FILE_OWNER, async (actor, file) => {
	if (!isUuid(file.ownerId)) return false;
	const plan = await findPlan(file.ownerId).catch(() => undefined);
	return !!plan && (await canManagePlan(actor, plan));
});

/** Only a plan in preparation may have its whole structure replaced. */
export const canReplaceStructure = (status: PlanStatus) => status === 'preparation';

// ── zod checks of the writers, as row messages ──

function headerOf(defs: ColumnDef[], key: string): string | undefined {
	return defs.find((d) => d.key === key)?.header;
}

const MEASURE_FIELD_COLUMNS: Record<string, string> = {
	number: 'number',
	title: 'title',
	description: 'description',
	rationale: 'rationale',
	responsibleText: 'responsible',
	partners: 'partners',
	startYear: 'startYear',
	endYear: 'endYear',
	serviceKinds: 'serviceKinds',
	targetGroupIds: 'targetGroups',
	capacityChange: 'capacityChange',
	capacityUnit: 'capacityUnit',
	capacityDecrease: 'capacityDecrease'
};

function issueLines(
	error: z.ZodError | undefined,
	label: (path: PropertyKey[]) => string | undefined
): string[] {
	if (!error) return [];
	return error.issues.map((i) => {
		const name = label(i.path);
		return name ? `„${name}“: ${i.message}` : i.message;
	});
}

export function measureInputOf(m: ParsedMeasure) {
	return {
		number: m.number,
		title: m.title,
		description: m.description ?? undefined,
		rationale: m.rationale ?? undefined,
		responsibleText: m.responsibleText ?? undefined,
		partners: m.partners ?? undefined,
		startYear: m.startYear,
		endYear: m.endYear,
		serviceKinds: m.serviceKinds,
		targetGroupIds: m.targetGroups.map((g) => g.id),
		municipalityCodes: [],
		capacityChange: m.capacityChange,
		capacityUnit: m.capacityUnit,
		capacityDecrease: m.capacityDecrease,
		costs: m.costs,
		indicators: m.indicators.map((i) => ({
			name: i.name,
			unit: i.unit,
			baseline: i.baseline,
			baselineYear: i.baselineYear,
			direction: i.direction,
			targets: i.targets
		})),
		activities: m.activities.map((a) => ({
			number: a.number,
			title: a.title,
			description: a.description ?? undefined,
			responsibleText: a.responsibleText ?? undefined,
			dueYear: a.dueYear
		}))
	};
}

export function priorityInputOf(p: ParsedPriority) {
	return {
		number: p.number,
		title: p.title,
		description: p.description ?? undefined,
		targetGroupId: p.targetGroup?.id ?? null,
		responsibleBodyId: p.responsibleBody?.id ?? null
	};
}

function writerChecks(plan: PlanRow): Pick<ImportContext, 'checkPriority' | 'checkMeasure'> {
	return {
		checkPriority: (p) =>
			issueLines(priorityInput.safeParse(priorityInputOf(p)).error, (path) =>
				headerOf(PRIORITY_COLUMNS, path[0] === 'targetGroupId' ? 'targetGroup' : String(path[0]))
			),
		checkMeasure: (m) => {
			const lines: string[] = [];
			if (m.priorityNumber && m.number && !m.number.startsWith(`${m.priorityNumber}.`)) {
				lines.push(
					`číslo opatření ${m.number} musí začínat číslem priority (${m.priorityNumber}.), např. ${m.priorityNumber}.1.`
				);
			}
			const input = measureInputOf(m);
			const parsed = measureInput.safeParse(input);
			lines.push(
				...issueLines(parsed.error, (path) => {
					if (path[0] === 'indicators' || path[0] === 'activities' || path[0] === 'costs') {
						return undefined;
					}
					return headerOf(MEASURE_COLUMNS, MEASURE_FIELD_COLUMNS[String(path[0])] ?? '');
				})
			);
			// Indicators and activities: messages on their own sheets' rows.
			m.indicators.forEach((ind) => {
				const res = indicatorInput.safeParse(input.indicators[m.indicators.indexOf(ind)]);
				for (const line of issueLines(res.error, (path) =>
					headerOf(INDICATOR_COLUMNS, String(path[0]))
				)) {
					lines.push(`ukazatel „${ind.name}“ (list Ukazatele, řádek ${ind.row}): ${line}`);
				}
			});
			m.activities.forEach((act, i) => {
				const res = activityInput.safeParse(input.activities[i]);
				for (const line of issueLines(res.error, (path) =>
					headerOf(
						ACTIVITY_COLUMNS,
						path[0] === 'responsibleText' ? 'responsible' : String(path[0])
					)
				)) {
					lines.push(`aktivita „${act.title}“ (list Aktivity, řádek ${act.row}): ${line}`);
				}
			});
			if (parsed.success) {
				const period = measurePeriodErrors(parsed.data, plan);
				for (const messages of Object.values(period)) lines.push(...messages);
			}
			return [...new Set(lines)];
		}
	};
}

// ── context ──

async function importContext(plan: PlanRow, replace: boolean): Promise<ImportContext> {
	const lineage = await areaLineage(plan.areaId);
	const [tgs, bodyRows, prios, meas] = await Promise.all([
		listTargetGroups(),
		db()
			.select({ id: bodies.id, name: bodies.name })
			.from(bodies)
			.where(inArray(bodies.areaId, lineage)),
		db()
			.select({ id: priorities.id, number: priorities.number })
			.from(priorities)
			.where(eq(priorities.planId, plan.id)),
		db().select({ number: measures.number }).from(measures).where(eq(measures.planId, plan.id))
	]);
	return {
		periodFrom: plan.periodFrom,
		periodTo: plan.periodTo,
		targetGroups: tgs,
		bodies: bodyRows,
		existingPriorities: prios,
		existingMeasureNumbers: meas.map((m) => m.number),
		replace,
		...writerChecks(plan)
	};
}

// ── template ──

/** The template for one plan (its period, target groups, the area's bodies); `plans.manage`. */
export async function planImportTemplate(
	actor: Actor,
	planId: string
): Promise<{ data: Buffer; filename: string }> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const ctx = await importContext(plan, false);
	const data = await buildPlanTemplate({
		planTitle: plan.title,
		periodFrom: plan.periodFrom,
		periodTo: plan.periodTo,
		targetGroups: ctx.targetGroups.map((g) => g.name),
		bodies: ctx.bodies.map((b) => b.name)
	});
	return { data, filename: `šablona-plánu-${plan.periodFrom}-${plan.periodTo}.xlsx` };
}

/** The generic template (public; a 3-year example period starting next year). */
export async function genericImportTemplate(now = new Date()): Promise<Buffer> {
	const from = pragueYear(now) + 1;
	const tgs = await listTargetGroups();
	return buildPlanTemplate({
		periodFrom: from,
		periodTo: from + 2,
		targetGroups: tgs.map((g) => g.name),
		bodies: []
	});
}

// ── page ──

export interface ImportPreviewView {
	file: { id: string; filename: string; size: number; uploadedAt: string };
	replace: boolean;
	errors: ImportIssue[];
	warnings: ImportIssue[];
	priorities: {
		row: number;
		number: string;
		title: string;
		targetGroup: string | null;
		workingGroup: string | null;
	}[];
	measures: {
		row: number;
		number: string;
		priorityNumber: string;
		title: string;
		years: string;
		serviceKinds: string[];
		capacityChange: number | null;
		capacityUnit: string | null;
		totalCost: number;
		indicators: number;
		activities: number;
	}[];
	counts: { priorities: number; measures: number; indicators: number; activities: number };
	/** Existing structure that "replace" would delete. */
	replacing: { priorities: number; measures: number } | null;
}

export interface ImportPageView {
	plan: {
		id: string;
		title: string;
		periodFrom: number;
		periodTo: number;
		status: PlanStatus;
	};
	editable: boolean;
	canReplace: boolean;
	existing: { priorities: number; measures: number };
	preview: ImportPreviewView | null;
}

function previewOf(
	file: StoredFile,
	result: ImportResult,
	replace: boolean,
	ctx: ImportContext
): ImportPreviewView {
	return {
		file: {
			id: file.id,
			filename: file.filename,
			size: file.size,
			uploadedAt: file.createdAt.toISOString()
		},
		replace,
		errors: result.errors,
		warnings: result.warnings,
		priorities: result.priorities.map((p) => ({
			row: p.row,
			number: p.number,
			title: p.title,
			targetGroup: p.targetGroup?.name ?? null,
			workingGroup: p.responsibleBody?.name ?? null
		})),
		measures: result.measures.map((m) => ({
			row: m.row,
			number: m.number,
			priorityNumber: m.priorityNumber,
			title: m.title,
			years: m.startYear && m.endYear ? `${m.startYear}–${m.endYear}` : '',
			serviceKinds: m.serviceKinds,
			capacityChange: m.capacityChange,
			capacityUnit: m.capacityUnit,
			totalCost: m.costs.reduce((s, c) => s + c.amount, 0),
			indicators: m.indicators.length,
			activities: m.activities.length
		})),
		counts: {
			priorities: result.priorities.length,
			measures: result.measures.length,
			indicators: result.measures.reduce((s, m) => s + m.indicators.length, 0),
			activities: result.measures.reduce((s, m) => s + m.activities.length, 0)
		},
		replacing: replace
			? {
					priorities: ctx.existingPriorities.length,
					measures: ctx.existingMeasureNumbers.length
				}
			: null
	};
}

async function importFile(plan: PlanRow, fileId: string): Promise<StoredFile> {
	const file = isUuid(fileId) ? await findFile(fileId) : undefined;
	if (!file || file.ownerType !== IMPORT_FILE_OWNER || file.ownerId !== plan.id) {
		throw new NotFoundError(
			'Nahraný soubor nebyl nalezen (import už mohl být dokončen nebo soubor nahrazen). Nahrajte ho prosím znovu.'
		);
	}
	return file;
}

async function readStored(file: StoredFile): Promise<Uint8Array> {
	const stream = await storage().get(file.storageKey);
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
	return new Uint8Array(Buffer.concat(chunks));
}

const flag = () =>
	z
		.unknown()
		.optional()
		.transform((v) => v === true || v === '1' || v === 'on' || v === 'true');

const previewQuery = z.object({
	fileId: z.preprocess((v) => (v === '' || v === null ? undefined : v), fields.uuid().optional()),
	replace: flag()
});

/** The import page: plan header, and the preview of an uploaded file when `fileId` is given. */
export async function getImportPage(
	actor: Actor,
	planId: string,
	query: { fileId?: string | null; replace?: string | boolean | null } = {}
): Promise<ImportPageView> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const q = previewQuery.safeParse(query);
	const fileId = q.success ? q.data.fileId : undefined;
	const replace = q.success && q.data.replace && canReplaceStructure(plan.status);
	const ctx = await importContext(plan, replace);
	const editable = EDITABLE_PLAN_STATUSES.includes(plan.status);
	let preview: ImportPreviewView | null = null;
	if (fileId && editable) {
		const file = await importFile(plan, fileId);
		const result = await parsePlanWorkbook(await readStored(file), ctx);
		preview = previewOf(file, result, replace, ctx);
	}
	return {
		plan: {
			id: plan.id,
			title: plan.title,
			periodFrom: plan.periodFrom,
			periodTo: plan.periodTo,
			status: plan.status
		},
		editable,
		canReplace: canReplaceStructure(plan.status),
		existing: {
			priorities: ctx.existingPriorities.length,
			measures: ctx.existingMeasureNumbers.length
		},
		preview
	};
}

export interface UploadInput {
	file: File | Blob | null | undefined;
	filename?: string;
	replace?: unknown;
}

/** Store an uploaded workbook for preview (older uploads of the plan are removed). */
export async function uploadImportFile(
	actor: Actor,
	planId: string,
	input: UploadInput
): Promise<{ fileId: string; replace: boolean }> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	assertEditable(plan);
	const file = input.file;
	const filename = input.filename ?? (file instanceof File ? file.name : '') ?? '';
	if (!file || file.size === 0) {
		throw new ValidationError(
			{ file: [file ? 'Soubor je prázdný.' : 'Vyberte soubor XLSX s vyplněnou šablonou.'] },
			'Vyberte soubor XLSX s vyplněnou šablonou.'
		);
	}
	if (file.size > IMPORT_MAX_BYTES) {
		throw new ValidationError({
			file: [`Soubor je příliš velký (nejvýše ${IMPORT_MAX_BYTES / 1024 / 1024} MB).`]
		});
	}
	if (!/\.xlsx$/i.test(filename)) {
		throw new ValidationError({
			file: [
				'Nahrajte sešit ve formátu Excel .xlsx (starší .xls, CSV ani ODS nejsou podporovány). Použijte šablonu plánu.'
			]
		});
	}
	const replace =
		canReplaceStructure(plan.status) && previewQuery.parse({ replace: input.replace }).replace;
	const stored = await db().transaction(async (tx) => {
		const older = await tx
			.select({ id: files.id })
			.from(files)
			.where(and(eq(files.ownerType, IMPORT_FILE_OWNER), eq(files.ownerId, plan.id)));
		for (const o of older) await deleteFile(tx, actor, o.id);
		return storeFile(tx, actor, {
			filename,
			contentType: file.type || XLSX_TYPE,
			data: file,
			ownerType: IMPORT_FILE_OWNER,
			ownerId: plan.id,
			areaId: plan.areaId
		});
	});
	return { fileId: stored.id, replace };
}

const confirmInput = z.object({
	fileId: fields.uuid(),
	replace: flag()
});

export interface ImportSummary {
	priorities: number;
	measures: number;
	indicators: number;
	activities: number;
	replaced: boolean;
}

/** Errors of the writers inside the transaction, located at the row that caused them. */
function located(sheet: string, row: number, error: unknown): never {
	if (error instanceof ValidationError) {
		const lines = Object.values(error.fields as FieldErrors).flat();
		const message = `List ${sheet}, řádek ${row}: ${lines.join(' ')}`;
		throw new ValidationError({ _form: [message] }, message);
	}
	throw error;
}

/**
 * Parse the stored upload again and write everything in one transaction; any error rolls back
 * the whole import. The upload is removed in the same transaction.
 */
export async function confirmImport(
	actor: Actor,
	planId: string,
	input: unknown
): Promise<ImportSummary> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	assertEditable(plan);
	const parsedInput = confirmInput.safeParse(input);
	if (!parsedInput.success) {
		throw new ValidationError(
			{ file: ['Nejdřív nahrajte soubor a zkontrolujte náhled.'] },
			'Nejdřív nahrajte soubor a zkontrolujte náhled.'
		);
	}
	const replace = parsedInput.data.replace && canReplaceStructure(plan.status);
	const file = await importFile(plan, parsedInput.data.fileId);
	const ctx = await importContext(plan, replace);
	const result = await parsePlanWorkbook(await readStored(file), ctx);
	if (result.errors.length) {
		throw new ValidationError(
			{ _form: result.errors.map((e) => e.message) },
			'Soubor obsahuje chyby; nic nebylo uloženo. Opravte je a nahrajte soubor znovu.'
		);
	}
	return db().transaction(async (tx) => {
		const summary = await writeImport(tx, actor, plan, result, {
			replace,
			existingPriorities: ctx.existingPriorities
		});
		await deleteFile(tx, actor, file.id);
		return summary;
	});
}

/**
 * Write a parsed import inside the caller's transaction through the structure writers; the
 * first error (located at its sheet row) aborts — the caller's transaction rolls back.
 */
export async function writeImport(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	result: Pick<ImportResult, 'priorities' | 'measures'>,
	options: { replace: boolean; existingPriorities: { id: string; number: string }[] }
): Promise<ImportSummary> {
	if (options.replace) await removeStructure(tx, actor, plan);
	const priorityIds = new Map(
		options.replace ? [] : options.existingPriorities.map((p) => [p.number, p.id] as const)
	);
	for (const p of result.priorities) {
		try {
			const row = await writePriority(tx, actor, plan.id, priorityInputOf(p));
			priorityIds.set(row.number, row.id);
		} catch (error) {
			located(SHEET_PRIORITIES, p.row, error);
		}
	}
	for (const m of result.measures) {
		const priorityId = priorityIds.get(m.priorityNumber);
		if (!priorityId) {
			located(
				SHEET_MEASURES,
				m.row,
				new ValidationError({ priority: [`Priorita číslo ${m.priorityNumber} nebyla nalezena.`] })
			);
		}
		try {
			await writeMeasure(tx, actor, plan.id, priorityId, measureInputOf(m));
		} catch (error) {
			located(SHEET_MEASURES, m.row, error);
		}
	}
	return {
		priorities: result.priorities.length,
		measures: result.measures.length,
		indicators: result.measures.reduce((s, m) => s + m.indicators.length, 0),
		activities: result.measures.reduce((s, m) => s + m.activities.length, 0),
		replaced: options.replace
	};
}

/** Delete every measure and priority of the plan (audited rows; costs etc. cascade). */
async function removeStructure(tx: Db, actor: Actor, plan: PlanRow): Promise<void> {
	if (!canReplaceStructure(plan.status)) {
		throw new ValidationError({ _form: [NOT_EDITABLE_MESSAGE] }, NOT_EDITABLE_MESSAGE);
	}
	const ms = await tx
		.select({ id: measures.id })
		.from(measures)
		.where(eq(measures.planId, plan.id))
		.orderBy(desc(measures.sort));
	for (const m of ms) {
		await auditedDelete(tx, actor, measures, ENTITY.measure, m.id, { areaId: plan.areaId });
	}
	const ps = await tx
		.select({ id: priorities.id })
		.from(priorities)
		.where(eq(priorities.planId, plan.id))
		.orderBy(asc(priorities.sort));
	for (const p of ps) {
		await auditedDelete(tx, actor, priorities, ENTITY.priority, p.id, { areaId: plan.areaId });
	}
}
