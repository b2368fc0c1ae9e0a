/**
 * Use cases of the survey builder: surveys, sections, questions with options and a condition,
 * lifecycle (draft → open → closed), invitations by e-mail with signed personal links.
 * Every write authorizes `participation.surveys.manage` on the survey's area lineage, validates
 * and writes audited rows in one transaction.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, isAdmin } from '#lib/platform/access/can.ts';
import {
	auditedDelete,
	auditedInsert,
	auditedUpdate,
	listHistory,
	recordAudit,
	type AuditEntry
} from '#lib/platform/audit/audit.server.ts';
import { hmac, sameSignature, signingSecret } from '#lib/platform/auth/signing.server.ts';
import { env } from '#lib/platform/config/env.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { formatDate, pragueDay } from '#lib/platform/i18n/format.ts';
import { queueMail } from '#lib/platform/mail/mail.server.ts';
import { areas, areaScope, isUuid } from '#lib/modules/organisation/index.ts';
import { findPlan } from '#lib/modules/plans/index.ts';
import {
	surveyAnswers,
	surveyConditions,
	surveyInvitations,
	surveyOptions,
	surveyQuestions,
	surveyResponses,
	surveySections,
	surveys
} from './survey.schema.ts';
import {
	invitationsInput,
	questionInput,
	questionUpdateInput,
	sectionInput,
	surveyInput,
	surveyListQuery,
	surveyUpdateInput
} from './survey.validation.ts';
import {
	CHOICE_KINDS,
	type QuestionDef,
	type QuestionKind,
	type SurveyDefinition,
	type SurveyStatus
} from './views/surveys/survey.form.ts';
import './survey.permissions.ts';

export const SURVEY_ENTITY = 'participation.survey';
export const SECTION_ENTITY = 'participation.survey_section';
export const QUESTION_ENTITY = 'participation.survey_question';
export const OPTION_ENTITY = 'participation.survey_option';
export const CONDITION_ENTITY = 'participation.survey_condition';
export const INVITATION_ENTITY = 'participation.survey_invitation';
export const RESPONSE_ENTITY = 'participation.survey_response';

export type SurveyRow = typeof surveys.$inferSelect;
const MANAGE = 'participation.surveys.manage';

/** Answer the anonymous public with 401 before any lookup or validation. */
function denyAnonymous(actor: Actor): void {
	if (actor.kind === 'anonymous') authorize(actor, MANAGE);
}
export const SURVEY_NOT_FOUND = 'Dotazník nebyl nalezen.';

// ── access ──

export async function findSurvey(surveyId: string, target: Db = db()): Promise<SurveyRow> {
	if (!isUuid(surveyId)) throw new NotFoundError(SURVEY_NOT_FOUND);
	const [row] = await target.select().from(surveys).where(eq(surveys.id, surveyId));
	if (!row) throw new NotFoundError(SURVEY_NOT_FOUND);
	return row;
}

/** 401/403 unless the actor coordinates the survey's area (or one above it). */
export async function authorizeManageSurvey(actor: Actor, survey: SurveyRow): Promise<void> {
	denyAnonymous(actor);
	authorize(actor, MANAGE, await areaScope(survey.areaId));
}

/** The survey, after checking the actor manages it. */
export async function managedSurvey(actor: Actor, surveyId: string): Promise<SurveyRow> {
	denyAnonymous(actor);
	const survey = await findSurvey(surveyId);
	await authorizeManageSurvey(actor, survey);
	return survey;
}

/** Is the survey accepting answers today (status open and inside its window)? */
export function isAcceptingAnswers(survey: SurveyRow, today: string = pragueDay()): boolean {
	if (survey.status !== 'open') return false;
	if (survey.opensOn && today < survey.opensOn) return false;
	if (survey.closesOn && today > survey.closesOn) return false;
	return true;
}

/** Czech reason why a survey does not accept answers, or null. */
export function closedReason(survey: SurveyRow, today: string = pragueDay()): string | null {
	if (survey.status === 'draft') return 'Dotazník se teprve připravuje a zatím nepřijímá odpovědi.';
	if (survey.status === 'closed') return 'Dotazník je uzavřen, odpovědi už nepřijímá.';
	if (survey.opensOn && today < survey.opensOn) {
		return `Dotazník přijímá odpovědi od ${formatDate(survey.opensOn, 'cs')}.`;
	}
	if (survey.closesOn && today > survey.closesOn) {
		return `Sběr odpovědí skončil ${formatDate(survey.closesOn, 'cs')}. Dotazník je uzavřen.`;
	}
	return null;
}

// ── definition ──

/** The survey's sections, questions, options and conditions (the one definition of the survey). */
export async function loadDefinition(
	survey: Pick<SurveyRow, 'id' | 'title' | 'description'>,
	target: Db = db()
): Promise<SurveyDefinition> {
	const [sections, questions, options, conditions] = await Promise.all([
		target
			.select()
			.from(surveySections)
			.where(eq(surveySections.surveyId, survey.id))
			.orderBy(asc(surveySections.sort), asc(surveySections.createdAt)),
		target
			.select()
			.from(surveyQuestions)
			.where(eq(surveyQuestions.surveyId, survey.id))
			.orderBy(asc(surveyQuestions.sort), asc(surveyQuestions.createdAt)),
		target
			.select({
				id: surveyOptions.id,
				questionId: surveyOptions.questionId,
				role: surveyOptions.role,
				label: surveyOptions.label
			})
			.from(surveyOptions)
			.innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyOptions.questionId))
			.where(eq(surveyQuestions.surveyId, survey.id))
			.orderBy(asc(surveyOptions.sort), asc(surveyOptions.createdAt)),
		target
			.select({
				questionId: surveyConditions.questionId,
				dependsOnId: surveyConditions.dependsOnId,
				optionId: surveyConditions.optionId
			})
			.from(surveyConditions)
			.innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyConditions.questionId))
			.where(eq(surveyQuestions.surveyId, survey.id))
	]);
	const sectionOrder = new Map(sections.map((s, i) => [s.id, i]));
	const ordered = [...questions].sort(
		(a, b) =>
			(sectionOrder.get(a.sectionId) ?? 0) - (sectionOrder.get(b.sectionId) ?? 0) ||
			a.sort - b.sort ||
			a.createdAt.getTime() - b.createdAt.getTime()
	);
	const optionLabel = new Map(options.map((o) => [o.id, o.label]));
	const text = new Map(ordered.map((q, i) => [q.id, `${i + 1}. ${q.text}`]));
	const defs: QuestionDef[] = ordered.map((q, i) => {
		const c = conditions.find((x) => x.questionId === q.id);
		return {
			id: q.id,
			sectionId: q.sectionId,
			kind: q.kind as QuestionKind,
			text: q.text,
			help: q.help,
			required: q.required,
			hidden: q.hidden,
			number: i + 1,
			version: q.version,
			options: options
				.filter((o) => o.questionId === q.id && o.role === 'option')
				.map((o) => ({ id: o.id, label: o.label })),
			rows: options
				.filter((o) => o.questionId === q.id && o.role === 'row')
				.map((o) => ({ id: o.id, label: o.label })),
			condition: c
				? {
						questionId: c.dependsOnId,
						optionId: c.optionId,
						questionText: text.get(c.dependsOnId) ?? '',
						optionLabel: optionLabel.get(c.optionId) ?? ''
					}
				: null
		};
	});
	return {
		id: survey.id,
		title: survey.title,
		description: survey.description,
		sections: sections.map((s) => ({
			id: s.id,
			title: s.title,
			description: s.description,
			version: s.version,
			questions: defs.filter((q) => q.sectionId === s.id)
		}))
	};
}

// ── lists ──

export interface SurveyListRow {
	id: string;
	title: string;
	areaId: string;
	areaName: string;
	status: SurveyStatus;
	opensOn: string | null;
	closesOn: string | null;
	publicLink: boolean;
	responseCount: number;
	planId: string | null;
}

const listColumns = {
	id: surveys.id,
	title: surveys.title,
	areaId: surveys.areaId,
	areaName: areas.name,
	status: surveys.status,
	opensOn: surveys.opensOn,
	closesOn: surveys.closesOn,
	publicLink: surveys.publicLink,
	planId: surveys.planId,
	responseCount:
		sql<number>`(select count(*) from participation_survey_responses r where r.survey_id = ${surveys.id})`.mapWith(
			Number
		)
};

/** 401 for the public, 403 for users who coordinate no area (admins pass). */
export function authorizeAnyArea(actor: Actor): void {
	denyAnonymous(actor);
	if (actor.kind === 'system' || isAdmin(actor)) return;
	const areaIds =
		actor.kind === 'user'
			? actor.grants.filter((g) => g.role === 'coordinator' && g.areaId).map((g) => g.areaId!)
			: [];
	authorize(actor, MANAGE, { areaIds });
}

/** Areas the actor coordinates and all areas below them (SQL), or undefined for admins. */
function managedAreasSql(actor: Actor): SQL | undefined {
	if (actor.kind === 'system' || isAdmin(actor)) return undefined;
	const ids =
		actor.kind === 'user'
			? actor.grants.filter((g) => g.role === 'coordinator' && g.areaId).map((g) => g.areaId!)
			: [];
	if (!ids.length) return sql`false`;
	return sql`${surveys.areaId} in (
		with recursive down(id, depth) as (
			select id, 0 from organisation_areas where id in (${sql.join(
				ids.map((a) => sql`${a}::uuid`),
				sql`, `
			)})
			union all
			select a.id, down.depth + 1 from organisation_areas a join down on a.parent_id = down.id where down.depth < 10
		) select id from down)`;
}

/** Surveys of the areas the actor coordinates (all for admins); paginated, newest first. */
export async function listManagedSurveys(
	actor: Actor,
	query: unknown = {}
): Promise<{ rows: SurveyListRow[]; total: number; page: number; pageSize: number }> {
	authorizeAnyArea(actor);
	const q = parseInput(surveyListQuery, query);
	const where = managedAreasSql(actor);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select(listColumns)
			.from(surveys)
			.innerJoin(areas, eq(areas.id, surveys.areaId))
			.where(where)
			.orderBy(desc(surveys.createdAt), asc(surveys.id))
			.limit(q.pageSize)
			.offset((q.page - 1) * q.pageSize),
		db().select({ n: count() }).from(surveys).where(where)
	]);
	return { rows: rows as SurveyListRow[], total: n, page: q.page, pageSize: q.pageSize };
}

/** Surveys anyone may answer today (open, public link, inside the window); paginated. */
export async function listOpenSurveys(
	actor: Actor,
	query: unknown = {}
): Promise<{ rows: SurveyListRow[]; total: number; page: number; pageSize: number }> {
	authorize(actor, 'participation.surveys.answer');
	const q = parseInput(surveyListQuery, query);
	const today = pragueDay();
	const where = and(
		eq(surveys.status, 'open'),
		eq(surveys.publicLink, true),
		sql`(${surveys.opensOn} is null or ${surveys.opensOn} <= ${today})`,
		sql`(${surveys.closesOn} is null or ${surveys.closesOn} >= ${today})`
	);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select(listColumns)
			.from(surveys)
			.innerJoin(areas, eq(areas.id, surveys.areaId))
			.where(where)
			.orderBy(sql`${surveys.closesOn} asc nulls last`, asc(surveys.title), asc(surveys.id))
			.limit(q.pageSize)
			.offset((q.page - 1) * q.pageSize),
		db().select({ n: count() }).from(surveys).where(where)
	]);
	return { rows: rows as SurveyListRow[], total: n, page: q.page, pageSize: q.pageSize };
}

// ── surveys ──

async function assertPlanExists(planId: string | null): Promise<void> {
	if (!planId) return;
	await findPlan(planId).catch(() => {
		throw new ValidationError({ planId: ['Vyberte plán z nabídky.'] });
	});
}

async function assertAreaExists(areaId: string): Promise<void> {
	const [a] = await db().select({ id: areas.id }).from(areas).where(eq(areas.id, areaId));
	if (!a) throw new ValidationError({ areaId: ['Vyberte území plánování.'] });
}

/** Create a draft survey with its first section. */
export async function createSurvey(actor: Actor, input: unknown): Promise<SurveyRow> {
	denyAnonymous(actor);
	const v = parseInput(surveyInput, input);
	await assertAreaExists(v.areaId);
	authorize(actor, MANAGE, await areaScope(v.areaId));
	await assertPlanExists(v.planId);
	return db().transaction(async (tx) => {
		const survey = await auditedInsert(
			tx,
			actor,
			surveys,
			SURVEY_ENTITY,
			{
				areaId: v.areaId,
				title: v.title,
				description: v.description,
				opensOn: v.opensOn,
				closesOn: v.closesOn,
				publicLink: v.publicLink,
				planId: v.planId,
				createdById: actor.kind === 'user' ? actor.userId : null
			},
			{ areaId: v.areaId }
		);
		await auditedInsert(
			tx,
			actor,
			surveySections,
			SECTION_ENTITY,
			{ surveyId: survey.id, title: 'Dotazník', sort: 0 },
			{ areaId: v.areaId }
		);
		return survey;
	});
}

/** Edit the survey's texts, window, audience and plan link (any status; audited). */
export async function updateSurvey(
	actor: Actor,
	surveyId: string,
	input: unknown
): Promise<SurveyRow> {
	const survey = await managedSurvey(actor, surveyId);
	const v = parseInput(surveyUpdateInput, input);
	await assertPlanExists(v.planId);
	return db().transaction(async (tx) =>
		auditedUpdate(
			tx,
			actor,
			surveys,
			SURVEY_ENTITY,
			survey.id,
			{
				title: v.title,
				description: v.description,
				opensOn: v.opensOn,
				closesOn: v.closesOn,
				publicLink: v.publicLink,
				planId: v.planId
			},
			{ expectedVersion: v.version, areaId: survey.areaId }
		)
	);
}

/** Open the survey for answers (from a draft, or reopen a closed one). */
export async function openSurvey(actor: Actor, surveyId: string): Promise<SurveyRow> {
	const survey = await managedSurvey(actor, surveyId);
	if (survey.status === 'open') return survey;
	const [{ n }] = await db()
		.select({ n: count() })
		.from(surveyQuestions)
		.where(and(eq(surveyQuestions.surveyId, survey.id), eq(surveyQuestions.hidden, false)));
	if (n === 0) {
		throw new ValidationError(
			{ _form: ['Dotazník nemá žádnou otázku. Přidejte alespoň jednu a pak jej otevřete.'] },
			'Dotazník nelze otevřít.'
		);
	}
	return db().transaction(async (tx) =>
		auditedUpdate(
			tx,
			actor,
			surveys,
			SURVEY_ENTITY,
			survey.id,
			{ status: 'open', openedAt: survey.openedAt ?? new Date(), closedAt: null },
			{ action: 'open', areaId: survey.areaId }
		)
	);
}

/** Stop collecting answers. */
export async function closeSurvey(actor: Actor, surveyId: string): Promise<SurveyRow> {
	const survey = await managedSurvey(actor, surveyId);
	if (survey.status !== 'open') {
		throw new ValidationError({ _form: ['Uzavřít lze jen otevřený dotazník.'] });
	}
	return db().transaction(async (tx) =>
		auditedUpdate(
			tx,
			actor,
			surveys,
			SURVEY_ENTITY,
			survey.id,
			{ status: 'closed', closedAt: new Date() },
			{ action: 'close', areaId: survey.areaId }
		)
	);
}

/** Delete a survey that has no responses yet. */
export async function deleteSurvey(actor: Actor, surveyId: string): Promise<void> {
	const survey = await managedSurvey(actor, surveyId);
	await db().transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, survey.id));
		if (n > 0) {
			throw new ValidationError({
				_form: ['Dotazník už má odpovědi, nelze jej smazat. Můžete jej uzavřít.']
			});
		}
		await tx.delete(surveyQuestions).where(eq(surveyQuestions.surveyId, survey.id));
		await auditedDelete(tx, actor, surveys, SURVEY_ENTITY, survey.id, { areaId: survey.areaId });
	});
}

// ── sections ──

export async function addSection(actor: Actor, surveyId: string, input: unknown) {
	const survey = await managedSurvey(actor, surveyId);
	const v = parseInput(sectionInput, input);
	return db().transaction(async (tx) => {
		const [{ max }] = await tx
			.select({ max: sql<number>`coalesce(max(${surveySections.sort}), -1)`.mapWith(Number) })
			.from(surveySections)
			.where(eq(surveySections.surveyId, survey.id));
		return auditedInsert(
			tx,
			actor,
			surveySections,
			SECTION_ENTITY,
			{ surveyId: survey.id, title: v.title, description: v.description, sort: max + 1 },
			{ areaId: survey.areaId }
		);
	});
}

async function findSection(surveyId: string, sectionId: string) {
	if (!isUuid(sectionId)) throw new NotFoundError('Oddíl nebyl nalezen.');
	const [row] = await db()
		.select()
		.from(surveySections)
		.where(and(eq(surveySections.id, sectionId), eq(surveySections.surveyId, surveyId)));
	if (!row) throw new NotFoundError('Oddíl nebyl nalezen.');
	return row;
}

export async function updateSection(
	actor: Actor,
	surveyId: string,
	sectionId: string,
	input: unknown
) {
	const survey = await managedSurvey(actor, surveyId);
	const section = await findSection(survey.id, sectionId);
	const v = parseInput(sectionInput.extend({ version: questionUpdateInput.shape.version }), input);
	return db().transaction(async (tx) =>
		auditedUpdate(
			tx,
			actor,
			surveySections,
			SECTION_ENTITY,
			section.id,
			{ title: v.title, description: v.description },
			{ expectedVersion: v.version, areaId: survey.areaId }
		)
	);
}

export async function deleteSection(actor: Actor, surveyId: string, sectionId: string) {
	const survey = await managedSurvey(actor, surveyId);
	const section = await findSection(survey.id, sectionId);
	await db().transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(surveyQuestions)
			.where(eq(surveyQuestions.sectionId, section.id));
		if (n > 0) {
			throw new ValidationError({
				_form: ['Oddíl obsahuje otázky. Nejprve je smažte nebo přesuňte.']
			});
		}
		const [{ s }] = await tx
			.select({ s: count() })
			.from(surveySections)
			.where(eq(surveySections.surveyId, survey.id));
		if (s <= 1) throw new ValidationError({ _form: ['Dotazník musí mít alespoň jeden oddíl.'] });
		await auditedDelete(tx, actor, surveySections, SECTION_ENTITY, section.id, {
			areaId: survey.areaId
		});
	});
}

// ── questions ──

function optionsRule(
	kind: QuestionKind,
	options: string[],
	rows: string[]
): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	if ((CHOICE_KINDS.includes(kind) || kind === 'matrix') && options.length < 2) {
		errors.options = [
			kind === 'matrix'
				? 'Zadejte alespoň dvě možnosti odpovědi (sloupce matice), každou na samostatný řádek.'
				: 'Zadejte alespoň dvě možnosti, každou na samostatný řádek.'
		];
	}
	if (kind === 'matrix' && rows.length < 1) {
		errors.rows = ['Zadejte alespoň jeden řádek matice (položku, kterou respondent hodnotí).'];
	}
	return errors;
}

/** Check a condition `<questionId>:<optionId>` against the questions before `beforeSort`. */
async function checkCondition(
	tx: Db,
	surveyId: string,
	condition: string | null,
	questionId: string | null
): Promise<{ dependsOnId: string; optionId: string } | null> {
	if (!condition) return null;
	const [dependsOnId, optionId] = condition.split(':');
	const [row] = await tx
		.select({ kind: surveyQuestions.kind, qid: surveyQuestions.id })
		.from(surveyOptions)
		.innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyOptions.questionId))
		.where(
			and(
				eq(surveyOptions.id, optionId),
				eq(surveyOptions.role, 'option'),
				eq(surveyQuestions.id, dependsOnId),
				eq(surveyQuestions.surveyId, surveyId)
			)
		);
	if (!row || !CHOICE_KINDS.includes(row.kind as QuestionKind) || dependsOnId === questionId) {
		throw new ValidationError({
			condition: [
				'Podmínka může odkazovat jen na jinou otázku s výběrem možností v tomto dotazníku.'
			]
		});
	}
	return { dependsOnId, optionId };
}

export async function addQuestion(actor: Actor, surveyId: string, input: unknown) {
	const survey = await managedSurvey(actor, surveyId);
	const v = parseInput(questionInput, input);
	const optionLabels = CHOICE_KINDS.includes(v.kind) || v.kind === 'matrix' ? v.options : [];
	const rowLabels = v.kind === 'matrix' ? v.rows : [];
	const errors = optionsRule(v.kind, optionLabels, rowLabels);
	if (Object.keys(errors).length) throw new ValidationError(errors);
	await findSection(survey.id, v.sectionId).catch(() => {
		throw new ValidationError({ sectionId: ['Vyberte oddíl dotazníku.'] });
	});
	return db().transaction(async (tx) => {
		const condition = await checkCondition(tx, survey.id, v.condition, null);
		const [{ max }] = await tx
			.select({ max: sql<number>`coalesce(max(${surveyQuestions.sort}), -1)`.mapWith(Number) })
			.from(surveyQuestions)
			.where(eq(surveyQuestions.sectionId, v.sectionId));
		const question = await auditedInsert(
			tx,
			actor,
			surveyQuestions,
			QUESTION_ENTITY,
			{
				surveyId: survey.id,
				sectionId: v.sectionId,
				kind: v.kind,
				text: v.text,
				help: v.help,
				required: v.required,
				sort: max + 1
			},
			{ areaId: survey.areaId }
		);
		await insertOptions(tx, actor, survey.areaId, question.id, 'option', optionLabels, 0);
		await insertOptions(tx, actor, survey.areaId, question.id, 'row', rowLabels, 0);
		if (condition) {
			await auditedInsert(
				tx,
				actor,
				surveyConditions,
				CONDITION_ENTITY,
				{ questionId: question.id, ...condition },
				{ areaId: survey.areaId }
			);
		}
		return question;
	});
}

async function insertOptions(
	tx: Db,
	actor: Actor,
	areaId: string,
	questionId: string,
	role: 'option' | 'row',
	labels: string[],
	from: number
): Promise<void> {
	for (const [i, label] of labels.entries()) {
		await auditedInsert(
			tx,
			actor,
			surveyOptions,
			OPTION_ENTITY,
			{ questionId, role, label, sort: from + i },
			{ areaId }
		);
	}
}

async function findQuestion(surveyId: string, questionId: string, target: Db = db()) {
	if (!isUuid(questionId)) throw new NotFoundError('Otázka nebyla nalezena.');
	const [row] = await target
		.select()
		.from(surveyQuestions)
		.where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)));
	if (!row) throw new NotFoundError('Otázka nebyla nalezena.');
	return row;
}

/** Answers per option of one question (which options may still be removed). */
async function answeredOptions(tx: Db, questionId: string): Promise<Set<string>> {
	const rows = await tx
		.selectDistinct({ id: surveyAnswers.optionId })
		.from(surveyAnswers)
		.where(
			and(eq(surveyAnswers.questionId, questionId), sql`${surveyAnswers.optionId} is not null`)
		);
	const rowIds = await tx
		.selectDistinct({ id: surveyAnswers.rowId })
		.from(surveyAnswers)
		.where(and(eq(surveyAnswers.questionId, questionId), sql`${surveyAnswers.rowId} is not null`));
	return new Set([...rows, ...rowIds].map((r) => r.id!));
}

/**
 * Edit a question: wording, help, required, hidden, condition; rename options (`option_<id>`),
 * remove options without answers (`remove` ids), add new ones. Audited; optimistic locking.
 */
export async function updateQuestion(
	actor: Actor,
	surveyId: string,
	questionId: string,
	input: Record<string, unknown>
) {
	const survey = await managedSurvey(actor, surveyId);
	const question = await findQuestion(survey.id, questionId);
	const v = parseInput(questionUpdateInput, input);
	const renames = Object.entries(input)
		.filter(([k]) => k.startsWith('option_'))
		.map(([k, value]) => ({ id: k.slice('option_'.length), label: String(value ?? '').trim() }));
	const removeRaw = input.remove;
	const remove = new Set(
		(Array.isArray(removeRaw) ? removeRaw : removeRaw ? [removeRaw] : []).map(String)
	);
	return db().transaction(async (tx) => {
		const condition = await checkCondition(tx, survey.id, v.condition, question.id);
		const existing = await tx
			.select()
			.from(surveyOptions)
			.where(eq(surveyOptions.questionId, question.id))
			.orderBy(asc(surveyOptions.sort));
		const answered = await answeredOptions(tx, question.id);
		const errors: Record<string, string[]> = {};
		for (const o of existing) {
			if (remove.has(o.id) && answered.has(o.id)) {
				(errors.remove ??= []).push(
					`Možnost „${o.label}“ už má odpovědi, nelze ji odebrat (můžete jen upravit její znění).`
				);
			}
			const rename = renames.find((r) => r.id === o.id);
			if (rename && !remove.has(o.id)) {
				if (!rename.label) (errors[`option_${o.id}`] ??= []).push('Znění možnosti je povinné.');
				else if (rename.label.length > 300) {
					(errors[`option_${o.id}`] ??= []).push('Možnost může mít nejvýše 300 znaků.');
				}
			}
		}
		const kind = question.kind as QuestionKind;
		const keptOptions = existing.filter((o) => o.role === 'option' && !remove.has(o.id)).length;
		const keptRows = existing.filter((o) => o.role === 'row' && !remove.has(o.id)).length;
		const rule = optionsRule(
			kind,
			Array(
				keptOptions + (CHOICE_KINDS.includes(kind) || kind === 'matrix' ? v.newOptions.length : 0)
			).fill('x'),
			Array(keptRows + (kind === 'matrix' ? v.newRows.length : 0)).fill('x')
		);
		if (rule.options) errors.newOptions = rule.options;
		if (rule.rows) errors.newRows = rule.rows;
		if (Object.keys(errors).length) throw new ValidationError(errors);

		const updated = await auditedUpdate(
			tx,
			actor,
			surveyQuestions,
			QUESTION_ENTITY,
			question.id,
			{ text: v.text, help: v.help, required: v.required, hidden: v.hidden },
			{ expectedVersion: v.version, areaId: survey.areaId }
		);
		for (const o of existing) {
			if (remove.has(o.id)) {
				await tx.delete(surveyConditions).where(eq(surveyConditions.optionId, o.id));
				await auditedDelete(tx, actor, surveyOptions, OPTION_ENTITY, o.id, {
					areaId: survey.areaId
				});
				continue;
			}
			const rename = renames.find((r) => r.id === o.id);
			if (rename && rename.label !== o.label) {
				await auditedUpdate(
					tx,
					actor,
					surveyOptions,
					OPTION_ENTITY,
					o.id,
					{ label: rename.label },
					{ areaId: survey.areaId }
				);
			}
		}
		const maxSort = existing.reduce((m, o) => Math.max(m, o.sort), -1) + 1;
		if (CHOICE_KINDS.includes(kind) || kind === 'matrix') {
			await insertOptions(tx, actor, survey.areaId, question.id, 'option', v.newOptions, maxSort);
		}
		if (kind === 'matrix') {
			await insertOptions(tx, actor, survey.areaId, question.id, 'row', v.newRows, maxSort + 100);
		}
		const [current] = await tx
			.select()
			.from(surveyConditions)
			.where(eq(surveyConditions.questionId, question.id));
		const same =
			current && condition
				? current.dependsOnId === condition.dependsOnId && current.optionId === condition.optionId
				: !current && !condition;
		if (!same) {
			if (current) {
				await auditedDelete(tx, actor, surveyConditions, CONDITION_ENTITY, current.id, {
					areaId: survey.areaId
				});
			}
			if (condition) {
				await auditedInsert(
					tx,
					actor,
					surveyConditions,
					CONDITION_ENTITY,
					{ questionId: question.id, ...condition },
					{ areaId: survey.areaId }
				);
			}
		}
		return updated;
	});
}

/** Delete a question without answers; one with answers can only be hidden. */
export async function deleteQuestion(actor: Actor, surveyId: string, questionId: string) {
	const survey = await managedSurvey(actor, surveyId);
	const question = await findQuestion(survey.id, questionId);
	await db().transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(surveyAnswers)
			.where(eq(surveyAnswers.questionId, question.id));
		if (n > 0) {
			throw new ValidationError(
				{
					_form: [
						'Na otázku už někdo odpověděl, proto ji nelze smazat. Můžete ji skrýt – v dotazníku se pak nezobrazí, ale odpovědi zůstanou ve výsledcích.'
					]
				},
				'Otázku nelze smazat.'
			);
		}
		const dependents = await tx
			.select({ id: surveyConditions.id })
			.from(surveyConditions)
			.where(eq(surveyConditions.dependsOnId, question.id));
		if (dependents.length) {
			throw new ValidationError(
				{ _form: ['Na otázku odkazuje podmínka jiné otázky. Nejprve podmínku odeberte.'] },
				'Otázku nelze smazat.'
			);
		}
		await auditedDelete(tx, actor, surveyQuestions, QUESTION_ENTITY, question.id, {
			areaId: survey.areaId
		});
	});
}

/** Move a question one place up or down within its section. */
export async function moveQuestion(
	actor: Actor,
	surveyId: string,
	questionId: string,
	direction: 'up' | 'down'
) {
	const survey = await managedSurvey(actor, surveyId);
	const question = await findQuestion(survey.id, questionId);
	await db().transaction(async (tx) => {
		const siblings = await tx
			.select({ id: surveyQuestions.id, sort: surveyQuestions.sort })
			.from(surveyQuestions)
			.where(eq(surveyQuestions.sectionId, question.sectionId))
			.orderBy(asc(surveyQuestions.sort), asc(surveyQuestions.createdAt));
		const i = siblings.findIndex((s) => s.id === question.id);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (i < 0 || j < 0 || j >= siblings.length) return;
		[siblings[i], siblings[j]] = [siblings[j], siblings[i]];
		for (const [k, s] of siblings.entries()) {
			if (s.sort !== k) {
				await auditedUpdate(
					tx,
					actor,
					surveyQuestions,
					QUESTION_ENTITY,
					s.id,
					{ sort: k },
					{
						areaId: survey.areaId
					}
				);
			}
		}
	});
}

/** History of the survey and its parts (newest first). */
export async function surveyHistory(actor: Actor, surveyId: string): Promise<AuditEntry[]> {
	const survey = await managedSurvey(actor, surveyId);
	const own = await listHistory(SURVEY_ENTITY, survey.id);
	const questionIds = (
		await db()
			.select({ id: surveyQuestions.id })
			.from(surveyQuestions)
			.where(eq(surveyQuestions.surveyId, survey.id))
	).map((q) => q.id);
	const parts = (
		await Promise.all(questionIds.map((id) => listHistory(QUESTION_ENTITY, id)))
	).flat();
	return [...own, ...parts].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
}

// ── invitations ──

const INVITATION_PURPOSE = 'survey-invitation';

/** `<invitationId>.<signature>` for the personal link. */
export async function invitationToken(invitationId: string, target: Db = db()): Promise<string> {
	return `${invitationId}.${hmac(await signingSecret(target), INVITATION_PURPOSE, invitationId)}`;
}

/** The invitation id of a valid token, or null. */
export async function verifyInvitationToken(token: string): Promise<string | null> {
	const [id, signature] = token.split('.');
	if (!id || !signature || !isUuid(id)) return null;
	const expected = hmac(await signingSecret(), INVITATION_PURPOSE, id);
	return sameSignature(signature, expected) ? id : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Send personal invitation links to a list of e-mails (addresses already invited are skipped). */
export async function inviteToSurvey(
	actor: Actor,
	surveyId: string,
	input: unknown,
	origin?: string
): Promise<{ sent: number; skipped: number }> {
	const survey = await managedSurvey(actor, surveyId);
	const v = parseInput(invitationsInput, input);
	const bad = v.emails.filter((e) => !EMAIL.test(e) || e.length > 254);
	if (bad.length) {
		throw new ValidationError({
			emails: [
				`Neplatné e-mailové adresy: ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ' …' : ''}`
			]
		});
	}
	if (survey.status === 'closed') {
		throw new ValidationError({ _form: ['Dotazník je uzavřen, pozvánky už nelze rozeslat.'] });
	}
	const base = env().PUBLIC_URL ?? origin ?? `http://localhost:${env().PORT}`;
	return db().transaction(async (tx) => {
		const existing = new Set(
			(
				await tx
					.select({ email: surveyInvitations.email })
					.from(surveyInvitations)
					.where(
						and(
							eq(surveyInvitations.surveyId, survey.id),
							inArray(surveyInvitations.email, v.emails)
						)
					)
			).map((r) => r.email)
		);
		let sent = 0;
		const window = survey.closesOn
			? ` Odpovědi přijímáme do ${formatDate(survey.closesOn, 'cs')}.`
			: '';
		for (const email of v.emails) {
			if (existing.has(email)) continue;
			const invitation = await auditedInsert(
				tx,
				actor,
				surveyInvitations,
				INVITATION_ENTITY,
				{ surveyId: survey.id, email, sentAt: new Date() },
				{ areaId: survey.areaId, redact: ['email'] }
			);
			const link = `${base}/dotazniky/${survey.id}/odpoved/${await invitationToken(invitation.id, tx)}`;
			await queueMail(tx, {
				to: email,
				kind: 'participation.survey-invitation',
				subject: `Dotazník: ${survey.title}`,
				text:
					`Dobrý den,\n\nprosíme Vás o vyplnění dotazníku „${survey.title}“. ` +
					`Váš osobní odkaz (platí pro jedno vyplnění):\n\n${link}\n\n${window.trim()}\n\n` +
					'Odpovědi zpracováváme anonymně jako podklad pro komunitní plánování sociálních služeb.\n'
			});
			sent++;
		}
		return { sent, skipped: v.emails.length - sent };
	});
}

export interface InvitationView {
	id: string;
	email: string;
	sentAt: Date | null;
	usedAt: Date | null;
}

export async function listInvitations(
	actor: Actor,
	surveyId: string,
	page = 1,
	pageSize = 50
): Promise<{ rows: InvitationView[]; total: number; used: number }> {
	const survey = await managedSurvey(actor, surveyId);
	const [rows, [{ n, used }]] = await Promise.all([
		db()
			.select({
				id: surveyInvitations.id,
				email: surveyInvitations.email,
				sentAt: surveyInvitations.sentAt,
				usedAt: surveyInvitations.usedAt
			})
			.from(surveyInvitations)
			.where(eq(surveyInvitations.surveyId, survey.id))
			.orderBy(asc(surveyInvitations.email))
			.limit(pageSize)
			.offset((Math.max(1, page) - 1) * pageSize),
		db()
			.select({
				n: count(),
				used: sql<number>`count(${surveyInvitations.usedAt})`.mapWith(Number)
			})
			.from(surveyInvitations)
			.where(eq(surveyInvitations.surveyId, survey.id))
	]);
	return { rows, total: n, used };
}

/** Record a domain verb on a response (used by the answer service). */
export async function auditResponse(
	tx: Db,
	actor: Actor,
	survey: SurveyRow,
	responseId: string,
	after: Record<string, unknown>
): Promise<void> {
	await recordAudit(tx, actor, {
		entityType: RESPONSE_ENTITY,
		entityId: responseId,
		action: 'create',
		after,
		areaId: survey.areaId
	});
}

export interface SurveyAdminView {
	survey: SurveyRow;
	areaName: string;
	definition: SurveyDefinition;
	responseCount: number;
	/** Questions that already have answers (cannot be deleted). */
	answeredQuestionIds: string[];
	/** `<questionId>:<optionId>` choices a condition can refer to. */
	conditionOptions: { value: string; label: string }[];
}

/** Everything the builder page shows (coordinators of the area). */
export async function getSurveyAdmin(actor: Actor, surveyId: string): Promise<SurveyAdminView> {
	const survey = await managedSurvey(actor, surveyId);
	const [definition, [{ n }], answered, [area]] = await Promise.all([
		loadDefinition(survey),
		db()
			.select({ n: count() })
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, survey.id)),
		db()
			.select({ id: surveyQuestions.id })
			.from(surveyQuestions)
			.where(
				and(
					eq(surveyQuestions.surveyId, survey.id),
					sql`exists (select 1 from participation_survey_answers a where a.question_id = ${surveyQuestions.id})`
				)
			),
		db().select({ name: areas.name }).from(areas).where(eq(areas.id, survey.areaId))
	]);
	const conditionOptions = definition.sections
		.flatMap((s) => s.questions)
		.filter((q) => CHOICE_KINDS.includes(q.kind))
		.flatMap((q) =>
			q.options.map((o) => ({
				value: `${q.id}:${o.id}`,
				label: `${q.number}. ${q.text} = ${o.label}`
			}))
		);
	return {
		survey,
		areaName: area?.name ?? '',
		definition,
		responseCount: n,
		answeredQuestionIds: answered.map((a) => a.id),
		conditionOptions
	};
}

/** The definition for the API: coordinators of the area always; everyone once opened with a public link. */
export async function getSurveyDefinition(
	actor: Actor,
	surveyId: string
): Promise<SurveyDefinition> {
	const survey = await findSurvey(surveyId);
	const isPublic = survey.status !== 'draft' && survey.publicLink;
	if (!isPublic) {
		if (actor.kind === 'anonymous') throw new NotFoundError(SURVEY_NOT_FOUND);
		try {
			await authorizeManageSurvey(actor, survey);
		} catch {
			throw new NotFoundError(SURVEY_NOT_FOUND);
		}
	}
	return loadDefinition(survey);
}
