/** GET /api/v1/plans/{id}/action-plans/{year} — one year's action plan with its items. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { FUNDING_SOURCES, getActionPlan } from '#lib/modules/plans/index.ts';

const source = z.enum(FUNDING_SOURCES as unknown as [string, ...string[]]);

const ActionPlanResponse = z.object({
	planId: z.uuid(),
	planTitle: z.string(),
	year: z.number().int(),
	title: z.string(),
	introduction: z.string().nullable(),
	status: z
		.enum(['draft', 'approved'])
		.meta({ description: 'draft (v přípravě), approved (schválený).' }),
	approvedByLabel: z.string().nullable(),
	approvedOn: z.iso.date().nullable(),
	version: z.number().int(),
	items: z.array(
		z.object({
			id: z.uuid(),
			measureId: z.uuid(),
			measureNumber: z.string(),
			activityId: z.uuid().nullable(),
			number: z.string().meta({ description: 'Číslo opatření, nebo aktivity (2.3.1).' }),
			title: z.string(),
			priorityNumber: z.string(),
			responsible: z.string().nullable(),
			plannedCost: z
				.number()
				.nullable()
				.meta({ description: 'Zadaná částka (Kč); null = výchozí.' }),
			defaultCost: z
				.number()
				.nullable()
				.meta({ description: 'Součet plánovaných nákladů opatření na rok (Kč).' }),
			effectiveCost: z.number().meta({ description: 'Platná částka (Kč).' }),
			plannedCapacity: z.number().nullable(),
			capacityUnit: z.string().nullable(),
			note: z.string().nullable(),
			sort: z.number().int()
		})
	),
	totals: z.object({
		cost: z.number(),
		bySource: z.array(z.object({ source, amount: z.number() }))
	})
});

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/plans/{id}/action-plans/{year}',
	summary: 'Akční plán na rok',
	description:
		'Vybraná opatření a aktivity s plánovanými náklady a kapacitou na rok. Schválený akční plán veřejného plánu vidí kdokoli, ' +
		'jinak je potřeba oprávnění plans.read (401/403); 404, pokud akční plán na ten rok není.',
	tags: ['Plány'],
	auth: 'public',
	params: z.object({
		id: z.uuid().meta({ description: 'Identifikátor plánu (UUID).' }),
		year: z.coerce.number().int().min(1990).max(2100).meta({ description: 'Rok, např. 2025.' })
	}),
	response: ActionPlanResponse,
	errors: [401, 403, 404],
	handler: async ({ actor, params }) => {
		const v = await getActionPlan(actor, params.id, params.year);
		const measureNumbers = new Map(
			v.candidates.filter((c) => !c.activityId).map((c) => [c.measureId, c.number])
		);
		return {
			planId: v.plan.id,
			planTitle: v.plan.title,
			year: v.actionPlan.year,
			title: v.actionPlan.title,
			introduction: v.actionPlan.introduction,
			status: v.actionPlan.status,
			approvedByLabel: v.actionPlan.approvedByLabel,
			approvedOn: v.actionPlan.approvedOn,
			version: v.actionPlan.version,
			items: v.items.map((i) => ({
				id: i.id,
				measureId: i.measureId,
				measureNumber: measureNumbers.get(i.measureId) ?? i.number,
				activityId: i.activityId,
				number: i.number,
				title: i.title,
				priorityNumber: i.priorityNumber,
				responsible: i.responsible,
				plannedCost: i.plannedCost,
				defaultCost: i.defaultCost,
				effectiveCost: i.effectiveCost,
				plannedCapacity: i.plannedCapacity,
				capacityUnit: i.capacityUnit,
				note: i.note,
				sort: i.sort
			})),
			totals: { cost: v.totals.cost, bySource: v.totals.bySource }
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
