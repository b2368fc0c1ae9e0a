/**
 * Suggestions (podněty a připomínky): public intake (honeypot, rate limit), staff entry on behalf
 * of someone, the lifecycle (screen → assign → start → settle → publish, or reject), public
 * wording, links to meeting agenda items and plan measures, lists with filters and counts.
 * Every change is audited; the submitter (if they left an e-mail) is told at assignment and
 * settlement. Personal data of the submitter never leaves the staff views.
 */
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import type { Actor } from '#lib/platform/access/actor.ts';
import { actorId } from '#lib/platform/access/actor.ts';
import { authorize, can, isAdmin, type ResourceScope } from '#lib/platform/access/can.ts';
import {
	auditedInsert,
	auditedUpdate,
	listHistory,
	recordAudit,
	type AuditEntry
} from '#lib/platform/audit/audit.server.ts';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import {
	ConflictError,
	NotFoundError,
	ValidationError,
	type FieldErrors
} from '#lib/platform/http/errors.ts';
import { assertWithinLimit } from '#lib/platform/http/ratelimit.server.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { formatDate, pragueDay } from '#lib/platform/i18n/format.ts';
import { queueMail } from '#lib/platform/mail/mail.server.ts';
import { env } from '#lib/platform/config/env.server.ts';
import {
	listFilesOf,
	registerFileAccess,
	storeFile,
	type StoredFile
} from '#lib/platform/files/files.service.server.ts';
import {
	areas,
	areaScope,
	bodies,
	coordinatedAreas,
	isUuid,
	targetGroups
} from '#lib/modules/organisation/index.ts';
import { addAgendaItem, agendaItems, meetings, resolutions } from '#lib/modules/meetings/index.ts';
import { measures, plans, priorities } from '#lib/modules/plans/index.ts';
import { suggestionLinks, suggestions } from './suggestion.schema.ts';
import {
	ACTION_TARGET,
	AgendaInput,
	AssignInput,
	canDo,
	MeasureLinkInput,
	OPEN_STATUSES,
	PublicSuggestionInput,
	PublicWordingInput,
	RejectInput,
	SettleInput,
	StaffSuggestionInput,
	VersionInput,
	type PublicListFilter,
	type StaffListFilter,
	type SuggestionAction,
	type SuggestionStatus
} from './suggestion.validation.ts';
import './suggestion.permissions.ts';

export const SUGGESTION_ENTITY = 'participation.suggestion';
export const SUGGESTION_LINK_ENTITY = 'participation.suggestion-link';
export const SUGGESTION_FILE_OWNER = 'participation.suggestion';
export const PAGE_SIZE = 25;

export type Suggestion = typeof suggestions.$inferSelect;
export type SuggestionLink = typeof suggestionLinks.$inferSelect;

const NOT_FOUND = 'Podnět nebyl nalezen.';
export const MAX_ATTACHMENTS = 3;

/** Attachments may hold personal data: only staff who handle the suggestion download them. */
registerFileAccess(SUGGESTION_FILE_OWNER, async (actor, file) => {
	if (!isUuid(file.ownerId)) return false;
	const [s] = await db().select().from(suggestions).where(eq(suggestions.id, file.ownerId));
	return !!s && can(actor, 'participation.suggestions.handle', await scopeOf(s));
});

async function storeAttachments(tx: Db, actor: Actor, s: Suggestion, files: File[]): Promise<void> {
	const real = files.filter((f) => f.size > 0);
	if (real.length > MAX_ATTACHMENTS) {
		throw fieldError('attachments', `Přiložte nejvýše ${MAX_ATTACHMENTS} soubory.`);
	}
	for (const file of real) {
		try {
			await storeFile(tx, actor, {
				filename: file.name,
				contentType: file.type,
				data: file,
				ownerType: SUGGESTION_FILE_OWNER,
				ownerId: s.id,
				areaId: s.areaId
			});
		} catch (error) {
			if (error instanceof ValidationError) {
				const messages = Object.values(error.fields).flat();
				throw new ValidationError({ attachments: messages.map((m) => `${file.name}: ${m}`) });
			}
			throw error;
		}
	}
}

/** The reference number shown to people: `2026/7`. */
export const suggestionNumber = (s: { year: number; seq: number }) => `${s.year}/${s.seq}`;

function fieldError(field: string, message: string): ValidationError {
	return new ValidationError({ [field]: [message] } as FieldErrors, message);
}

async function findSuggestion(id: string, target: Db = db()): Promise<Suggestion> {
	if (!isUuid(id)) throw new NotFoundError(NOT_FOUND);
	const [row] = await target.select().from(suggestions).where(eq(suggestions.id, id));
	if (!row) throw new NotFoundError(NOT_FOUND);
	return row;
}

async function scopeOf(s: Suggestion, target: Db = db()): Promise<ResourceScope> {
	return areaScope(s.areaId, { bodyId: s.assignedBodyId }, target);
}

async function assertArea(tx: Db, areaId: string): Promise<{ id: string; name: string }> {
	const [area] = await tx
		.select({ id: areas.id, name: areas.name })
		.from(areas)
		.where(eq(areas.id, areaId));
	if (!area) throw fieldError('areaId', 'Vyberte území ze seznamu.');
	return area;
}

async function assertTargetGroup(tx: Db, id: string | null): Promise<void> {
	if (!id) return;
	const [row] = await tx
		.select({ id: targetGroups.id })
		.from(targetGroups)
		.where(eq(targetGroups.id, id));
	if (!row) throw fieldError('targetGroupId', 'Vyberte cílovou skupinu ze seznamu.');
}

async function nextSeq(tx: Db, areaId: string, year: number): Promise<number> {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`suggestion:${areaId}:${year}`}))`);
	const [row] = await tx
		.select({ last: sql<number | null>`max(${suggestions.seq})` })
		.from(suggestions)
		.where(and(eq(suggestions.areaId, areaId), eq(suggestions.year, year)));
	return Number(row?.last ?? 0) + 1;
}

const PERSONAL = ['submitterName', 'submitterEmail', 'submitterPhone'];

/** Insert one suggestion (shared by the public form, staff entry and the demo seeder). */
export async function insertSuggestion(
	tx: Db,
	actor: Actor,
	values: Omit<typeof suggestions.$inferInsert, 'year' | 'seq'> & { year?: number }
): Promise<Suggestion> {
	const year = values.year ?? Number(String(values.receivedOn).slice(0, 4));
	return auditedInsert(
		tx,
		actor,
		suggestions,
		SUGGESTION_ENTITY,
		{ ...values, year, seq: await nextSeq(tx, values.areaId, year) },
		{ areaId: values.areaId, redact: PERSONAL }
	);
}

function publicLink(id: string): string {
	return `${(env().PUBLIC_URL ?? '').replace(/\/$/, '')}/podnety/${id}`;
}

async function mailSubmitter(
	tx: Db,
	s: Suggestion,
	kind: 'received' | 'assigned' | 'settled',
	extra: Record<string, string> = {}
): Promise<void> {
	if (!s.submitterEmail) return;
	const number = suggestionNumber(s);
	const opts = { locale: 'cs' as const };
	const subject =
		kind === 'received'
			? m.part_sug_mail_received_subject({ number }, opts)
			: kind === 'assigned'
				? m.part_sug_mail_assigned_subject({ number }, opts)
				: m.part_sug_mail_settled_subject({ number }, opts);
	const body =
		kind === 'received'
			? m.part_sug_mail_received_text({ number }, opts)
			: kind === 'assigned'
				? m.part_sug_mail_assigned_text({ number, to: extra.to ?? '', due: extra.due ?? '' }, opts)
				: m.part_sug_mail_settled_text(
						{ number, answer: s.answer ?? '', outcome: extra.outcome ?? '' },
						opts
					);
	const link = s.isPublic ? `\n\n${m.part_sug_mail_link({ url: publicLink(s.id) }, opts)}` : '';
	await queueMail(tx, {
		to: s.submitterEmail,
		subject,
		text: `${m.part_sug_mail_greeting(opts)}\n\n${body}${link}\n\n${m.part_sug_mail_signature(opts)}`,
		kind: `participation.suggestion.${kind}`
	});
}

// ── intake ──

export interface SubmitResult {
	/** Null when the honeypot was filled: the sender sees success, nothing is stored. */
	suggestion: Suggestion | null;
}

/**
 * The public form (no login). A filled honeypot pretends success and stores nothing; the rate
 * limit answers 429 in Czech. Stored as `new`, hidden from the public until published.
 */
export async function submitSuggestion(
	actor: Actor,
	input: Record<string, unknown>,
	clientAddress: string | null,
	attachments: File[] = []
): Promise<SubmitResult> {
	authorize(actor, 'participation.suggestions.submit');
	if (typeof input.homepage === 'string' && input.homepage.trim() !== '') {
		return { suggestion: null };
	}
	const data = parseInput(PublicSuggestionInput, input);
	await assertWithinLimit('participation.suggestion', clientAddress);
	return db().transaction(async (tx) => {
		await assertArea(tx, data.areaId);
		await assertTargetGroup(tx, data.targetGroupId);
		const { consent: _consent, ...values } = data;
		void _consent;
		const suggestion = await insertSuggestion(tx, actor, {
			...values,
			channel: 'web',
			status: 'new',
			receivedOn: pragueDay(),
			createdById: actorId(actor)
		});
		await storeAttachments(tx, actor, suggestion, attachments);
		await mailSubmitter(tx, suggestion, 'received');
		return { suggestion };
	});
}

/** Staff entry on behalf of someone (meeting, phone, letter, users' council…), optionally from an agenda item. */
export async function recordSuggestion(actor: Actor, input: unknown): Promise<Suggestion> {
	if (actor.kind === 'anonymous') authorize(actor, 'participation.suggestions.manage');
	const data = parseInput(StaffSuggestionInput, input);
	authorize(actor, 'participation.suggestions.manage', await areaScope(data.areaId));
	if (data.receivedOn > pragueDay()) {
		throw fieldError('receivedOn', 'Datum přijetí nemůže být v budoucnosti.');
	}
	return db().transaction(async (tx) => {
		await assertArea(tx, data.areaId);
		await assertTargetGroup(tx, data.targetGroupId);
		const { agendaItemId, ...values } = data;
		let meetingId: string | null = null;
		if (agendaItemId) {
			const [item] = await tx
				.select({ id: agendaItems.id, meetingId: agendaItems.meetingId })
				.from(agendaItems)
				.where(eq(agendaItems.id, agendaItemId));
			if (!item) throw fieldError('agendaItemId', 'Bod programu nebyl nalezen.');
			meetingId = item.meetingId;
		}
		const suggestion = await insertSuggestion(tx, actor, {
			...values,
			status: 'new',
			createdById: actorId(actor)
		});
		if (agendaItemId) {
			await auditedInsert(
				tx,
				actor,
				suggestionLinks,
				SUGGESTION_LINK_ENTITY,
				{
					suggestionId: suggestion.id,
					kind: 'agenda_item',
					agendaItemId,
					meetingId,
					createdById: actorId(actor)
				},
				{ areaId: suggestion.areaId }
			);
		}
		return suggestion;
	});
}

/** Prefill of the staff form from a meeting's agenda item (`?bod=`). */
export async function agendaItemPrefill(
	actor: Actor,
	agendaItemId: string
): Promise<{ agendaItemId: string; title: string; areaId: string; meetingLabel: string } | null> {
	if (!isUuid(agendaItemId)) return null;
	const [row] = await db()
		.select({
			id: agendaItems.id,
			title: agendaItems.title,
			areaId: meetings.areaId,
			startsAt: meetings.startsAt,
			bodyName: bodies.name
		})
		.from(agendaItems)
		.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(agendaItems.id, agendaItemId));
	if (!row) return null;
	if (!can(actor, 'participation.suggestions.manage', await areaScope(row.areaId))) return null;
	return {
		agendaItemId: row.id,
		title: row.title,
		areaId: row.areaId,
		meetingLabel: `${row.bodyName}, ${formatDate(row.startsAt)}`
	};
}

// ── lifecycle ──

async function loadForWrite(
	actor: Actor,
	id: string,
	permission: 'participation.suggestions.manage' | 'participation.suggestions.handle'
): Promise<Suggestion> {
	if (actor.kind === 'anonymous') authorize(actor, permission);
	const s = await findSuggestion(id);
	authorize(actor, permission, await scopeOf(s));
	return s;
}

function assertTransition(s: Suggestion, action: SuggestionAction): void {
	if (canDo(action, s.status)) return;
	const from = statusName(s.status);
	const message =
		action === 'publish' && s.status !== 'settled'
			? `Zveřejnit lze jen vypořádaný podnět; tento je ve stavu „${from}“.`
			: `Podnět ve stavu „${from}“ nelze ${ACTION_VERB[action]}.`;
	throw fieldError('status', message);
}

const ACTION_VERB: Record<SuggestionAction, string> = {
	screen: 'převzít k posouzení',
	assign: 'přidělit',
	start: 'začít řešit',
	settle: 'vypořádat',
	publish: 'zveřejnit',
	reject: 'odmítnout'
};

const STATUS_CS: Record<SuggestionStatus, string> = {
	new: 'nový',
	screening: 'posouzení',
	assigned: 'přiděleno',
	in_progress: 'řeší se',
	settled: 'vypořádáno',
	published: 'zveřejněno',
	rejected: 'odmítnuto'
};
export const statusName = (s: SuggestionStatus) => STATUS_CS[s];

export const OUTCOME_CS: Record<string, string> = {
	resolved: 'vyřešeno',
	plan: 'zapracováno do plánu',
	forwarded: 'předáno',
	not_possible: 'nelze řešit'
};

async function transition(
	tx: Db,
	actor: Actor,
	s: Suggestion,
	action: SuggestionAction,
	version: number,
	values: Partial<typeof suggestions.$inferInsert> = {}
): Promise<Suggestion> {
	assertTransition(s, action);
	if (s.version !== version) throw new ConflictError(undefined, s as Record<string, unknown>);
	return auditedUpdate(
		tx,
		actor,
		suggestions,
		SUGGESTION_ENTITY,
		s.id,
		{ ...values, status: ACTION_TARGET[action] },
		{ expectedVersion: version, action, areaId: s.areaId, redact: PERSONAL }
	);
}

/** nová → posouzení (coordinator takes it for pre-screening). */
export async function screenSuggestion(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Suggestion> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.manage');
	const { version } = parseInput(VersionInput, input);
	return db().transaction((tx) => transition(tx, actor, s, 'screen', version));
}

/** → přiděleno: to a body of the area (or its ancestors) or an office department, with a due date. */
export async function assignSuggestion(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Suggestion> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.manage');
	const data = parseInput(AssignInput, input);
	if (data.dueOn < pragueDay()) {
		throw fieldError('dueOn', 'Termín vyřízení nemůže být v minulosti.');
	}
	return db().transaction(async (tx) => {
		let to = data.department ?? '';
		if (data.bodyId) {
			const [body] = await tx
				.select({ id: bodies.id, name: bodies.name, areaId: bodies.areaId })
				.from(bodies)
				.where(eq(bodies.id, data.bodyId));
			const scope = await areaScope(s.areaId, {}, tx);
			if (!body || !(scope.areaIds ?? []).includes(body.areaId)) {
				throw fieldError('bodyId', 'Vyberte skupinu území, do kterého podnět patří.');
			}
			to = body.name;
		}
		const updated = await transition(tx, actor, s, 'assign', data.version, {
			assignedBodyId: data.bodyId,
			assignedDepartment: data.department,
			dueOn: data.dueOn,
			assignedAt: new Date()
		});
		await mailSubmitter(tx, updated, 'assigned', {
			to,
			due: formatDate(`${data.dueOn}T12:00:00Z`, 'cs')
		});
		return updated;
	});
}

/** přiděleno → řeší se (coordinator or the assigned body's manager). */
export async function startSuggestion(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Suggestion> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.handle');
	const { version } = parseInput(VersionInput, input);
	return db().transaction((tx) => transition(tx, actor, s, 'start', version));
}

/** → vypořádáno with the answer and the outcome; the submitter is told by e-mail. */
export async function settleSuggestion(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Suggestion> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.handle');
	const data = parseInput(SettleInput, input);
	return db().transaction(async (tx) => {
		const updated = await transition(tx, actor, s, 'settle', data.version, {
			answer: data.answer,
			outcome: data.outcome,
			settledAt: new Date(),
			settledById: actorId(actor)
		});
		await mailSubmitter(tx, updated, 'settled', { outcome: OUTCOME_CS[data.outcome] });
		return updated;
	});
}

/** vypořádáno → zveřejněno: only when the submitter agreed to publication. */
export async function publishSuggestion(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Suggestion> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.manage');
	const { version } = parseInput(VersionInput, input);
	if (!s.isPublic && canDo('publish', s.status)) {
		throw fieldError(
			'isPublic',
			'Podnět nelze zveřejnit: není označen ke zveřejnění (podavatel se zveřejněním nesouhlasil). Změňte to v části Veřejné znění, pokud souhlas máte.'
		);
	}
	return db().transaction((tx) =>
		transition(tx, actor, s, 'publish', version, { publishedAt: new Date() })
	);
}

/** → odmítnuto (spam, abuse, out of scope) with a reason. */
export async function rejectSuggestion(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Suggestion> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.manage');
	const data = parseInput(RejectInput, input);
	return db().transaction((tx) =>
		transition(tx, actor, s, 'reject', data.version, {
			rejectReason: data.reason,
			rejectedAt: new Date()
		})
	);
}

/** The coordinator edits the public wording (the original text stays) and the publication flag. */
export async function updatePublicWording(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Suggestion> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.manage');
	const data = parseInput(PublicWordingInput, input);
	if (s.status === 'rejected') {
		throw fieldError('publicText', 'Odmítnutý podnět se nezveřejňuje.');
	}
	if (s.status === 'published' && !data.isPublic) {
		throw fieldError(
			'isPublic',
			'Zveřejněný podnět nelze označit jako neveřejný; upravte raději jeho veřejné znění.'
		);
	}
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			suggestions,
			SUGGESTION_ENTITY,
			s.id,
			{ publicText: data.publicText, isPublic: data.isPublic },
			{ expectedVersion: data.version, areaId: s.areaId, redact: PERSONAL }
		)
	);
}

// ── links ──

/** Put the suggestion on a planned meeting's agenda (meetings module) and store the link. */
export async function putOnAgenda(
	actor: Actor,
	id: string,
	input: unknown
): Promise<SuggestionLink> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.manage');
	const data = parseInput(AgendaInput, input);
	if (s.status === 'rejected' || s.status === 'published') {
		throw fieldError('meetingId', 'Odmítnutý nebo zveřejněný podnět už na jednání nezařazujte.');
	}
	if (s.version !== data.version) throw new ConflictError(undefined, s as Record<string, unknown>);
	const [meeting] = await db()
		.select({ id: meetings.id, areaId: meetings.areaId, status: meetings.status })
		.from(meetings)
		.where(eq(meetings.id, data.meetingId));
	const scope = await areaScope(s.areaId);
	if (!meeting || !(scope.areaIds ?? []).includes(meeting.areaId)) {
		throw fieldError('meetingId', 'Vyberte jednání území, do kterého podnět patří.');
	}
	if (meeting.status !== 'planned' && meeting.status !== 'invited') {
		throw fieldError('meetingId', 'Na program lze zařadit jen připravované jednání.');
	}
	const text = s.publicText ?? s.text;
	const item = await addAgendaItem(actor, meeting.id, {
		title: `Podnět č. ${suggestionNumber(s)}: ${shorten(text, 200)}`,
		description: shorten(text, 4000)
	});
	return db().transaction(async (tx) => {
		await auditedUpdate(
			tx,
			actor,
			suggestions,
			SUGGESTION_ENTITY,
			s.id,
			{},
			{
				expectedVersion: data.version,
				action: 'agenda',
				areaId: s.areaId,
				redact: PERSONAL
			}
		);
		return auditedInsert(
			tx,
			actor,
			suggestionLinks,
			SUGGESTION_LINK_ENTITY,
			{
				suggestionId: s.id,
				kind: 'agenda_item',
				meetingId: meeting.id,
				agendaItemId: item.id,
				createdById: actorId(actor)
			},
			{ areaId: s.areaId }
		);
	});
}

/** Link the suggestion to a measure of a plan of its area (or an ancestor area). */
export async function linkMeasure(
	actor: Actor,
	id: string,
	input: unknown
): Promise<SuggestionLink> {
	const s = await loadForWrite(actor, id, 'participation.suggestions.manage');
	const data = parseInput(MeasureLinkInput, input);
	const [measure] = await db()
		.select({ id: measures.id, planId: measures.planId, areaId: plans.areaId })
		.from(measures)
		.innerJoin(plans, eq(plans.id, measures.planId))
		.where(eq(measures.id, data.measureId));
	const scope = await areaScope(s.areaId);
	if (!measure || !(scope.areaIds ?? []).includes(measure.areaId)) {
		throw fieldError('measureId', 'Vyberte opatření plánu území, do kterého podnět patří.');
	}
	return db().transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: suggestionLinks.id })
			.from(suggestionLinks)
			.where(
				and(eq(suggestionLinks.suggestionId, s.id), eq(suggestionLinks.measureId, measure.id))
			);
		if (existing) throw fieldError('measureId', 'Podnět už je s tímto opatřením propojen.');
		await auditedUpdate(
			tx,
			actor,
			suggestions,
			SUGGESTION_ENTITY,
			s.id,
			{},
			{
				expectedVersion: data.version,
				action: 'link-measure',
				areaId: s.areaId,
				redact: PERSONAL
			}
		);
		return auditedInsert(
			tx,
			actor,
			suggestionLinks,
			SUGGESTION_LINK_ENTITY,
			{
				suggestionId: s.id,
				kind: 'measure',
				planId: measure.planId,
				measureId: measure.id,
				createdById: actorId(actor)
			},
			{ areaId: s.areaId }
		);
	});
}

function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

// ── reading ──

export interface ChainItem {
	linkId: string;
	meetingId: string | null;
	meetingStartsAt: Date | null;
	bodyName: string | null;
	agendaItemId: string | null;
	agendaTitle: string | null;
	agendaPosition: number | null;
	resolutions: { id: string; number: string; text: string; adopted: boolean }[];
}

export interface MeasureLinkView {
	linkId: string;
	planId: string | null;
	planTitle: string | null;
	measureId: string | null;
	measureNumber: string | null;
	measureTitle: string | null;
}

/** The traceability chain: agenda items (with their resolutions) and linked measures. */
export async function linksOf(
	suggestionId: string,
	target: Db = db()
): Promise<{ agenda: ChainItem[]; measures: MeasureLinkView[] }> {
	const rows = await target
		.select()
		.from(suggestionLinks)
		.where(eq(suggestionLinks.suggestionId, suggestionId))
		.orderBy(asc(suggestionLinks.createdAt));
	const itemIds = rows.filter((r) => r.agendaItemId).map((r) => r.agendaItemId as string);
	const measureIds = rows.filter((r) => r.measureId).map((r) => r.measureId as string);
	const [items, res, ms] = await Promise.all([
		itemIds.length
			? target
					.select({
						id: agendaItems.id,
						title: agendaItems.title,
						position: agendaItems.position,
						meetingId: meetings.id,
						startsAt: meetings.startsAt,
						bodyName: bodies.name
					})
					.from(agendaItems)
					.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
					.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
					.where(inArray(agendaItems.id, itemIds))
			: [],
		itemIds.length
			? target
					.select({
						id: resolutions.id,
						agendaItemId: resolutions.agendaItemId,
						number: resolutions.number,
						text: resolutions.text,
						adopted: resolutions.adopted
					})
					.from(resolutions)
					.where(inArray(resolutions.agendaItemId, itemIds))
					.orderBy(asc(resolutions.seq))
			: [],
		measureIds.length
			? target
					.select({
						id: measures.id,
						number: measures.number,
						title: measures.title,
						planId: plans.id,
						planTitle: plans.title
					})
					.from(measures)
					.innerJoin(plans, eq(plans.id, measures.planId))
					.where(inArray(measures.id, measureIds))
			: []
	]);
	const itemById = new Map(items.map((i) => [i.id, i]));
	const measureById = new Map(ms.map((x) => [x.id, x]));
	return {
		agenda: rows
			.filter((r) => r.kind === 'agenda_item')
			.map((r) => {
				const item = r.agendaItemId ? itemById.get(r.agendaItemId) : undefined;
				return {
					linkId: r.id,
					meetingId: item?.meetingId ?? r.meetingId,
					meetingStartsAt: item?.startsAt ?? null,
					bodyName: item?.bodyName ?? null,
					agendaItemId: item?.id ?? null,
					agendaTitle: item?.title ?? null,
					agendaPosition: item?.position ?? null,
					resolutions: res
						.filter((x) => x.agendaItemId && x.agendaItemId === r.agendaItemId)
						.map(({ id, number, text, adopted }) => ({ id, number, text, adopted }))
				};
			}),
		measures: rows
			.filter((r) => r.kind === 'measure')
			.map((r) => {
				const x = r.measureId ? measureById.get(r.measureId) : undefined;
				return {
					linkId: r.id,
					planId: x?.planId ?? r.planId,
					planTitle: x?.planTitle ?? null,
					measureId: x?.id ?? null,
					measureNumber: x?.number ?? null,
					measureTitle: x?.title ?? null
				};
			})
	};
}

export interface SuggestionDetail {
	suggestion: Suggestion;
	number: string;
	areaName: string;
	targetGroupName: string | null;
	bodyName: string | null;
	links: Awaited<ReturnType<typeof linksOf>>;
	history: AuditEntry[];
	attachments: StoredFile[];
	canManage: boolean;
	canHandle: boolean;
	overdue: boolean;
}

async function namesOf(s: Suggestion) {
	const [[area], [group], [body]] = await Promise.all([
		db().select({ name: areas.name }).from(areas).where(eq(areas.id, s.areaId)),
		s.targetGroupId
			? db()
					.select({ name: targetGroups.name })
					.from(targetGroups)
					.where(eq(targetGroups.id, s.targetGroupId))
			: Promise.resolve([]),
		s.assignedBodyId
			? db().select({ name: bodies.name }).from(bodies).where(eq(bodies.id, s.assignedBodyId))
			: Promise.resolve([])
	]);
	return {
		areaName: area?.name ?? '',
		targetGroupName: (group as { name: string } | undefined)?.name ?? null,
		bodyName: (body as { name: string } | undefined)?.name ?? null
	};
}

/** Staff detail: everything including the submitter, the chain and the history. */
export async function getSuggestionDetail(actor: Actor, id: string): Promise<SuggestionDetail> {
	if (actor.kind === 'anonymous') authorize(actor, 'participation.suggestions.handle');
	const s = await findSuggestion(id);
	const scope = await scopeOf(s);
	authorize(actor, 'participation.suggestions.handle', scope);
	const [names, links, history, attachments] = await Promise.all([
		namesOf(s),
		linksOf(s.id),
		listHistory(SUGGESTION_ENTITY, s.id, { limit: 100 }),
		listFilesOf(SUGGESTION_FILE_OWNER, s.id)
	]);
	return {
		suggestion: s,
		number: suggestionNumber(s),
		...names,
		links,
		history,
		attachments,
		canManage: can(actor, 'participation.suggestions.manage', scope),
		canHandle: true,
		overdue: isOverdue(s)
	};
}

export function isOverdue(s: Pick<Suggestion, 'status' | 'dueOn'>, today = pragueDay()): boolean {
	return !!s.dueOn && OPEN_STATUSES.includes(s.status) && s.dueOn < today;
}

export interface PublicSuggestion {
	id: string;
	number: string;
	areaId: string;
	areaName: string;
	topic: string;
	targetGroupName: string | null;
	place: string | null;
	text: string;
	receivedOn: string;
	channel: string;
	status: SuggestionStatus;
	outcome: string | null;
	answer: string | null;
	settledAt: Date | null;
	publishedAt: Date | null;
	handledBy: string | null;
}

function toPublic(
	s: Suggestion,
	names: { areaName: string; targetGroupName: string | null; bodyName: string | null }
): PublicSuggestion {
	return {
		id: s.id,
		number: suggestionNumber(s),
		areaId: s.areaId,
		areaName: names.areaName,
		topic: s.topic,
		targetGroupName: names.targetGroupName,
		place: s.place,
		text: s.publicText ?? s.text,
		receivedOn: s.receivedOn,
		channel: s.channel,
		status: s.status,
		outcome: s.outcome,
		answer: s.answer,
		settledAt: s.settledAt,
		publishedAt: s.publishedAt,
		handledBy: names.bodyName ?? s.assignedDepartment
	};
}

/** Public detail of a published suggestion (no personal data); anything else is 404. */
export async function getPublicSuggestion(
	actor: Actor,
	id: string
): Promise<PublicSuggestion & { links: Awaited<ReturnType<typeof linksOf>> }> {
	authorize(actor, 'participation.suggestions.public.read');
	const s = await findSuggestion(id);
	if (s.status !== 'published') throw new NotFoundError(NOT_FOUND);
	const [names, links] = await Promise.all([namesOf(s), linksOf(s.id)]);
	return { ...toPublic(s, names), links };
}

/** Area ids: the area and all areas below it. */
async function areaAndBelow(areaId: string, target: Db = db()): Promise<string[]> {
	const rows = await queryRows<{ id: string }>(
		target,
		sql`with recursive down(id, depth) as (
			select id, 0 from organisation_areas where id = ${areaId}
			union all
			select c.id, d.depth + 1 from organisation_areas c join down d on c.parent_id = d.id where d.depth < 10
		) select distinct id from down`
	);
	return rows.map((r) => r.id);
}

interface Where {
	areaIds?: string[] | null;
	statuses?: SuggestionStatus[];
	topic?: string;
	channel?: string;
	targetGroupId?: string;
	bodyId?: string;
	outcome?: string;
	year?: number;
	from?: string;
	to?: string;
	q?: string;
	/** Staff visibility: coordinator areas OR assigned bodies. */
	visible?: { areaIds: string[]; bodyIds: string[] } | null;
}

function whereOf(w: Where): SQL | undefined {
	const parts: SQL[] = [];
	if (w.areaIds) parts.push(w.areaIds.length ? inArray(suggestions.areaId, w.areaIds) : sql`false`);
	if (w.statuses) parts.push(inArray(suggestions.status, w.statuses));
	if (w.topic) parts.push(eq(suggestions.topic, w.topic));
	if (w.channel) parts.push(eq(suggestions.channel, w.channel as Suggestion['channel']));
	if (w.targetGroupId) parts.push(eq(suggestions.targetGroupId, w.targetGroupId));
	if (w.bodyId) parts.push(eq(suggestions.assignedBodyId, w.bodyId));
	if (w.outcome) {
		parts.push(eq(suggestions.outcome, w.outcome as NonNullable<Suggestion['outcome']>));
	}
	if (w.year) parts.push(eq(suggestions.year, w.year));
	if (w.from) parts.push(sql`${suggestions.receivedOn} >= ${w.from}`);
	if (w.to) parts.push(sql`${suggestions.receivedOn} <= ${w.to}`);
	if (w.q) {
		const like = `%${w.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		parts.push(
			or(
				ilike(suggestions.text, like),
				ilike(suggestions.publicText, like),
				ilike(suggestions.place, like)
			)!
		);
	}
	if (w.visible) {
		const { areaIds, bodyIds } = w.visible;
		const v: SQL[] = [];
		if (areaIds.length) v.push(inArray(suggestions.areaId, areaIds));
		if (bodyIds.length) v.push(inArray(suggestions.assignedBodyId, bodyIds));
		parts.push(v.length ? or(...v)! : sql`false`);
	}
	return parts.length ? and(...parts) : undefined;
}

export interface SuggestionCounts {
	total: number;
	byStatus: Record<string, number>;
	byTopic: Record<string, number>;
	byTargetGroup: { id: string | null; name: string | null; count: number }[];
	byChannel: Record<string, number>;
	byOutcome: Record<string, number>;
	byYear: Record<string, number>;
}

/** The one definition of suggestion counts (lists, public agenda, annual report). */
async function countsWhere(where: SQL | undefined): Promise<SuggestionCounts> {
	const group = (col: SQL) =>
		db()
			.select({ key: sql<string | null>`${col}::text`, n: count() })
			.from(suggestions)
			.where(where)
			.groupBy(col);
	const [status, topic, channel, outcome, year, groups] = await Promise.all([
		group(sql`${suggestions.status}`),
		group(sql`${suggestions.topic}`),
		group(sql`${suggestions.channel}`),
		group(sql`${suggestions.outcome}`),
		group(sql`${suggestions.year}`),
		db()
			.select({ id: suggestions.targetGroupId, name: targetGroups.name, n: count() })
			.from(suggestions)
			.leftJoin(targetGroups, eq(targetGroups.id, suggestions.targetGroupId))
			.where(where)
			.groupBy(suggestions.targetGroupId, targetGroups.name)
	]);
	const rec = (rows: { key: string | null; n: number }[]) =>
		Object.fromEntries(rows.filter((r) => r.key !== null).map((r) => [r.key as string, r.n]));
	return {
		total: status.reduce((a, r) => a + r.n, 0),
		byStatus: rec(status),
		byTopic: rec(topic),
		byChannel: rec(channel),
		byOutcome: rec(outcome),
		byYear: rec(year),
		byTargetGroup: groups
			.map((g) => ({ id: g.id, name: g.name, count: g.n }))
			.sort((a, b) => b.count - a.count)
	};
}

/**
 * Counts of suggestions per status, topic, target group, channel, outcome and year for the
 * annual report (#7): an area with all areas below it, received between `from` and `to`
 * (inclusive `YYYY-MM-DD`). Aggregates only, no personal data; the caller authorizes its page.
 */
export async function suggestionStats(filter: {
	areaId?: string | null;
	from?: string | null;
	to?: string | null;
	publishedOnly?: boolean;
}): Promise<SuggestionCounts> {
	const areaIds = filter.areaId ? await areaAndBelow(filter.areaId) : null;
	return countsWhere(
		whereOf({
			areaIds,
			from: filter.from ?? undefined,
			to: filter.to ?? undefined,
			statuses: filter.publishedOnly ? ['published'] : undefined
		})
	);
}

export interface StaffListRow {
	id: string;
	number: string;
	areaId: string;
	publicText: string | null;
	publishedAt: Date | null;
	status: SuggestionStatus;
	topic: string;
	channel: string;
	text: string;
	areaName: string;
	targetGroupName: string | null;
	handledBy: string | null;
	receivedOn: string;
	dueOn: string | null;
	overdue: boolean;
	submitterName: string | null;
	submitterEmail: string | null;
	submitterPhone: string | null;
	outcome: string | null;
	answer: string | null;
	isPublic: boolean;
	place: string | null;
}

/** What the actor may see in the working list: coordinator areas (with areas below) or assigned bodies. */
async function staffVisibility(
	actor: Actor
): Promise<{ areaIds: string[]; bodyIds: string[] } | null> {
	if (isAdmin(actor)) return null;
	if (actor.kind !== 'user') return { areaIds: [], bodyIds: [] };
	const areaIds = (await coordinatedAreas(actor)).map((a) => a.id);
	const bodyIds = actor.grants
		.filter((g) => g.role === 'manager' && g.bodyId)
		.map((g) => g.bodyId as string);
	return { areaIds, bodyIds };
}

function staffWhere(filter: Partial<StaffListFilter>, visible: Where['visible']): Where {
	return {
		visible,
		statuses: filter.status
			? filter.status === 'open'
				? OPEN_STATUSES
				: [filter.status as SuggestionStatus]
			: undefined,
		topic: filter.topic,
		channel: filter.channel,
		outcome: filter.outcome,
		targetGroupId: filter.targetGroupId,
		bodyId: filter.bodyId,
		year: filter.year,
		q: filter.q,
		areaIds: undefined
	};
}

const staffColumns = {
	s: suggestions,
	areaName: areas.name,
	targetGroupName: targetGroups.name,
	bodyName: bodies.name
};

function toStaffRow(r: {
	s: Suggestion;
	areaName: string;
	targetGroupName: string | null;
	bodyName: string | null;
}): StaffListRow {
	const s = r.s;
	return {
		id: s.id,
		number: suggestionNumber(s),
		areaId: s.areaId,
		publicText: s.publicText,
		publishedAt: s.publishedAt,
		status: s.status,
		topic: s.topic,
		channel: s.channel,
		text: s.text,
		areaName: r.areaName,
		targetGroupName: r.targetGroupName,
		handledBy: r.bodyName ?? s.assignedDepartment,
		receivedOn: s.receivedOn,
		dueOn: s.dueOn,
		overdue: isOverdue(s),
		submitterName: s.submitterName,
		submitterEmail: s.submitterEmail,
		submitterPhone: s.submitterPhone,
		outcome: s.outcome,
		answer: s.answer,
		isPublic: s.isPublic,
		place: s.place
	};
}

function staffQuery(where: SQL | undefined) {
	return db()
		.select(staffColumns)
		.from(suggestions)
		.innerJoin(areas, eq(areas.id, suggestions.areaId))
		.leftJoin(targetGroups, eq(targetGroups.id, suggestions.targetGroupId))
		.leftJoin(bodies, eq(bodies.id, suggestions.assignedBodyId))
		.where(where);
}

/** The staff working list: visible suggestions, filters, counts, one page. */
export async function listSuggestions(
	actor: Actor,
	filter: Partial<StaffListFilter> & { areaId?: string },
	perPage = PAGE_SIZE
): Promise<{ rows: StaffListRow[]; total: number; counts: SuggestionCounts }> {
	authorize(actor, 'participation.suggestions.list');
	const visible = await staffVisibility(actor);
	const w = staffWhere(filter, visible);
	if (filter.areaId) w.areaIds = await areaAndBelow(filter.areaId);
	const where = whereOf(w);
	// Counts ignore the status filter so the status tabs always show every status.
	const countWhere = whereOf({ ...w, statuses: undefined });
	const page = Math.max(1, filter.page ?? 1);
	const [rows, counts, [{ n }]] = await Promise.all([
		staffQuery(where)
			.orderBy(desc(suggestions.receivedOn), desc(suggestions.year), desc(suggestions.seq))
			.limit(perPage)
			.offset((page - 1) * perPage),
		countsWhere(countWhere),
		db().select({ n: count() }).from(suggestions).where(where)
	]);
	return { rows: rows.map(toStaffRow), total: n, counts };
}

/** All rows of the staff list with the current filters, in batches (for streamed exports). */
export async function* iterateSuggestions(
	actor: Actor,
	filter: Partial<StaffListFilter> & { areaId?: string },
	batch = 500
): AsyncGenerator<StaffListRow[]> {
	authorize(actor, 'participation.suggestions.list');
	const visible = await staffVisibility(actor);
	const w = staffWhere(filter, visible);
	if (filter.areaId) w.areaIds = await areaAndBelow(filter.areaId);
	const where = whereOf(w);
	for (let offset = 0; ; offset += batch) {
		const rows = await staffQuery(where)
			.orderBy(
				desc(suggestions.receivedOn),
				desc(suggestions.year),
				desc(suggestions.seq),
				asc(suggestions.id)
			)
			.limit(batch)
			.offset(offset);
		if (rows.length) yield rows.map(toStaffRow);
		if (rows.length < batch) return;
	}
}

/** The public agenda: published suggestions with filters, counts and one page. */
export async function listPublicSuggestions(
	actor: Actor,
	filter: Partial<PublicListFilter>,
	perPage = PAGE_SIZE
): Promise<{ rows: PublicSuggestion[]; total: number; counts: SuggestionCounts }> {
	authorize(actor, 'participation.suggestions.public.read');
	const w: Where = {
		statuses: ['published'],
		topic: filter.topic,
		targetGroupId: filter.targetGroupId,
		outcome: filter.outcome,
		year: filter.year,
		areaIds: filter.areaId ? await areaAndBelow(filter.areaId) : undefined
	};
	const where = whereOf(w);
	const page = Math.max(1, filter.page ?? 1);
	const [rows, counts, [{ n }]] = await Promise.all([
		staffQuery(where)
			.orderBy(desc(suggestions.publishedAt), desc(suggestions.seq))
			.limit(perPage)
			.offset((page - 1) * perPage),
		countsWhere(whereOf({ ...w, outcome: undefined })),
		db().select({ n: count() }).from(suggestions).where(where)
	]);
	return {
		rows: rows.map((r) =>
			toPublic(r.s, {
				areaName: r.areaName,
				targetGroupName: r.targetGroupName,
				bodyName: r.bodyName
			})
		),
		total: n,
		counts
	};
}

// ── options for forms ──

export interface Option {
	value: string;
	label: string;
}

/** Areas citizens can choose on the public form (ORP, microregions and kraje that plan). */
export async function publicAreaOptions(): Promise<Option[]> {
	const rows = await db()
		.select({ id: areas.id, name: areas.name, kind: areas.kind })
		.from(areas)
		.where(inArray(areas.kind, ['kraj', 'orp', 'so_pou', 'mikroregion']))
		.orderBy(asc(areas.name));
	return rows.map((a) => ({ value: a.id, label: a.name }));
}

export async function targetGroupOptions(): Promise<Option[]> {
	const rows = await db()
		.select({ id: targetGroups.id, name: targetGroups.name })
		.from(targetGroups)
		.where(eq(targetGroups.isActive, true))
		.orderBy(asc(targetGroups.sort), asc(targetGroups.name));
	return rows.map((g) => ({ value: g.id, label: g.name }));
}

/** Areas where the actor may record suggestions. */
export async function staffAreaOptions(actor: Actor): Promise<Option[]> {
	return (await coordinatedAreas(actor)).map((a) => ({ value: a.id, label: a.name }));
}

/** Bodies a suggestion can be assigned to (its area and the areas above it). */
export async function bodyOptions(s: Suggestion): Promise<Option[]> {
	const scope = await areaScope(s.areaId);
	const rows = await db()
		.select({ id: bodies.id, name: bodies.name, areaName: areas.name })
		.from(bodies)
		.innerJoin(areas, eq(areas.id, bodies.areaId))
		.where(and(inArray(bodies.areaId, scope.areaIds ?? []), eq(bodies.isActive, true)))
		.orderBy(asc(areas.name), asc(bodies.name));
	return rows.map((b) => ({ value: b.id, label: `${b.name} (${b.areaName})` }));
}

/** Bodies of the actor's visible areas, for the list filter. */
export async function bodyFilterOptions(actor: Actor): Promise<Option[]> {
	const visible = await staffVisibility(actor);
	const rows = await db()
		.select({ id: bodies.id, name: bodies.name })
		.from(bodies)
		.where(
			visible === null
				? eq(bodies.isActive, true)
				: visible.areaIds.length || visible.bodyIds.length
					? or(
							visible.areaIds.length ? inArray(bodies.areaId, visible.areaIds) : sql`false`,
							visible.bodyIds.length ? inArray(bodies.id, visible.bodyIds) : sql`false`
						)
					: sql`false`
		)
		.orderBy(asc(bodies.name));
	return rows.map((b) => ({ value: b.id, label: b.name }));
}

/** Upcoming planned meetings of the suggestion's area (and areas above) for "Zařadit na program". */
export async function meetingOptions(s: Suggestion): Promise<Option[]> {
	const scope = await areaScope(s.areaId);
	const rows = await db()
		.select({ id: meetings.id, startsAt: meetings.startsAt, bodyName: bodies.name })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(
			and(
				inArray(meetings.areaId, scope.areaIds ?? []),
				inArray(meetings.status, ['planned', 'invited']),
				sql`${meetings.startsAt} >= now() - interval '1 day'`
			)
		)
		.orderBy(asc(meetings.startsAt))
		.limit(100);
	return rows.map((r) => ({ value: r.id, label: `${formatDate(r.startsAt)} – ${r.bodyName}` }));
}

/** Measures of plans of the suggestion's area (and areas above), for "Propojit s opatřením". */
export async function measureOptions(s: Suggestion): Promise<Option[]> {
	const scope = await areaScope(s.areaId);
	const rows = await db()
		.select({
			id: measures.id,
			number: measures.number,
			title: measures.title,
			planTitle: plans.title,
			prioritySort: priorities.sort,
			sort: measures.sort
		})
		.from(measures)
		.innerJoin(plans, eq(plans.id, measures.planId))
		.innerJoin(priorities, eq(priorities.id, measures.priorityId))
		.where(inArray(plans.areaId, scope.areaIds ?? []))
		.orderBy(asc(plans.title), asc(priorities.sort), asc(measures.sort))
		.limit(500);
	return rows.map((r) => ({
		value: r.id,
		label: `${r.planTitle} – ${r.number} ${shorten(r.title, 90)}`
	}));
}

// ── reverse links (meeting and measure pages) ──

export interface LinkedSuggestion {
	id: string;
	number: string;
	status: SuggestionStatus;
	text: string;
	/** Agenda item the suggestion is on (meeting box). */
	agendaItemId: string | null;
}

async function linkedBy(where: SQL): Promise<LinkedSuggestion[]> {
	const rows = await db()
		.select({ s: suggestions, agendaItemId: suggestionLinks.agendaItemId })
		.from(suggestionLinks)
		.innerJoin(suggestions, eq(suggestions.id, suggestionLinks.suggestionId))
		.where(where)
		.orderBy(asc(suggestions.year), asc(suggestions.seq));
	return rows.map((r) => ({
		id: r.s.id,
		number: suggestionNumber(r.s),
		status: r.s.status,
		text: shorten(r.s.publicText ?? r.s.text, 200),
		agendaItemId: r.agendaItemId
	}));
}

/**
 * Suggestions on a meeting's agenda, for the meeting page (its caller has authorized reading the
 * meeting; only the reference, status and text are returned, never the submitter).
 */
export async function suggestionsForMeeting(meetingId: string): Promise<LinkedSuggestion[]> {
	if (!isUuid(meetingId)) return [];
	return linkedBy(eq(suggestionLinks.meetingId, meetingId));
}

/** Suggestions linked to a plan measure, for the measure page (same contract as above). */
export async function suggestionsForMeasure(measureId: string): Promise<LinkedSuggestion[]> {
	if (!isUuid(measureId)) return [];
	return linkedBy(eq(suggestionLinks.measureId, measureId));
}

/** Record a domain event in the history without a field change (used by the seeder). */
export async function noteSuggestion(
	tx: Db,
	actor: Actor,
	s: Suggestion,
	action: string,
	after: Record<string, unknown>
): Promise<void> {
	await recordAudit(tx, actor, {
		entityType: SUGGESTION_ENTITY,
		entityId: s.id,
		action,
		after,
		areaId: s.areaId
	});
}
