/**
 * Providers' proposed edits of their services (description and contacts). Nothing public changes
 * until a coordinator approves: approval applies the change to the service in the same
 * transaction (audited); rejection needs a reason. The proposer is told by e-mail (outbox).
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { ConflictError, NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { queueMail } from '#lib/platform/mail/mail.server.ts';
import { isUuid } from '#lib/modules/organisation/index.ts';
import { providers, serviceEdits, services } from './catalogue.schema.ts';
import {
	DecisionInput,
	EDIT_FIELDS,
	RejectInput,
	ServiceEditInput,
	type EditField
} from './manual.validation.ts';
import {
	SERVICE_ENTITY,
	updateManualService,
	type CatalogueProvider,
	type CatalogueService
} from './manual.service.server.ts';
import './catalogue.permissions.ts';

export const EDIT_ENTITY = 'catalogue.service_edit';

export type ServiceEdit = typeof serviceEdits.$inferSelect;
export type EditChanges = Partial<Record<EditField, string | null>>;

const EDIT_NOT_FOUND = 'Návrh úpravy nebyl nalezen.';
const SERVICE_NOT_FOUND = 'Služba nebyla nalezena.';

async function serviceWithProvider(
	tx: Db,
	id: string
): Promise<{ service: CatalogueService; provider: CatalogueProvider }> {
	if (!isUuid(id)) throw new NotFoundError(SERVICE_NOT_FOUND);
	const [row] = await tx
		.select({ service: services, provider: providers })
		.from(services)
		.innerJoin(providers, eq(providers.id, services.providerId))
		.where(eq(services.id, id));
	if (!row) throw new NotFoundError(SERVICE_NOT_FOUND);
	return row;
}

/** The provider's scope: its catalogue provider's linked organisation. */
function providerScope(provider: CatalogueProvider) {
	return { organisationId: provider.organisationId ?? '∅' };
}

/** Only the fields the input names and whose value differs from the service. */
function changesOf(service: CatalogueService, raw: Record<string, unknown>): EditChanges {
	const data = parseInput(ServiceEditInput, raw);
	const changes: EditChanges = {};
	for (const field of EDIT_FIELDS) {
		if (!(field in raw)) continue;
		if ((data[field] ?? null) !== (service[field] ?? null)) changes[field] = data[field] ?? null;
	}
	return changes;
}

/**
 * A provider (or a coordinator) proposes new description/contacts of a service. The edit waits
 * for approval; a provider may edit only services of its own organisation.
 */
export async function proposeServiceEdit(
	actor: Actor,
	serviceId: string,
	input: unknown
): Promise<ServiceEdit> {
	const { service, provider } = await serviceWithProvider(db(), serviceId);
	authorize(actor, 'catalogue.provider.edit', providerScope(provider));
	const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
	const changes = changesOf(service, raw);
	if (!Object.keys(changes).length) {
		throw new ValidationError({}, 'Návrh neobsahuje žádnou změnu oproti zveřejněným údajům.');
	}
	return db().transaction(async (tx) => {
		if (service.status !== 'active') {
			throw new ValidationError({}, 'Ukončenou službu nelze upravovat.');
		}
		return auditedInsert(tx, actor, serviceEdits, EDIT_ENTITY, {
			serviceId,
			changes,
			status: 'pending',
			proposedById: actor.kind === 'user' ? actor.userId : null
		});
	});
}

async function lockedEdit(tx: Db, id: string): Promise<ServiceEdit> {
	if (!isUuid(id)) throw new NotFoundError(EDIT_NOT_FOUND);
	const [row] = await tx.select().from(serviceEdits).where(eq(serviceEdits.id, id)).for('update');
	if (!row) throw new NotFoundError(EDIT_NOT_FOUND);
	return row;
}

async function notifyProposer(
	tx: Db,
	edit: ServiceEdit,
	serviceName: string,
	approved: boolean,
	reason: string | null
): Promise<void> {
	if (!edit.proposedById) return;
	const [user] = await tx
		.select({ email: users.email, name: users.name })
		.from(users)
		.where(eq(users.id, edit.proposedById));
	if (!user) return;
	const subject = approved
		? `Úprava služby „${serviceName}“ byla schválena`
		: `Úprava služby „${serviceName}“ nebyla schválena`;
	const text = [
		`Dobrý den, ${user.name},`,
		'',
		approved
			? `koordinátor schválil Vámi navrženou úpravu služby „${serviceName}“. Nové údaje jsou zveřejněny v katalogu sociálních služeb.`
			: `koordinátor Vámi navrženou úpravu služby „${serviceName}“ neschválil.`,
		...(reason ? ['', `Zdůvodnění: ${reason}`] : []),
		'',
		`Stav svých návrhů najdete v Souhře na stránce Moje služby: /katalog/moje-sluzby/${edit.serviceId}`,
		'',
		'Souhra — plánování sociálních služeb'
	].join('\n');
	await queueMail(tx, { to: user.email, subject, text, kind: 'catalogue.edit-decision' });
}

/** Approve a pending edit: the service gets the new values in the same transaction. */
export async function approveServiceEdit(
	actor: Actor,
	editId: string,
	input: unknown
): Promise<ServiceEdit> {
	authorize(actor, 'catalogue.manage');
	const { version } = parseInput(DecisionInput, input);
	return db().transaction(async (tx) => {
		const edit = await lockedEdit(tx, editId);
		if (edit.version !== version) throw new ConflictError(undefined, edit);
		if (edit.status !== 'pending') {
			throw new ConflictError('O tomto návrhu už bylo rozhodnuto.', edit);
		}
		const { service } = await serviceWithProvider(tx, edit.serviceId);
		const changes = edit.changes as EditChanges;
		const contacts = (Array.isArray(service.contacts) ? service.contacts : []) as {
			type: string;
			value: string;
			note?: string;
		}[];
		let nextContacts = contacts;
		for (const type of ['email', 'phone', 'web'] as const) {
			if (!(type in changes)) continue;
			const value = changes[type] ?? null;
			const rest = nextContacts.filter((c) => c.type !== type);
			const old = nextContacts.filter((c) => c.type === type);
			nextContacts = value
				? [...rest, { ...(old[0] ?? {}), type, value }, ...old.slice(1)]
				: [...rest, ...old.slice(1)];
		}
		await auditedUpdate(
			tx,
			actor,
			services,
			SERVICE_ENTITY,
			service.id,
			{ ...changes, contacts: nextContacts },
			{ action: 'apply-edit' }
		);
		const decided = await auditedUpdate(
			tx,
			actor,
			serviceEdits,
			EDIT_ENTITY,
			edit.id,
			{
				status: 'approved',
				decidedById: actor.kind === 'user' ? actor.userId : null,
				decidedAt: new Date()
			},
			{ expectedVersion: version, action: 'approve' }
		);
		await notifyProposer(tx, edit, service.name, true, null);
		return decided;
	});
}

/** Reject a pending edit with a reason; nothing public changes. */
export async function rejectServiceEdit(
	actor: Actor,
	editId: string,
	input: unknown
): Promise<ServiceEdit> {
	authorize(actor, 'catalogue.manage');
	const { version, reason } = parseInput(RejectInput, input);
	return db().transaction(async (tx) => {
		const edit = await lockedEdit(tx, editId);
		if (edit.version !== version) throw new ConflictError(undefined, edit);
		if (edit.status !== 'pending') {
			throw new ConflictError('O tomto návrhu už bylo rozhodnuto.', edit);
		}
		const { service } = await serviceWithProvider(tx, edit.serviceId);
		const decided = await auditedUpdate(
			tx,
			actor,
			serviceEdits,
			EDIT_ENTITY,
			edit.id,
			{
				status: 'rejected',
				decisionNote: reason,
				decidedById: actor.kind === 'user' ? actor.userId : null,
				decidedAt: new Date()
			},
			{ expectedVersion: version, action: 'reject' }
		);
		await notifyProposer(tx, edit, service.name, false, reason);
		return decided;
	});
}

export interface EditDiffRow {
	field: EditField;
	current: string | null;
	proposed: string | null;
}

export interface EditReview {
	edit: ServiceEdit;
	service: CatalogueService;
	provider: CatalogueProvider;
	proposedByName: string | null;
	decidedByName: string | null;
	diff: EditDiffRow[];
}

/** A proposed edit with the diff against the published values (coordinators). */
export async function getServiceEditReview(actor: Actor, editId: string): Promise<EditReview> {
	authorize(actor, 'catalogue.manage');
	if (!isUuid(editId)) throw new NotFoundError(EDIT_NOT_FOUND);
	const [edit] = await db().select().from(serviceEdits).where(eq(serviceEdits.id, editId));
	if (!edit) throw new NotFoundError(EDIT_NOT_FOUND);
	const ids = [edit.proposedById, edit.decidedById].filter((v): v is string => !!v);
	const [{ service, provider }, people] = await Promise.all([
		serviceWithProvider(db(), edit.serviceId),
		ids.length
			? db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
			: Promise.resolve([])
	]);
	const names = new Map(people.map((p) => [p.id, p.name]));
	const changes = edit.changes as EditChanges;
	return {
		edit,
		service,
		provider,
		proposedByName: edit.proposedById ? (names.get(edit.proposedById) ?? null) : null,
		decidedByName: edit.decidedById ? (names.get(edit.decidedById) ?? null) : null,
		diff: EDIT_FIELDS.filter((f) => f in changes).map((field) => ({
			field,
			current: service[field] ?? null,
			proposed: changes[field] ?? null
		}))
	};
}

/** Organisations the actor acts for as a provider. */
function providerOrganisations(actor: Actor): string[] {
	if (actor.kind !== 'user') return [];
	return actor.grants
		.filter((g) => g.role === 'provider' && g.organisationId)
		.map((g) => g.organisationId as string);
}

export interface MyServiceRow {
	id: string;
	name: string;
	providerName: string;
	status: 'active' | 'ended';
	pending: number;
}

/** Services of the provider's organisations, with the number of edits awaiting approval. */
export async function listMyServices(
	actor: Actor,
	query: { page?: number } = {}
): Promise<{ rows: MyServiceRow[]; total: number; page: number; pageSize: number }> {
	authorize(actor, 'catalogue.provider.edit', {
		organisationId: providerOrganisations(actor)[0] ?? '∅'
	});
	const orgs = providerOrganisations(actor);
	const pageSize = 25;
	const page = Math.max(1, Math.floor(query.page ?? 1) || 1);
	if (!orgs.length) return { rows: [], total: 0, page, pageSize };
	const where = inArray(providers.organisationId, orgs);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({
				id: services.id,
				name: services.name,
				providerName: providers.name,
				status: services.status,
				// Raw names: drizzle leaves columns unqualified inside selected expressions.
				pending: sql<number>`(select count(*)::int from catalogue_service_edits e where e.service_id = catalogue_services.id and e.status = 'pending')`
			})
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(where)
			.orderBy(sql`lower(unaccent(${services.name}))`, asc(services.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db()
			.select({ n: count() })
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(where)
	]);
	return { rows, total: n, page, pageSize };
}

export interface MyService {
	service: CatalogueService;
	provider: CatalogueProvider;
	edits: ServiceEdit[];
}

/** One of the provider's services with the history of its proposals (newest first). */
export async function getMyService(actor: Actor, serviceId: string): Promise<MyService> {
	const { service, provider } = await serviceWithProvider(db(), serviceId);
	authorize(actor, 'catalogue.provider.edit', providerScope(provider));
	const edits = await db()
		.select()
		.from(serviceEdits)
		.where(eq(serviceEdits.serviceId, serviceId))
		.orderBy(desc(serviceEdits.createdAt), desc(serviceEdits.id))
		.limit(50);
	return { service, provider, edits };
}

/** Whether the service has an edit waiting (so the public page can say nothing changed yet). */
export async function pendingEditCount(serviceId: string): Promise<number> {
	const [{ n }] = await db()
		.select({ n: count() })
		.from(serviceEdits)
		.where(and(eq(serviceEdits.serviceId, serviceId), eq(serviceEdits.status, 'pending')));
	return n;
}

/**
 * PATCH of a service: a coordinator edits a non-registered service directly (all fields and
 * `version`); anyone else allowed — a provider of the service, or a coordinator on a registry
 * service — proposes an edit of the description and contacts, which waits for approval.
 */
export async function patchService(
	actor: Actor,
	serviceId: string,
	input: Record<string, unknown>
): Promise<{ kind: 'updated'; serviceId: string } | { kind: 'proposed'; edit: ServiceEdit }> {
	const { service } = await serviceWithProvider(db(), serviceId);
	if (service.source === 'manual' && can(actor, 'catalogue.manage')) {
		await updateManualService(actor, serviceId, input);
		return { kind: 'updated', serviceId };
	}
	const allowed = new Set<string>(EDIT_FIELDS);
	const extra = Object.keys(input).filter((k) => !allowed.has(k) && k !== 'version');
	if (extra.length) {
		throw new ValidationError(
			Object.fromEntries(
				extra.map((k) => [k, ['Toto pole může změnit jen koordinátor u návazné služby.']])
			),
			'Poskytovatel může navrhnout jen změnu popisu a kontaktů (description, email, phone, web).'
		);
	}
	return { kind: 'proposed', edit: await proposeServiceEdit(actor, serviceId, input) };
}
