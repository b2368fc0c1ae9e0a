import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import {
	applyApprovedIntention,
	currentNetworkCapacity,
	listNetworkCategories
} from './network.contract.server.ts';
import { networkCapacityByKind } from './network.capacity.server.ts';
import { networks } from './network.schema.ts';
import { createNetwork, addEntry, publishNetwork } from './network.service.server.ts';
import { networkFixture, type NetworkFixture } from './network.testing.server.ts';
import { eq } from 'drizzle-orm';

useTestDatabase();

let f: NetworkFixture;
const system = systemActor('test');

beforeAll(async () => {
	f = await networkFixture();
});

const change = (overrides: Record<string, unknown> = {}) => ({
	intentionId: crypto.randomUUID(),
	regionAreaId: f.kraj,
	year: 2017,
	serviceId: f.services.asistence,
	kindCode: '39',
	categoryCode: 'rozvojova',
	capacity: [{ form: 'ter' as const, delta: 2.5 }],
	decisionRef: 'usnesení RK 123/17',
	...overrides
});

describe('applyApprovedIntention', () => {
	it('creates the draft network of the year with a Czech title and the entry', async () => {
		const result = await db().transaction((tx) => applyApprovedIntention(tx, system, change()));
		const [network] = await db().select().from(networks).where(eq(networks.id, result.networkId));
		expect(network.title).toBe('Síť sociálních služeb Libereckého kraje na rok 2017');
		expect(network.status).toBe('draft');
		expect(await currentNetworkCapacity(f.services.asistence, f.kraj, 2017)).toEqual([
			{ form: 'ter', unit: 'fte', amount: 2.5 }
		]);
		const history = await listHistory('network.entry', result.entryId);
		expect(history.map((h) => h.action)).toEqual(
			expect.arrayContaining(['create', 'capacity', 'territory'])
		);
	});

	it('adds deltas to the existing entry and refuses a decrease below zero (nothing written)', async () => {
		const again = await db().transaction((tx) =>
			applyApprovedIntention(
				tx,
				system,
				change({
					capacity: [
						{ form: 'ter', delta: 1 },
						{ form: 'amb', delta: 0.5 }
					]
				})
			)
		);
		expect(await currentNetworkCapacity(f.services.asistence, f.kraj, 2017)).toEqual([
			{ form: 'amb', unit: 'fte', amount: 0.5 },
			{ form: 'ter', unit: 'fte', amount: 3.5 }
		]);
		const failed = db().transaction((tx) =>
			applyApprovedIntention(
				tx,
				system,
				change({
					capacity: [
						{ form: 'amb', delta: -0.5 },
						{ form: 'ter', delta: -10 }
					]
				})
			)
		);
		await expect(failed).rejects.toThrow(ValidationError);
		await expect(failed).rejects.toMatchObject({
			fields: { capacity: ['Snížení kapacity je větší než současná kapacita služby v síti.'] }
		});
		expect(await currentNetworkCapacity(f.services.asistence, f.kraj, 2017)).toHaveLength(2);
		expect(again.networkId).toBeTruthy();
	});

	it('refuses an unknown category, a category outside its validity and an unknown service', async () => {
		await expect(
			db().transaction((tx) => applyApprovedIntention(tx, system, change({ categoryCode: 'neni' })))
		).rejects.toMatchObject({ fields: { categoryCode: [expect.stringContaining('neexistuje')] } });
		await expect(
			db().transaction((tx) =>
				applyApprovedIntention(tx, system, change({ categoryCode: 'stara' }))
			)
		).rejects.toMatchObject({ fields: { categoryCode: [expect.stringContaining('platí jen')] } });
		await expect(
			db().transaction((tx) =>
				applyApprovedIntention(tx, system, change({ serviceId: crypto.randomUUID() }))
			)
		).rejects.toMatchObject({ fields: { serviceId: ['Služba v katalogu neexistuje.'] } });
	});

	it('creates the next year from the previous one and a planned service without catalogue id', async () => {
		const r = await db().transaction((tx) =>
			applyApprovedIntention(
				tx,
				system,
				change({
					year: 2018,
					serviceId: null,
					plannedName: 'Domov se zvláštním režimem Chrastava',
					kindCode: '50',
					capacity: [{ form: 'pob', delta: 20 }],
					territory: [{ level: 'obec', code: '564044', sharePercent: 100 }]
				})
			)
		);
		expect(r.entryId).toBeTruthy();
		// copied from 2017
		expect(await currentNetworkCapacity(f.services.asistence, f.kraj, 2018)).toHaveLength(2);
		const kinds = await networkCapacityByKind({ areaId: f.kraj, year: 2018 });
		expect(kinds.find((k) => k.kindCode === '50')).toMatchObject({ unit: 'beds', amount: 20 });
	});

	it('refuses territory shares that do not sum to 100', async () => {
		await expect(
			db().transaction((tx) =>
				applyApprovedIntention(
					tx,
					system,
					change({
						serviceId: f.services.rehabilitace,
						kindCode: '70',
						territory: [
							{ level: 'orp', code: '5105', sharePercent: 60 },
							{ level: 'obec', code: '564044', sharePercent: 30 }
						]
					})
				)
			)
		).rejects.toMatchObject({ fields: { territory: [expect.stringContaining('100 %')] } });
	});
});

describe('networkCapacityByKind', () => {
	it('weights entries by territory share for an ORP and a mikroregion; the reservoir adds nothing', async () => {
		const { network } = await createNetwork(f.krajCoordinator, {
			regionAreaId: f.kraj,
			year: 2020,
			copyPrevious: ''
		});
		await addEntry(f.krajCoordinator, network.id, {
			serviceId: f.services.domov,
			categoryId: f.categories.zakladni,
			capacityPob: '40',
			territoryLevel: ['orp', 'obec'],
			territoryCode: ['5105', '564044'],
			territoryShare: ['75', '25']
		});
		await addEntry(f.krajCoordinator, network.id, {
			serviceId: f.services.rehabilitace,
			categoryId: f.categories.zasobnik,
			capacityAmb: '3',
			territoryCode: ['5105'],
			territoryShare: ['100']
		});
		// draft counts when nothing is published for the year
		const kraj = await networkCapacityByKind({ areaId: f.kraj, year: 2020 });
		expect(kraj).toEqual([expect.objectContaining({ kindCode: '49', unit: 'beds', amount: 40 })]);
		const orp = await networkCapacityByKind({ areaId: f.orp, year: 2020 });
		expect(orp.find((k) => k.kindCode === '49')?.amount).toBe(40);
		// mikroregion: Chrastava (25 % fully) + its share of the ORP line (2 of 14 known municipalities)
		const mr = await networkCapacityByKind({ areaId: f.mikroregion, year: 2020 });
		const beds = mr.find((k) => k.kindCode === '49');
		expect(beds?.amount).toBeCloseTo(40 * 0.25 + 40 * 0.75 * (2 / 14), 1);
		expect(beds?.entries[0].name).toBe('Domov pro seniory Liberec');
		// later years fall back to the latest earlier network
		expect((await networkCapacityByKind({ areaId: f.kraj, year: 2021 }))[0].amount).toBe(40);
		await publishNetwork(f.krajCoordinator, network.id, {
			decisionRef: 'usnesení ZK 1/20',
			decidedOn: '2020-01-15'
		});
	});

	it('lists the categories of a region in order', async () => {
		const cats = await listNetworkCategories(f.kraj);
		expect(cats.map((c) => c.code)).toEqual(['zakladni', 'rozvojova', 'zasobnik', 'stara']);
	});
});
