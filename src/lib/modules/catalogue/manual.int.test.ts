/** Non-registered services: create (existing or new provider by IČO), edit with locking, verify, audit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { facilities, providers, serviceForms, services } from './catalogue.schema.ts';
import { createCatalogueFixture, testIco, type CatalogueFixture } from './hsds.testing.server.ts';
import {
	confirmServiceVerified,
	createManualService,
	getCatalogueAdminOverview,
	getManagedService,
	updateManualService
} from './manual.service.server.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';

useTestDatabase();

const fakeUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Koordinátorka Testová',
	email: 'k@souhra.example',
	grants
});

let coordinator: Actor;
let member: Actor;
let f: CatalogueFixture;
let providerIco: string;

const input = (over: Record<string, unknown> = {}) => ({
	ico: providerIco,
	name: 'Sociální šatník Liberec',
	kindText: 'sociální šatník',
	description: 'Oblečení pro lidi v nouzi.',
	email: 'satnik@pohoda.example',
	phone: '+420 777 000 111',
	web: 'satnik.example.cz',
	forms: ['amb'],
	street: 'Lipová',
	houseNumber: '5',
	postcode: '460 01',
	city: 'Liberec',
	territory: 'orp:5103',
	...over
});

beforeAll(async () => {
	coordinator = fakeUser({ role: 'coordinator', areaId: randomUUID() });
	member = fakeUser({ role: 'member', bodyId: randomUUID() });
	f = await createCatalogueFixture();
	[{ ico: providerIco }] = (await db()
		.select({ ico: providers.ico })
		.from(providers)
		.where(eq(providers.id, f.providerA))) as { ico: string }[];
});

describe('createManualService', () => {
	it('adds a non-registered service to an existing provider, with facility, forms and search text', async () => {
		const s = await createManualService(coordinator, input());
		expect(s).toMatchObject({
			providerId: f.providerA,
			source: 'manual',
			kindCode: null,
			kindText: 'sociální šatník',
			registryId: null,
			web: 'https://satnik.example.cz',
			orpCodes: ['5103'],
			krajCodes: ['78'],
			lastVerifiedOn: pragueDay()
		});
		expect(s.searchText).toContain('socialni satnik liberec');
		expect(s.searchText).toContain('liberecky kraj');
		const [place] = await db().select().from(facilities).where(eq(facilities.serviceId, s.id));
		expect(place).toMatchObject({
			street: 'Lipová',
			postcode: '46001',
			municipalityName: 'Liberec',
			krajCode: '78'
		});
		const forms = await db().select().from(serviceForms).where(eq(serviceForms.serviceId, s.id));
		expect(forms.map((x) => x.form)).toEqual(['amb']);
		const audit = await db()
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, s.id), eq(auditLog.entityType, 'catalogue.service')));
		expect(audit.map((a) => a.action)).toEqual(['create']);
	});

	it('creates a manual provider for an unknown IČO and asks for its name', async () => {
		const ico = testIco(7654321);
		await expect(createManualService(coordinator, input({ ico }))).rejects.toMatchObject({
			fields: { providerName: [expect.stringContaining(ico)] }
		});
		const s = await createManualService(
			coordinator,
			input({ ico, providerName: 'Spolek Nový, z. s.' })
		);
		const [p] = await db().select().from(providers).where(eq(providers.id, s.providerId));
		expect(p).toMatchObject({ ico, name: 'Spolek Nový, z. s.', source: 'manual' });
	});

	it('validates IČO checksum, territory, e-mail and required fields (400)', async () => {
		const bad = [
			{ ico: '12345678' },
			{ ico: '' },
			{ territory: 'orp:9' },
			{ email: 'nope' },
			{ name: '' },
			{ kindText: '' },
			{ city: '' },
			{ postcode: '123' },
			{ forms: ['xyz'] }
		];
		for (const over of bad) {
			const error = await createManualService(coordinator, input(over)).catch((e: unknown) => e);
			expect(error, JSON.stringify(over)).toBeInstanceOf(ValidationError);
		}
	});

	it('is for coordinators only', async () => {
		await expect(createManualService(ANONYMOUS, input())).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(createManualService(member, input())).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('updateManualService and confirmServiceVerified', () => {
	it('edits with optimistic locking and records the history', async () => {
		const s = await createManualService(coordinator, input({ name: 'Šatník k úpravě' }));
		const updated = await updateManualService(coordinator, s.id, {
			...input({ name: 'Šatník upravený', forms: ['amb', 'ter'], territory: 'kraj:78' }),
			version: s.version
		});
		expect(updated).toMatchObject({
			name: 'Šatník upravený',
			version: s.version + 1,
			orpCodes: [],
			krajCodes: ['78']
		});
		await expect(
			updateManualService(coordinator, s.id, { ...input(), version: s.version })
		).rejects.toBeInstanceOf(ConflictError);
		const managed = await getManagedService(coordinator, s.id);
		expect(managed.forms).toEqual(['amb', 'ter']);
		expect(managed.history.map((h) => h.action)).toEqual(['update', 'create']);
		expect(managed.history[0].after).toMatchObject({ name: 'Šatník upravený' });
	});

	it('refuses to edit registry services directly', async () => {
		const [home] = await db().select().from(services).where(eq(services.id, f.homeId));
		await expect(
			updateManualService(coordinator, f.homeId, { ...input(), version: home.version })
		).rejects.toBeInstanceOf(ValidationError);
	});

	it('confirms any service as current (audited as verify)', async () => {
		const [home] = await db().select().from(services).where(eq(services.id, f.homeId));
		const confirmed = await confirmServiceVerified(coordinator, f.homeId, {
			version: home.version
		});
		expect(confirmed.lastVerifiedOn).toBe(pragueDay());
		await expect(
			confirmServiceVerified(coordinator, f.homeId, { version: home.version })
		).rejects.toBeInstanceOf(ConflictError);
		await expect(confirmServiceVerified(member, f.homeId, { version: 2 })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const managed = await getManagedService(coordinator, f.homeId);
		expect(managed.history[0].action).toBe('verify');
	});

	it('lists manual services in the overview', async () => {
		const overview = await getCatalogueAdminOverview(coordinator);
		expect(overview.manualTotal).toBeGreaterThanOrEqual(3);
		expect(overview.registryTotal).toBe(3);
		expect(overview.manualServices.every((s) => s.kindText)).toBe(true);
		await expect(getCatalogueAdminOverview(member)).rejects.toBeInstanceOf(ForbiddenError);
	});
});
