/**
 * Public consultation (veřejné připomínkování): a coordinator opens it on a stored plan version
 * (sections frozen from the snapshot: introduction, priorities, measures) or on a document whose
 * sections they paste; anyone comments during the window (honeypot + rate limit); staff enter
 * comments received by e-mail, post or at the hearing; after the window every comment is settled
 * with a justification, who decided and where; the settlement is published (public page, annex).
 */
import { and, asc, count, desc, eq, inArray, isNull, lte, max, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can, isAdmin } from '#lib/platform/access/can.ts';
import {
	auditedInsert,
	auditedUpdate,
	listHistory,
	type AuditEntry
} from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { registerFileAccess, storeFile } from '#lib/platform/files/files.service.server.ts';
import { NotFoundError, UnauthorizedError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { assertWithinLimit } from '#lib/platform/http/ratelimit.server.ts';
import { formatDate, pragueDay } from '#lib/platform/i18n/format.ts';
import {
	areaScope,
	areas,
	bodies,
	coordinatedAreas,
	isUuid
} from '#lib/modules/organisation/index.ts';
import { fromPrague } from '#lib/modules/meetings/index.ts';
import {
	getPlanForConsultation,
	listConsultablePlanVersions,
	planEditState,
	setPlanConsultation,
	type PlanTree
} from '#lib/modules/plans/index.ts';
import {
	consultationComments,
	consultations,
	consultationSections
} from './consultation.schema.ts';
import {
	consultationCreateInput,
	consultationUpdateInput,
	publicCommentInput,
	settlementInput,
	splitSections,
	staffCommentInput,
	type Channel,
	type SettlementStatus
} from './consultation.validation.ts';
import './consultation.permissions.ts';

export type ConsultationRow = typeof consultations.$inferSelect;
export type SectionRow = typeof consultationSections.$inferSelect;
export type CommentRow = typeof consultationComments.$inferSelect;
export type SectionInsert = Omit<typeof consultationSections.$inferInsert, 'consultationId'>;

export const ENTITY = {
	consultation: 'participation.consultation',
	comment: 'participation.consultation_comment'
} as const;

export const DOCUMENT_FILE_OWNER = 'participation.consultation';
export const NOT_FOUND = 'Připomínkování nebylo nalezeno.';
const COMMENT_NOT_FOUND = 'Připomínka nebyla nalezena.';

/** upcoming (not yet open), open, closed (being settled), settled (settlement published). */
export type ConsultationPhase = 'upcoming' | 'open' | 'closed' | 'settled';

export function phaseOf(
	c: Pick<ConsultationRow, 'opensOn' | 'closesOn' | 'settlementPublishedAt'>,
	today = pragueDay()
): ConsultationPhase {
	if (c.settlementPublishedAt) return 'settled';
	if (today < c.opensOn) return 'upcoming';
	if (today <= c.closesOn) return 'open';
	return 'closed';
}

/** The uploaded document: public once the consultation is open, otherwise for its coordinators. */
registerFileAccess(DOCUMENT_FILE_OWNER, async (actor, file) => {
	const [c] = await db().select().from(consultations).where(eq(consultations.id, file.ownerId));
	if (!c) return false;
	return phaseOf(c) !== 'upcoming' || (await canManageConsultation(actor, c));
});

export async function findConsultation(id: string, target: Db = db()): Promise<ConsultationRow> {
	if (!isUuid(id)) throw new NotFoundError(NOT_FOUND);
	const [row] = await target.select().from(consultations).where(eq(consultations.id, id));
	if (!row) throw new NotFoundError(NOT_FOUND);
	return row;
}

export async function canManageConsultation(actor: Actor, c: ConsultationRow): Promise<boolean> {
	if (actor.kind === 'anonymous') return false;
	return can(actor, 'participation.consultations.manage', await areaScope(c.areaId));
}

async function authorizeManage(actor: Actor, c: ConsultationRow): Promise<void> {
	authorize(actor, 'participation.consultations.manage', await areaScope(c.areaId));
}

/** Public readers see a consultation once it opens; coordinators also before. */
async function authorizeView(actor: Actor, c: ConsultationRow): Promise<boolean> {
	authorize(actor, 'participation.consultations.read');
	const manage = await canManageConsultation(actor, c);
	if (!manage && phaseOf(c) === 'upcoming') throw new NotFoundError(NOT_FOUND);
	return manage;
}

// ── Sections ────────────────────────────────────────────────────────────────

const clean = (parts: (string | null | undefined | false)[]) =>
	parts.filter((p): p is string => !!p && !!p.trim()).join('\n\n');

/** Frozen sections of a plan version: introduction, each priority, each measure. */
export function sectionsOfPlan(tree: PlanTree): SectionInsert[] {
	const out: SectionInsert[] = [];
	let sort = 0;
	out.push({
		sort: sort++,
		kind: 'intro',
		number: null,
		title: 'Úvod: vize a principy plánu',
		body: clean([
			tree.title,
			tree.vision && `Vize: ${tree.vision}`,
			tree.principles && `Principy: ${tree.principles}`
		]),
		sourceId: null
	});
	for (const p of tree.priorities) {
		out.push({
			sort: sort++,
			kind: 'priority',
			number: p.number,
			title: p.title,
			body: clean([
				p.description,
				p.targetGroup && `Cílová skupina: ${p.targetGroup.name}`,
				p.responsibleBody && `Odpovídá: ${p.responsibleBody.name}`
			]),
			sourceId: p.id
		});
		for (const m of p.measures) {
			out.push({
				sort: sort++,
				kind: 'measure',
				number: m.number,
				title: m.title,
				body: clean([
					m.description,
					m.rationale && `Zdůvodnění: ${m.rationale}`,
					m.responsibleText && `Realizátor: ${m.responsibleText}`,
					m.partners && `Partneři: ${m.partners}`,
					`Doba realizace: ${m.startYear === m.endYear ? m.startYear : `${m.startYear}–${m.endYear}`}`,
					m.activities.length
						? `Aktivity:\n${m.activities.map((a) => `${a.number} ${a.title}`).join('\n')}`
						: null
				]),
				sourceId: m.id
			});
		}
	}
	return out;
}

/** "2.3 Odlehčovací služby" / "Celý dokument". */
export function sectionLabel(s: Pick<SectionRow, 'number' | 'title'> | null | undefined): string {
	if (!s) return 'Celý dokument';
	return s.number ? `${s.number} ${s.title}` : s.title;
}

// ── Lists ───────────────────────────────────────────────────────────────────

export interface ConsultationListRow {
	id: string;
	title: string;
	areaName: string;
	source: 'plan' | 'document';
	opensOn: string;
	closesOn: string;
	hearingAt: Date | null;
	hearingPlace: string | null;
	settlementPublishedAt: Date | null;
	phase: ConsultationPhase;
	commentCount: number;
}

const listColumns = {
	id: consultations.id,
	title: consultations.title,
	areaName: areas.name,
	source: consultations.source,
	opensOn: consultations.opensOn,
	closesOn: consultations.closesOn,
	hearingAt: consultations.hearingAt,
	hearingPlace: consultations.hearingPlace,
	settlementPublishedAt: consultations.settlementPublishedAt,
	commentCount:
		sql<number>`(select count(*) from participation_consultation_comments cc where cc.consultation_id = ${consultations.id})`.mapWith(
			Number
		)
};

export interface ListQuery {
	page?: number;
	pageSize?: number;
}

const pageOf = (q: ListQuery) => {
	const page = Math.max(1, Math.floor(q.page ?? 1) || 1);
	const pageSize = Math.min(100, Math.max(1, Math.floor(q.pageSize ?? 20) || 20));
	return { page, pageSize, offset: (page - 1) * pageSize };
};

/** Open and past consultations (opened on or before today), open ones first. */
export async function listPublicConsultations(
	actor: Actor,
	query: ListQuery = {}
): Promise<{ rows: ConsultationListRow[]; total: number; page: number; pageSize: number }> {
	authorize(actor, 'participation.consultations.read');
	const { page, pageSize, offset } = pageOf(query);
	const today = pragueDay();
	const where = lte(consultations.opensOn, today);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select(listColumns)
			.from(consultations)
			.innerJoin(areas, eq(areas.id, consultations.areaId))
			.where(where)
			.orderBy(
				desc(sql`${consultations.closesOn} >= ${today}`),
				desc(consultations.closesOn),
				asc(consultations.id)
			)
			.limit(pageSize)
			.offset(offset),
		db().select({ n: count() }).from(consultations).where(where)
	]);
	return {
		rows: rows.map((r) => ({ ...r, phase: phaseOf(r, today) })),
		total: n,
		page,
		pageSize
	};
}

/** Consultations of the areas the actor coordinates (all for admins), newest first. */
export async function listManagedConsultations(
	actor: Actor,
	query: ListQuery = {}
): Promise<{ rows: ConsultationListRow[]; total: number; page: number; pageSize: number }> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const admin = isAdmin(actor);
	const areaIds = admin ? [] : (await coordinatedAreas(actor)).map((a) => a.id);
	if (!admin && !areaIds.length) authorize(actor, 'participation.consultations.manage');
	const { page, pageSize, offset } = pageOf(query);
	const where = admin ? undefined : inArray(consultations.areaId, areaIds);
	const today = pragueDay();
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select(listColumns)
			.from(consultations)
			.innerJoin(areas, eq(areas.id, consultations.areaId))
			.where(where)
			.orderBy(desc(consultations.opensOn), asc(consultations.id))
			.limit(pageSize)
			.offset(offset),
		db().select({ n: count() }).from(consultations).where(where)
	]);
	return {
		rows: rows.map((r) => ({ ...r, phase: phaseOf(r, today) })),
		total: n,
		page,
		pageSize
	};
}

// ── One consultation ────────────────────────────────────────────────────────

export interface ConsultationView {
	consultation: ConsultationRow & { areaName: string };
	phase: ConsultationPhase;
	sections: SectionRow[];
	commentCount: number;
	canManage: boolean;
}

async function loadView(
	c: ConsultationRow,
	canManage: boolean,
	target: Db = db()
): Promise<ConsultationView> {
	const [[area], sections, [{ n }]] = await Promise.all([
		target.select({ name: areas.name }).from(areas).where(eq(areas.id, c.areaId)),
		target
			.select()
			.from(consultationSections)
			.where(eq(consultationSections.consultationId, c.id))
			.orderBy(asc(consultationSections.sort)),
		target
			.select({ n: count() })
			.from(consultationComments)
			.where(eq(consultationComments.consultationId, c.id))
	]);
	return {
		consultation: { ...c, areaName: area?.name ?? '' },
		phase: phaseOf(c),
		sections,
		commentCount: n,
		canManage
	};
}

/** The public page: the frozen document by section. */
export async function getPublicConsultation(actor: Actor, id: string): Promise<ConsultationView> {
	const c = await findConsultation(id);
	const manage = await authorizeView(actor, c);
	return loadView(c, manage);
}

// ── Comments ────────────────────────────────────────────────────────────────

/** Honeypot field of the public form (hidden from people; bots fill it). */
export const HONEYPOT_FIELD = 'web';

async function insertComment(
	tx: Db,
	actor: Actor,
	c: ConsultationRow,
	values: Omit<typeof consultationComments.$inferInsert, 'consultationId' | 'number'>
): Promise<CommentRow> {
	// Serialise numbering per consultation.
	await tx
		.select({ id: consultations.id })
		.from(consultations)
		.where(eq(consultations.id, c.id))
		.for('update');
	if (values.sectionId) {
		const [s] = await tx
			.select({ id: consultationSections.id })
			.from(consultationSections)
			.where(
				and(
					eq(consultationSections.id, values.sectionId),
					eq(consultationSections.consultationId, c.id)
				)
			);
		if (!s) throw new ValidationError({ sectionId: ['Vyberte oddíl tohoto dokumentu.'] });
	}
	const [{ last }] = await tx
		.select({ last: max(consultationComments.number) })
		.from(consultationComments)
		.where(eq(consultationComments.consultationId, c.id));
	return auditedInsert(
		tx,
		actor,
		consultationComments,
		ENTITY.comment,
		{ ...values, consultationId: c.id, number: (last ?? 0) + 1 },
		{ areaId: c.areaId, redact: ['authorEmail'] }
	);
}

export interface SubmitResult {
	number: number;
	/** The honeypot was filled: nothing was stored, the bot sees a success. */
	ignored: boolean;
}

/** A comment from the public web form or a signed-in member, only while the window is open. */
export async function submitComment(
	actor: Actor,
	id: string,
	input: Record<string, unknown>,
	clientAddress: string | null
): Promise<SubmitResult> {
	authorize(actor, 'participation.consultations.comment');
	const c = await findConsultation(id);
	await authorizeView(actor, c);
	if (typeof input[HONEYPOT_FIELD] === 'string' && input[HONEYPOT_FIELD].trim()) {
		return { number: 0, ignored: true };
	}
	await assertWithinLimit('consultation-comment', clientAddress);
	const data = parseInput(publicCommentInput, input);
	const phase = phaseOf(c);
	if (phase !== 'open') {
		throw new ValidationError(
			{},
			phase === 'upcoming'
				? `Připomínkování začne ${formatDate(c.opensOn, 'cs')}. Připomínky zatím nelze podávat.`
				: `Připomínkování skončilo ${formatDate(c.closesOn, 'cs')}. Připomínky už nelze podávat.`
		);
	}
	const user = actor.kind === 'user' ? actor : null;
	const authorName = data.authorName ?? user?.name ?? null;
	const authorEmail = data.authorEmail ?? user?.email ?? null;
	if (c.identityRequired) {
		const errors: Record<string, string[]> = {};
		if (!authorName) errors.authorName = ['Vyplňte jméno a příjmení.'];
		if (!authorEmail) errors.authorEmail = ['Vyplňte e-mail.'];
		if (Object.keys(errors).length) throw new ValidationError(errors);
	}
	const row = await db().transaction((tx) =>
		insertComment(tx, actor, c, {
			sectionId: data.sectionId,
			quote: data.quote,
			text: data.text,
			authorName,
			authorEmail,
			organisationName: data.organisationName,
			publishName: data.publishName,
			channel: 'web',
			receivedOn: pragueDay(),
			userId: user?.userId ?? null,
			enteredByStaff: false
		})
	);
	return { number: row.number, ignored: false };
}

/**
 * Staff entry of a comment received by e-mail, on paper or at the public hearing. The received
 * date must lie in the window (a letter posted in time counts); not after the settlement is out.
 */
export async function addStaffComment(
	actor: Actor,
	id: string,
	input: unknown
): Promise<CommentRow> {
	const c = await findConsultation(id);
	await authorizeManage(actor, c);
	const data = parseInput(staffCommentInput, input);
	if (c.settlementPublishedAt) {
		throw new ValidationError({}, 'Vypořádání je už zveřejněno, další připomínky nelze zapsat.');
	}
	if (data.receivedOn < c.opensOn || data.receivedOn > c.closesOn) {
		throw new ValidationError({
			receivedOn: [
				`Připomínka musí být doručena v době připomínkování (${formatDate(c.opensOn, 'cs')} – ${formatDate(c.closesOn, 'cs')}).`
			]
		});
	}
	if (data.receivedOn > pragueDay()) {
		throw new ValidationError({ receivedOn: ['Datum doručení nemůže být v budoucnosti.'] });
	}
	return db().transaction((tx) =>
		insertComment(tx, actor, c, {
			sectionId: data.sectionId,
			quote: data.quote,
			text: data.text,
			authorName: data.authorName,
			authorEmail: data.authorEmail,
			organisationName: data.organisationName,
			publishName: data.publishName,
			channel: data.channel,
			receivedOn: data.receivedOn,
			userId: actor.kind === 'user' ? actor.userId : null,
			enteredByStaff: true
		})
	);
}

// ── Opening and settings ────────────────────────────────────────────────────

export interface DocumentUpload {
	filename: string;
	contentType: string;
	data: Uint8Array | ArrayBuffer | Blob;
}

function hearingOf(data: { hearingDate: string | null; hearingTime: string | null }): Date | null {
	if (!data.hearingDate) return null;
	const at = fromPrague(data.hearingDate, data.hearingTime ?? '00:00');
	if (!at) throw new ValidationError({ hearingTime: ['Zadejte platné datum a čas.'] });
	return at;
}

export interface NewConsultationForm {
	planVersions: {
		value: string;
		plan: string;
		area: string;
		versionNo: number;
		status: string;
		createdAt: Date;
	}[];
	areas: { value: string; label: string }[];
}

/** Options of the "Vyhlásit připomínkování" form: plan versions and areas the actor coordinates. */
export async function newConsultationForm(actor: Actor): Promise<NewConsultationForm> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const areaRows = await coordinatedAreas(actor);
	if (!areaRows.length) authorize(actor, 'participation.consultations.manage');
	const versions = await listConsultablePlanVersions(actor);
	return {
		planVersions: versions.map((v) => ({
			value: `${v.planId}:${v.versionNo}`,
			plan: v.planTitle,
			area: v.areaName,
			versionNo: v.versionNo,
			status: v.status,
			createdAt: v.createdAt
		})),
		areas: areaRows.map((a) => ({ value: a.id, label: a.name }))
	};
}

/** Open a consultation on a stored plan version or on a document with pasted sections. */
export async function createConsultation(
	actor: Actor,
	input: unknown,
	file: DocumentUpload | null = null
): Promise<ConsultationRow> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const data = parseInput(consultationCreateInput, input);
	let areaId: string;
	let sections: SectionInsert[];
	let plan: { id: string; versionNo: number } | null = null;
	if (data.source === 'plan') {
		const [planId, versionNo] = data.planVersion.split(':');
		let found;
		try {
			found = await getPlanForConsultation(actor, planId, Number(versionNo));
		} catch (error) {
			if (error instanceof NotFoundError) {
				throw new ValidationError({ planVersion: ['Vyberte verzi plánu.'] });
			}
			throw error;
		}
		areaId = found.plan.areaId;
		sections = sectionsOfPlan(found.tree);
		plan = { id: planId, versionNo: Number(versionNo) };
	} else {
		areaId = data.areaId!;
		const [a] = await db().select({ id: areas.id }).from(areas).where(eq(areas.id, areaId));
		if (!a) throw new ValidationError({ areaId: ['Vyberte území.'] });
		authorize(actor, 'participation.consultations.manage', await areaScope(areaId));
		sections = splitSections(data.sections).map((s, i) => ({
			sort: i,
			kind: 'text' as const,
			number: String(i + 1),
			title: s.title,
			body: s.body,
			sourceId: null
		}));
		if (!sections.length) {
			throw new ValidationError({ sections: ['Vložte text dokumentu rozdělený do oddílů.'] });
		}
	}
	if (file && !/\.(pdf|docx?|odt)$/i.test(file.filename)) {
		throw new ValidationError({ document: ['Přiložte dokument jako PDF, DOCX nebo ODT.'] });
	}
	const hearingAt = hearingOf(data);
	return db().transaction(async (tx) => {
		const row = await auditedInsert(
			tx,
			actor,
			consultations,
			ENTITY.consultation,
			{
				areaId,
				source: data.source,
				title: data.title,
				description: data.description,
				planId: plan?.id ?? null,
				planVersionNo: plan?.versionNo ?? null,
				opensOn: data.opensOn,
				closesOn: data.closesOn,
				hearingAt,
				hearingPlace: data.hearingPlace,
				identityRequired: data.identityRequired,
				createdById: actor.kind === 'user' ? actor.userId : null
			},
			{ areaId }
		);
		await tx
			.insert(consultationSections)
			.values(sections.map((s) => ({ ...s, consultationId: row.id })));
		let result = row;
		if (file) {
			const stored = await storeFile(tx, actor, {
				...file,
				ownerType: DOCUMENT_FILE_OWNER,
				ownerId: row.id,
				areaId
			});
			result = await auditedUpdate(
				tx,
				actor,
				consultations,
				ENTITY.consultation,
				row.id,
				{ documentFileId: stored.id },
				{ areaId }
			);
		}
		if (plan) await setPlanConsultation(tx, actor, plan.id, row.id);
		return result;
	});
}

/** Change the window, hearing and identity setting (the text stays frozen). */
export async function updateConsultation(
	actor: Actor,
	id: string,
	input: unknown
): Promise<ConsultationRow> {
	const c = await findConsultation(id);
	await authorizeManage(actor, c);
	const data = parseInput(consultationUpdateInput, input);
	if (c.settlementPublishedAt) {
		throw new ValidationError({}, 'Vypořádání je zveřejněno, připomínkování už nelze měnit.');
	}
	const hearingAt = hearingOf(data);
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			consultations,
			ENTITY.consultation,
			c.id,
			{
				title: data.title,
				description: data.description,
				opensOn: data.opensOn,
				closesOn: data.closesOn,
				hearingAt,
				hearingPlace: data.hearingPlace,
				identityRequired: data.identityRequired
			},
			{ expectedVersion: data.version, areaId: c.areaId }
		)
	);
}

// ── Administration view ─────────────────────────────────────────────────────

export interface CommentView extends CommentRow {
	sectionLabel: string;
	sectionKind: SectionRow['kind'] | null;
}

export interface Stats {
	bySection: { label: string; count: number }[];
	byStatus: { status: SettlementStatus | 'unsettled'; count: number }[];
	byChannel: { channel: Channel; count: number }[];
	total: number;
	unsettled: number;
}

export interface AdminView extends ConsultationView {
	comments: CommentView[];
	commentTotal: number;
	page: number;
	pageSize: number;
	stats: Stats;
	history: AuditEntry[];
}

export const COMMENTS_PAGE_SIZE = 50;

function withSection(rows: CommentRow[], sections: SectionRow[]): CommentView[] {
	const byId = new Map(sections.map((s) => [s.id, s]));
	return rows.map((r) => {
		const s = r.sectionId ? byId.get(r.sectionId) : undefined;
		return { ...r, sectionLabel: sectionLabel(s), sectionKind: s?.kind ?? null };
	});
}

/** Counts by section (document order, only sections with comments), by status and by channel. */
export async function consultationStats(
	c: ConsultationRow,
	sections: SectionRow[],
	target: Db = db()
): Promise<Stats> {
	const by = <C extends keyof CommentRow>(column: C) =>
		target
			.select({
				key: consultationComments[column as 'sectionId'],
				n: count()
			})
			.from(consultationComments)
			.where(eq(consultationComments.consultationId, c.id))
			.groupBy(consultationComments[column as 'sectionId']);
	const [sec, status, channel] = await Promise.all([
		by('sectionId'),
		by('settlementStatus'),
		by('channel')
	]);
	const secCount = new Map(sec.map((r) => [r.key as string | null, r.n]));
	const bySection = [
		...(secCount.get(null) ? [{ label: 'Celý dokument', count: secCount.get(null)! }] : []),
		...sections
			.filter((s) => secCount.get(s.id))
			.map((s) => ({ label: sectionLabel(s), count: secCount.get(s.id)! }))
	];
	const statusCount = new Map(status.map((r) => [r.key as string | null, r.n]));
	const byStatus = (['accepted', 'partly_accepted', 'rejected', 'noted'] as const).map((s) => ({
		status: s as SettlementStatus | 'unsettled',
		count: statusCount.get(s) ?? 0
	}));
	const unsettled = statusCount.get(null) ?? 0;
	byStatus.push({ status: 'unsettled', count: unsettled });
	const channelCount = new Map(channel.map((r) => [r.key as string, r.n]));
	const byChannel = (['web', 'email', 'paper', 'hearing'] as const).map((ch) => ({
		channel: ch,
		count: channelCount.get(ch) ?? 0
	}));
	const total = sec.reduce((a, r) => a + r.n, 0);
	return { bySection, byStatus, byChannel, total, unsettled };
}

/** Everything the coordinator's page shows: settings, statistics, a page of comments. */
export async function getConsultationAdmin(actor: Actor, id: string, page = 1): Promise<AdminView> {
	const c = await findConsultation(id);
	await authorizeManage(actor, c);
	const view = await loadView(c, true);
	const p = Math.max(1, Math.floor(page) || 1);
	const rows = await db()
		.select()
		.from(consultationComments)
		.where(eq(consultationComments.consultationId, c.id))
		.orderBy(asc(consultationComments.number))
		.limit(COMMENTS_PAGE_SIZE)
		.offset((p - 1) * COMMENTS_PAGE_SIZE);
	const [stats, history] = await Promise.all([
		consultationStats(c, view.sections),
		listHistory(ENTITY.consultation, c.id)
	]);
	return {
		...view,
		history,
		comments: withSection(rows, view.sections),
		commentTotal: stats.total,
		page: p,
		pageSize: COMMENTS_PAGE_SIZE,
		stats
	};
}

export interface SettleView {
	consultation: ConsultationRow;
	phase: ConsultationPhase;
	comment: CommentView;
	bodies: { value: string; label: string }[];
	measures: { value: string; label: string; number: string }[];
	/** Where an accepted comment on a measure is worked into the plan (editable plans only). */
	planEdit: { planId: string; editable: boolean } | null;
	/** The plan measure of the commented section, if it is a measure. */
	sectionMeasureId: string | null;
	history: AuditEntry[];
}

async function findComment(commentId: string): Promise<CommentRow> {
	if (!isUuid(commentId)) throw new NotFoundError(COMMENT_NOT_FOUND);
	const [row] = await db()
		.select()
		.from(consultationComments)
		.where(eq(consultationComments.id, commentId));
	if (!row) throw new NotFoundError(COMMENT_NOT_FOUND);
	return row;
}

/** The settlement form of one comment: bodies of the area (and above), measure sections. */
export async function getCommentForSettlement(
	actor: Actor,
	consultationId: string,
	commentId: string
): Promise<SettleView> {
	const c = await findConsultation(consultationId);
	await authorizeManage(actor, c);
	const comment = await findComment(commentId);
	if (comment.consultationId !== c.id) throw new NotFoundError(COMMENT_NOT_FOUND);
	const scope = await areaScope(c.areaId);
	const [sections, bodyRows, edit, history] = await Promise.all([
		db()
			.select()
			.from(consultationSections)
			.where(eq(consultationSections.consultationId, c.id))
			.orderBy(asc(consultationSections.sort)),
		db()
			.select({ id: bodies.id, name: bodies.name, areaName: areas.name })
			.from(bodies)
			.innerJoin(areas, eq(areas.id, bodies.areaId))
			.where(and(inArray(bodies.areaId, scope.areaIds ?? []), eq(bodies.isActive, true)))
			.orderBy(asc(areas.name), asc(bodies.name)),
		c.planId ? planEditState(c.planId) : Promise.resolve(null),
		listHistory(ENTITY.comment, comment.id)
	]);
	return {
		consultation: c,
		phase: phaseOf(c),
		comment: withSection([comment], sections)[0],
		bodies: bodyRows.map((b) => ({ value: b.id, label: `${b.name} (${b.areaName})` })),
		measures: sections
			.filter((s) => s.kind === 'measure' && s.sourceId)
			.map((s) => ({ value: s.sourceId!, label: sectionLabel(s), number: s.number ?? '' })),
		planEdit: c.planId && edit ? { planId: c.planId, editable: edit.editable } : null,
		sectionMeasureId:
			sections.find((s) => s.id === comment.sectionId && s.kind === 'measure')?.sourceId ?? null,
		history
	};
}

/** Settle one comment (after the window, before publication), with optimistic locking. */
export async function settleComment(
	actor: Actor,
	consultationId: string,
	commentId: string,
	input: unknown
): Promise<CommentRow> {
	const c = await findConsultation(consultationId);
	await authorizeManage(actor, c);
	const comment = await findComment(commentId);
	if (comment.consultationId !== c.id) throw new NotFoundError(COMMENT_NOT_FOUND);
	const data = parseInput(settlementInput, input);
	const phase = phaseOf(c);
	if (phase === 'upcoming' || phase === 'open') {
		throw new ValidationError(
			{},
			`Připomínky lze vypořádat až po skončení připomínkování (${formatDate(c.closesOn, 'cs')}).`
		);
	}
	if (phase === 'settled') {
		throw new ValidationError({}, 'Vypořádání je už zveřejněno, nelze ho měnit.');
	}
	let decidedByLabel: string | null = null;
	if (data.decidedByBodyId) {
		const [b] = await db()
			.select({ name: bodies.name })
			.from(bodies)
			.where(eq(bodies.id, data.decidedByBodyId));
		if (!b) throw new ValidationError({ decidedByBodyId: ['Vyberte skupinu, která rozhodla.'] });
		decidedByLabel = b.name;
	}
	let measureNumber: string | null = null;
	if (data.measureId) {
		if (data.status !== 'accepted' && data.status !== 'partly_accepted') {
			throw new ValidationError({
				measureId: [
					'Do opatření lze zapracovat jen akceptovanou nebo částečně akceptovanou připomínku.'
				]
			});
		}
		const [s] = await db()
			.select({ number: consultationSections.number })
			.from(consultationSections)
			.where(
				and(
					eq(consultationSections.consultationId, c.id),
					eq(consultationSections.sourceId, data.measureId),
					eq(consultationSections.kind, 'measure')
				)
			);
		if (!s) throw new ValidationError({ measureId: ['Vyberte opatření tohoto plánu.'] });
		measureNumber = s.number;
	}
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			consultationComments,
			ENTITY.comment,
			comment.id,
			{
				settlementStatus: data.status,
				justification: data.justification,
				decidedByBodyId: data.decidedByBodyId,
				decidedByLabel,
				decidedWhere: data.decidedWhere,
				measureId: data.measureId,
				measureNumber,
				settledAt: new Date(),
				settledById: actor.kind === 'user' ? actor.userId : null
			},
			{ expectedVersion: data.version, areaId: c.areaId, action: 'settle', redact: ['authorEmail'] }
		)
	);
}

/** Publish the settlement: after the window, every comment settled. */
export async function publishSettlement(
	actor: Actor,
	id: string,
	expectedVersion: unknown
): Promise<ConsultationRow> {
	const c = await findConsultation(id);
	await authorizeManage(actor, c);
	const version = Number(expectedVersion);
	if (!Number.isInteger(version) || version < 1) {
		throw new ValidationError({ version: ['Neplatná verze záznamu.'] });
	}
	const phase = phaseOf(c);
	if (phase === 'settled') throw new ValidationError({}, 'Vypořádání je už zveřejněno.');
	if (phase !== 'closed') {
		throw new ValidationError(
			{},
			`Vypořádání lze zveřejnit až po skončení připomínkování (${formatDate(c.closesOn, 'cs')}).`
		);
	}
	return db().transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(consultationComments)
			.where(
				and(
					eq(consultationComments.consultationId, c.id),
					isNull(consultationComments.settlementStatus)
				)
			);
		if (n > 0) {
			throw new ValidationError({}, `Nejprve vypořádejte všechny připomínky (zbývá ${n}).`);
		}
		return auditedUpdate(
			tx,
			actor,
			consultations,
			ENTITY.consultation,
			c.id,
			{ settlementPublishedAt: new Date() },
			{ expectedVersion: version, areaId: c.areaId, action: 'publish' }
		);
	});
}

// ── Settlement table ────────────────────────────────────────────────────────

export interface SettlementRow {
	id: string;
	number: number;
	section: string;
	quote: string | null;
	text: string;
	/** Name only with consent, organisations always; otherwise "Fyzická osoba". */
	author: string;
	isOrganisation: boolean;
	channel: Channel;
	receivedOn: string;
	status: SettlementStatus | null;
	justification: string | null;
	decidedBy: string | null;
	decidedWhere: string | null;
	measureNumber: string | null;
}

export interface SettlementView {
	consultation: ConsultationRow & { areaName: string };
	phase: ConsultationPhase;
	published: boolean;
	rows: SettlementRow[];
	stats: Stats;
	canManage: boolean;
}

export function publicAuthor(
	c: Pick<CommentRow, 'organisationName' | 'authorName' | 'publishName'>
): string {
	if (c.organisationName) {
		return c.publishName && c.authorName
			? `${c.organisationName} (${c.authorName})`
			: c.organisationName;
	}
	return c.publishName && c.authorName ? c.authorName : 'Fyzická osoba';
}

/**
 * The settlement table: public once published; coordinators see the working state. (Settlement
 * tables are annexes of a plan: hundreds of rows at most, so one query is fine.)
 */
export async function getSettlement(actor: Actor, id: string): Promise<SettlementView> {
	const c = await findConsultation(id);
	authorize(actor, 'participation.consultations.read');
	const manage = await canManageConsultation(actor, c);
	if (!c.settlementPublishedAt && !manage) {
		if (actor.kind === 'anonymous' && phaseOf(c) === 'upcoming') {
			throw new NotFoundError(NOT_FOUND);
		}
		throw new NotFoundError('Vypořádání připomínek zatím nebylo zveřejněno.');
	}
	const view = await loadView(c, manage);
	const rows = await db()
		.select()
		.from(consultationComments)
		.where(eq(consultationComments.consultationId, c.id))
		.orderBy(asc(consultationComments.number));
	const stats = await consultationStats(c, view.sections);
	return {
		consultation: view.consultation,
		phase: view.phase,
		published: !!c.settlementPublishedAt,
		canManage: manage,
		stats,
		rows: withSection(rows, view.sections).map((r) => ({
			id: r.id,
			number: r.number,
			section: r.sectionLabel,
			quote: r.quote,
			text: r.text,
			author: publicAuthor(r),
			isOrganisation: !!r.organisationName,
			channel: r.channel,
			receivedOn: r.receivedOn,
			status: r.settlementStatus,
			justification: r.justification,
			decidedBy: r.decidedByLabel,
			decidedWhere: r.decidedWhere,
			measureNumber: r.measureNumber
		}))
	};
}

/** Comments for the API: coordinators get all (with e-mails), others the published settlement. */
export async function listComments(
	actor: Actor,
	id: string,
	query: ListQuery = {}
): Promise<{
	rows: CommentView[];
	total: number;
	page: number;
	pageSize: number;
	full: boolean;
}> {
	const c = await findConsultation(id);
	authorize(actor, 'participation.consultations.read');
	const manage = await canManageConsultation(actor, c);
	if (!manage && !c.settlementPublishedAt) {
		if (actor.kind === 'anonymous') throw new UnauthorizedError();
		authorize(actor, 'participation.consultations.manage', await areaScope(c.areaId));
	}
	const { page, pageSize, offset } = pageOf(query);
	const [sections, rows, [{ n }]] = await Promise.all([
		db().select().from(consultationSections).where(eq(consultationSections.consultationId, c.id)),
		db()
			.select()
			.from(consultationComments)
			.where(eq(consultationComments.consultationId, c.id))
			.orderBy(asc(consultationComments.number))
			.limit(pageSize)
			.offset(offset),
		db()
			.select({ n: count() })
			.from(consultationComments)
			.where(eq(consultationComments.consultationId, c.id))
	]);
	return { rows: withSection(rows, sections), total: n, page, pageSize, full: manage };
}
