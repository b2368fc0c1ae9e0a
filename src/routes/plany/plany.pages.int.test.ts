import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#lib/platform/http/errors.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { createMeasure, createPlan, createPriority } from '#lib/modules/plans/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the plans module, kept out of its public door
import {
	measureFixture,
	planFixture,
	type PlanFixture
} from '#lib/modules/plans/plan.testing.server.ts';
import * as list from './+page.server.ts';
import * as create from './novy/+page.server.ts';
import * as overview from './[id]/+page.server.ts';
import * as edit from './[id]/upravit/+page.server.ts';
import * as structure from './[id]/struktura/+page.server.ts';
import * as measurePage from './[id]/opatreni/[measureId]/+page.server.ts';
import * as versions from './[id]/verze/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
let f: PlanFixture;
let planId: string;
let priorityId: string;
let measureId: string;

beforeAll(async () => {
	f = await planFixture();
	const plan = await createPlan(f.coordinator, {
		areaId: f.area,
		kind: 'komunitni_plan',
		title: 'Plán pro stránky',
		periodFrom: 2022,
		periodTo: 2024,
		responsibleBodyId: f.steering
	});
	planId = plan.id;
	priorityId = (await createPriority(f.coordinator, planId, { title: 'Senioři' })).id;
	measureId = (await createMeasure(f.coordinator, planId, priorityId, measureFixture())).id;
});

const at = (path: string, params: Record<string, string> = {}) => ({
	url: `http://localhost${path}`,
	params: { id: planId, ...params }
});

describe('/plany pages', () => {
	it('anonymous: login redirect on internal pages, 401 for a plan in preparation and for actions', async () => {
		const anon = await call(list.load, fakeEvent({ url: 'http://localhost/plany' }).event);
		expect(anon.thrown).toMatchObject({ status: 303, location: '/prihlaseni?next=%2Fplany' });
		expect(
			(await call(overview.load, fakeEvent(at(`/plany/${planId}`)).event)).thrown
		).toBeInstanceOf(UnauthorizedError);
		expect(
			(await call(measurePage.load, fakeEvent(at('/x', { measureId })).event)).thrown
		).toBeInstanceOf(UnauthorizedError);
		const form = {
			areaId: f.area,
			kind: 'other',
			title: 'X',
			periodFrom: '2022',
			periodTo: '2023'
		};
		expect((await call(create.actions.default, fakeEvent({ form }).event)).value).toMatchObject({
			status: 401
		});
		expect(
			(
				await call(
					structure.actions.addPriority,
					fakeEvent({ ...at('/x'), form: { title: 'P' } }).event
				)
			).value
		).toMatchObject({ status: 401 });
	});

	it('wrong role: 403 on create, structure, edit, status change; member reads but cannot change', async () => {
		expect(
			(
				await call(
					create.load,
					fakeEvent({ actor: f.member, url: 'http://localhost/plany/novy' }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(structure.load, fakeEvent({ actor: f.member, ...at('/x') }).event)).thrown
		).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(edit.load, fakeEvent({ actor: f.provider, ...at('/x') }).event)).thrown
		).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(overview.load, fakeEvent({ actor: f.otherCoordinator, ...at('/x') }).event))
				.thrown
		).toBeInstanceOf(ForbiddenError);
		const read = (await call(overview.load, fakeEvent({ actor: f.member, ...at('/x') }).event))
			.value as {
			canManage: boolean;
			transitions: string[];
		};
		expect(read.canManage).toBe(false);
		expect(read.transitions).toEqual([]);
		expect(
			(
				await call(
					overview.actions.status,
					fakeEvent({ actor: f.member, ...at('/x'), form: { to: 'draft', version: '1' } }).event
				)
			).value
		).toMatchObject({ status: 403 });
		expect(
			(await call(versions.load, fakeEvent({ actor: f.provider, ...at('/x') }).event)).thrown
		).toBeInstanceOf(ForbiddenError);
		expect(
			(
				await call(
					measurePage.load,
					fakeEvent({ actor: f.coordinator, ...at('/x', { measureId: 'nope' }) }).event
				)
			).thrown
		).toBeInstanceOf(NotFoundError);
	});

	it('bad input: 400 with Czech errors and the input kept', async () => {
		const form = {
			areaId: f.area,
			kind: 'komunitni_plan',
			title: 'Plán',
			periodFrom: '2025',
			periodTo: '2022'
		};
		const bad = await call(create.actions.default, fakeEvent({ actor: f.coordinator, form }).event);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				values: form,
				errors: { periodTo: ['Konec období nemůže být dříve než jeho začátek.'] }
			}
		});
		const m = await call(
			structure.actions.addMeasure,
			fakeEvent({
				actor: f.coordinator,
				...at('/x'),
				form: { priorityId, title: 'Mimo období', startYear: '2021', endYear: '2024' }
			}).event
		);
		expect(m.value).toMatchObject({
			status: 400,
			data: { errors: { startYear: [expect.stringContaining('2022–2024')] } }
		});
		const costs = await call(
			measurePage.actions.costs,
			fakeEvent({
				actor: f.coordinator,
				...at('/x', { measureId }),
				form: { version: '1', periodFrom: '2022', periodTo: '2024', 'costs.region.2023': 'hodně' }
			}).event
		);
		expect(costs.value).toMatchObject({
			status: 400,
			data: { errors: { 'costs.region.2023': [expect.stringContaining('1 234,50')] } }
		});
		const cap = await call(
			measurePage.actions.update,
			fakeEvent({
				actor: f.coordinator,
				...at('/x', { measureId }),
				form: {
					version: '1',
					title: 'X',
					startYear: '2022',
					endYear: '2024',
					capacityChange: '-3',
					capacityUnit: 'beds'
				}
			}).event
		);
		expect(cap.value).toMatchObject({
			status: 400,
			data: { errors: { capacityChange: [expect.stringContaining('snížení')] } }
		});
	});

	it('coordinator: create, costs grid in Czech numbers, status with approval, versions compare', async () => {
		const created = await call(
			create.actions.default,
			fakeEvent({
				actor: f.coordinator,
				form: {
					areaId: f.area,
					kind: 'sprss_obec',
					title: 'Nový plán z formuláře',
					periodFrom: '2025',
					periodTo: '2027'
				}
			}).event
		);
		expect(created.thrown).toMatchObject({
			status: 303,
			location: expect.stringMatching(/^\/plany\/.+\/struktura$/)
		});
		const saved = await call(
			measurePage.actions.costs,
			fakeEvent({
				actor: f.coordinator,
				...at('/x', { measureId }),
				form: {
					version: '1',
					periodFrom: '2022',
					periodTo: '2024',
					'costs.region.2023': '1 234,50',
					'costs.other.2024': ''
				}
			}).event
		);
		expect(saved.thrown).toMatchObject({ status: 303 });
		const page = (
			await call(
				measurePage.load,
				fakeEvent({ actor: f.coordinator, ...at('/x', { measureId }) }).event
			)
		).value as { measure: { costs: unknown[] }; editable: boolean };
		expect(page.measure.costs).toEqual([{ year: 2023, source: 'region', amount: 1234.5 }]);
		expect(page.editable).toBe(true);
		expect(
			(
				await call(
					overview.actions.status,
					fakeEvent({ actor: f.coordinator, ...at('/x'), form: { to: 'draft', version: '1' } })
						.event
				)
			).thrown
		).toMatchObject({ status: 303 });
		const approve = await call(
			overview.actions.approve,
			fakeEvent({
				actor: f.coordinator,
				...at('/x'),
				form: { version: '2', byLabel: '', on: '2025-01-01', resolution: '' }
			}).event
		);
		expect(approve.value).toMatchObject({ status: 400, data: { values: { form: 'approve' } } });
		const ok = await call(
			overview.actions.approve,
			fakeEvent({
				actor: f.coordinator,
				...at('/x'),
				form: {
					version: '2',
					byLabel: 'Zastupitelstvo obce',
					on: '2025-01-01',
					resolution: 'ZO/1/2025'
				}
			}).event
		);
		expect(ok.thrown).toMatchObject({ status: 303 });
		const v = (
			await call(
				versions.load,
				fakeEvent({ actor: f.coordinator, ...at(`/plany/${planId}/verze?a=1&b=2`) }).event
			)
		).value as { versions: unknown[]; comparison: { plan: { label: string; after: string }[] } };
		expect(v.versions).toHaveLength(2);
		expect(v.comparison.plan.map((r) => r.after)).toContain('Schválený');
	});
});
