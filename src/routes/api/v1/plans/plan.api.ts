/** API views of plans: zod schemas (documented in OpenAPI) and presenters. */
import { z } from 'zod';
import {
	CAPACITY_UNITS,
	FUNDING_SOURCES,
	INDICATOR_DIRECTIONS,
	PLAN_STATUSES,
	type PlanListRow
} from '#lib/modules/plans/index.ts';

export const PlanIdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor plánu (UUID).' })
});

const statusEnum = z.enum(PLAN_STATUSES).meta({
	description:
		'Stav: preparation (v přípravě), draft (návrh), consultation (připomínkování), approved (schválený), in_force (platný), evaluated (vyhodnocený), archived (archivovaný).'
});
const ref = z.object({ id: z.uuid(), name: z.string() });
const source = z.enum(FUNDING_SOURCES as unknown as [string, ...string[]]);
const costLine = z.object({ year: z.number().int(), source, amount: z.number() });

const IndicatorSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	unit: z.string(),
	baseline: z.number().nullable(),
	baselineYear: z.number().int().nullable(),
	direction: z.enum(INDICATOR_DIRECTIONS),
	targets: z.array(z.object({ year: z.number().int(), target: z.number() })),
	actuals: z.array(
		z.object({ year: z.number().int(), actual: z.number(), note: z.string().nullable() })
	)
});

const MeasureSchema = z.object({
	id: z.uuid(),
	priorityId: z.uuid(),
	number: z.string().meta({ description: 'Číslo opatření, např. „2.3“.' }),
	title: z.string(),
	description: z.string().nullable(),
	rationale: z.string().nullable(),
	responsibleOrganisation: ref.nullable(),
	responsiblePerson: ref.nullable(),
	responsibleText: z.string().nullable(),
	responsibleBody: ref.nullable(),
	partners: z.string().nullable(),
	startYear: z.number().int(),
	endYear: z.number().int(),
	serviceKinds: z
		.array(z.string())
		.meta({ description: 'Kódy druhů služeb (§ zákona 108/2006 Sb.).' }),
	targetGroups: z.array(ref),
	municipalityCodes: z.array(z.string()),
	capacityChange: z.number().nullable(),
	capacityUnit: z.enum(CAPACITY_UNITS).nullable(),
	capacityDecrease: z.boolean(),
	costs: z.array(costLine).meta({ description: 'Plánované náklady podle roku a zdroje (Kč).' }),
	actualCosts: z.array(costLine).meta({ description: 'Skutečné náklady z monitoringu (Kč).' }),
	indicators: z.array(IndicatorSchema),
	activities: z.array(
		z.object({
			id: z.uuid(),
			number: z.string(),
			title: z.string(),
			description: z.string().nullable(),
			responsibleText: z.string().nullable(),
			dueYear: z.number().int().nullable()
		})
	),
	monitoring: z.array(
		z.object({
			year: z.number().int(),
			status: z.enum([
				'not_started',
				'in_progress',
				'done',
				'partially_done',
				'not_done',
				'cancelled'
			]),
			progress: z.number().int(),
			comment: z.string().nullable()
		})
	),
	version: z.number().int()
});

export const PlanTreeSchema = z
	.object({
		id: z.uuid(),
		area: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
		kind: z.string().meta({
			description: 'Druh plánu: sprss_kraj, sprss_obec, komunitni_plan, other (nastavitelné).'
		}),
		title: z.string(),
		periodFrom: z.number().int(),
		periodTo: z.number().int(),
		vision: z.string().nullable(),
		principles: z.string().nullable(),
		responsibleBody: ref.nullable(),
		targetGroups: z.array(ref),
		status: statusEnum,
		approval: z.object({
			byLabel: z.string().nullable(),
			byBodyId: z.uuid().nullable(),
			on: z.iso.date().nullable(),
			resolution: z.string().nullable(),
			fileId: z.uuid().nullable()
		}),
		consultationId: z.uuid().nullable(),
		rollupWeighting: z.enum(['equal', 'cost']),
		lastVersionNo: z.number().int(),
		priorities: z.array(
			z.object({
				id: z.uuid(),
				number: z.string(),
				title: z.string(),
				description: z.string().nullable(),
				targetGroup: ref.nullable(),
				responsibleBody: ref.nullable(),
				measures: z.array(MeasureSchema),
				version: z.number().int()
			})
		),
		version: z.number().int()
	})
	.meta({
		id: 'PlanTree',
		description: 'Celý plán: priority → opatření → aktivity, náklady, ukazatele, monitoring.'
	});

export const PlanSummarySchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		kind: z.string(),
		areaId: z.uuid(),
		areaName: z.string(),
		periodFrom: z.number().int(),
		periodTo: z.number().int(),
		status: statusEnum,
		approvedOn: z.iso.date().nullable(),
		measureCount: z.number().int()
	})
	.meta({ id: 'PlanSummary', description: 'Plán v seznamu.' });

export function presentPlanRow(r: PlanListRow): z.output<typeof PlanSummarySchema> {
	return {
		id: r.id,
		title: r.title,
		kind: r.kind,
		areaId: r.areaId,
		areaName: r.areaName,
		periodFrom: r.periodFrom,
		periodTo: r.periodTo,
		status: r.status,
		approvedOn: r.approvedOn,
		measureCount: r.measureCount
	};
}

/** Body of POST (create) and PATCH (edit; `version` required). */
export const PlanBody = z
	.object({
		areaId: z.uuid().optional().meta({ description: 'Území plánování (jen při založení).' }),
		kind: z.string(),
		title: z.string(),
		periodFrom: z.number().int(),
		periodTo: z.number().int(),
		vision: z.string().nullable().optional(),
		principles: z.string().nullable().optional(),
		targetGroupIds: z.array(z.uuid()).optional(),
		responsibleBodyId: z.uuid().nullable().optional(),
		rollupWeighting: z.enum(['equal', 'cost']).optional(),
		version: z
			.number()
			.int()
			.optional()
			.meta({ description: 'Verze záznamu (optimistické zamykání; povinná při úpravě).' })
	})
	.meta({ id: 'PlanInput', description: 'Údaje plánu.' });
