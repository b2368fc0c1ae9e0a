import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS, type Actor, type RoleGrant } from '#lib/platform/access/actor.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { areas } from './area.schema.ts';
import {
	coordinatedAreas,
	createArea,
	getAreaOverview,
	searchAreas,
	updateArea
} from './area.service.server.ts';
import {
	addMunicipality,
	listMunicipalities,
	removeMunicipality
} from './municipality.service.server.ts';
import { createBody } from './body.service.server.ts';

useTestDatabase();

const user = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test',
	email: 't@x.cz',
	grants
});
const admin = user({ role: 'admin' });

describe('creating areas', () => {
	it('takes an ORP from the code list and creates its kraj as the parent', async () => {
		const orp = await createArea(admin, { kind: 'orp', territory: 'orp:5105', ico: '00262978' });
		expect(orp).toMatchObject({ kind: 'orp', name: 'ORP Liberec', code: '5105', ico: '00262978' });
		const [kraj] = await db().select().from(areas).where(eq(areas.id, orp.parentId!));
		expect(kraj).toMatchObject({ kind: 'kraj', name: 'Liberecký kraj', code: '78' });
		// A second ORP of the same kraj reuses it.
		const second = await createArea(admin, { kind: 'orp', territory: 'orp:5103' });
		expect(second.parentId).toBe(kraj.id);
		expect((await listHistory('organisation.area', orp.id))[0].action).toBe('create');
	});

	it('refuses a duplicate, a mismatched choice and bad codes with Czech messages', async () => {
		await expect(createArea(admin, { kind: 'orp', territory: 'orp:5105' })).rejects.toMatchObject({
			fields: { territory: [expect.stringContaining('už existuje')] }
		});
		await expect(createArea(admin, { kind: 'orp', territory: 'kraj:78' })).rejects.toMatchObject({
			fields: { territory: [expect.stringContaining('ORP')] }
		});
		await expect(
			createArea(admin, { kind: 'obec', name: 'Hodkovice', code: '12' })
		).rejects.toMatchObject({
			fields: { code: ['Kód obce má 6 číslic (např. 563889).'] }
		});
		await expect(createArea(admin, { kind: 'mikroregion', name: '' })).rejects.toMatchObject({
			fields: { name: ['Zadejte název území.'] }
		});
		await expect(
			createArea(admin, { kind: 'mikroregion', name: 'DSO', ico: '12345678' })
		).rejects.toBeInstanceOf(ValidationError);
	});

	it('only administrators create and edit areas', async () => {
		const coordinator = user({ role: 'coordinator', areaId: randomUUID() });
		await expect(
			createArea(coordinator, { kind: 'kraj', territory: 'kraj:141' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			createArea(ANONYMOUS, { kind: 'kraj', territory: 'kraj:141' })
		).rejects.toBeInstanceOf(UnauthorizedError);
	});
});

describe('editing and listing areas', () => {
	let mr: string;
	let kraj: string;
	beforeAll(async () => {
		kraj = (await createArea(admin, { kind: 'kraj', territory: 'kraj:141' })).id;
		mr = (
			await createArea(admin, {
				kind: 'mikroregion',
				name: 'Mikroregion Valašskomeziříčsko',
				parentId: kraj
			})
		).id;
		await createArea(admin, { kind: 'obec', name: 'Zašová', code: '545082', parentId: mr });
	});

	it('keeps the code of listed kinds, refuses cycles and stale versions', async () => {
		const zlk = await getAreaOverview(ANONYMOUS, kraj);
		const renamed = await updateArea(admin, kraj, {
			name: 'Zlínský kraj (KPSS)',
			code: '999',
			version: zlk.area.version
		});
		expect(renamed).toMatchObject({ name: 'Zlínský kraj (KPSS)', code: '141', version: 2 });
		await expect(
			updateArea(admin, kraj, { name: 'X', version: zlk.area.version })
		).rejects.toBeInstanceOf(ConflictError);
		const { children } = await getAreaOverview(ANONYMOUS, mr);
		await expect(
			updateArea(admin, mr, { name: 'MR', parentId: children[0].id, version: 1 })
		).rejects.toMatchObject({ fields: { parentId: [expect.stringContaining('podřízenému')] } });
		await expect(getAreaOverview(ANONYMOUS, 'nic')).rejects.toBeInstanceOf(NotFoundError);
	});

	it('lists areas in hierarchy order with body counts, filtered and paginated in SQL', async () => {
		const all = await searchAreas({ pageSize: 200 });
		const names = all.rows.map((r) => r.name);
		const krajIndex = names.indexOf('Zlínský kraj (KPSS)');
		expect(names[krajIndex + 1]).toBe('Mikroregion Valašskomeziříčsko');
		expect(names[krajIndex + 2]).toBe('Zašová');
		expect(all.rows[krajIndex + 2].depth).toBe(2);
		await createBody(admin, { areaId: mr, kind: 'steering_group', name: 'ŘS', code: 'RS' });
		const onlyMr = await searchAreas({ q: 'valasskomezir' });
		expect(onlyMr).toMatchObject({
			total: 1,
			rows: [{ id: mr, bodyCount: 1, parentName: 'Zlínský kraj (KPSS)' }]
		});
		expect((await searchAreas({ kind: 'obec' })).rows.map((r) => r.name)).toEqual(['Zašová']);
		expect((await searchAreas({ parentId: kraj })).total).toBe(1);
		const page2 = await searchAreas({ page: 2, pageSize: 2 });
		expect(page2.rows).toHaveLength(2);
		expect(page2.total).toBe(all.total);
	});

	it('coordinators see their own areas and the ones below', async () => {
		const coordinator = user({ role: 'coordinator', areaId: mr });
		expect((await coordinatedAreas(coordinator)).map((a) => a.name).sort()).toEqual([
			'Mikroregion Valašskomeziříčsko',
			'Zašová'
		]);
		expect(await coordinatedAreas(user({ role: 'member', bodyId: randomUUID() }))).toEqual([]);
	});

	it('manages member municipalities: coordinator only, no duplicates, history kept', async () => {
		const coordinator = user({ role: 'coordinator', areaId: kraj });
		const town = await addMunicipality(coordinator, mr, { name: 'Kelč', code: '542458' });
		await expect(addMunicipality(coordinator, mr, { name: 'kelč' })).rejects.toMatchObject({
			fields: { name: [expect.stringContaining('už je v seznamu')] }
		});
		await expect(
			addMunicipality(coordinator, mr, { name: 'Jiná', code: '542458' })
		).rejects.toMatchObject({
			fields: { code: [expect.stringContaining('542458')] }
		});
		await expect(
			addMunicipality(coordinator, mr, { name: 'Lhota', code: 'abc' })
		).rejects.toBeInstanceOf(ValidationError);
		const stranger = user({ role: 'coordinator', areaId: randomUUID() });
		await expect(addMunicipality(stranger, mr, { name: 'Lhota' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		expect((await listMunicipalities(mr)).map((t) => t.name)).toEqual(['Kelč']);
		await expect(removeMunicipality(stranger, mr, town.id)).rejects.toBeInstanceOf(ForbiddenError);
		await removeMunicipality(coordinator, mr, town.id);
		expect(await listMunicipalities(mr)).toEqual([]);
		expect(
			(await listHistory('organisation.area-municipality', town.id)).map((e) => e.action)
		).toEqual(['delete', 'create']);
		await expect(removeMunicipality(coordinator, mr, town.id)).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});
