/** API views of a plan's yearly monitoring: zod schemas (documented in OpenAPI) and the presenter. */
import { z } from 'zod';
import {
	FUNDING_SOURCES,
	MEASURE_STATUSES,
	type MonitoringYearView
} from '#lib/modules/plans/index.ts';

const statusEnum = z.enum(MEASURE_STATUSES as unknown as [string, ...string[]]).meta({
	description:
		'Stav plnění: not_started (nezahájeno), in_progress (plní se), done (splněno), partially_done (částečně splněno), not_done (nesplněno), cancelled (zrušeno).'
});
const sourceEnum = z.enum(FUNDING_SOURCES as unknown as [string, ...string[]]).meta({
	description:
		'Zdroj financování: state_101a, region, municipalities, eu_esf, user_fees, health_insurance, other.'
});

export const MonitoringParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor plánu (UUID).' }),
	year: z
		.string()
		.regex(/^\d{4}$/, 'Rok zadejte čtyřmi číslicemi, např. 2025.')
		.meta({ description: 'Rok období plánu, např. 2025.' })
});

export const MonitoringBody = z
	.object({
		measureId: z.uuid().meta({ description: 'Opatření plánu.' }),
		status: statusEnum,
		progress: z.number().int().min(0).max(100).meta({
			description: 'Plnění v procentech 0–100; „done“ vyžaduje 100, „not_started“ 0.'
		}),
		comment: z.string().max(5000).nullable().optional(),
		indicators: z
			.array(
				z.object({
					indicatorId: z.uuid(),
					actual: z.number().nullable().meta({ description: 'Skutečná hodnota; null ji smaže.' }),
					unit: z.string().max(50).optional().meta({
						description: 'Jednotka; když je uvedena, musí odpovídat jednotce ukazatele.'
					}),
					note: z.string().max(1000).nullable().optional()
				})
			)
			.max(100)
			.optional(),
		actualCosts: z
			.array(z.object({ source: sourceEnum, amount: z.number().min(0) }))
			.max(FUNDING_SOURCES.length)
			.optional()
			.meta({ description: 'Skutečné náklady roku; poslaná sada nahradí dosavadní.' }),
		links: z
			.array(z.object({ label: z.string().max(300), url: z.string().max(2000) }))
			.max(20)
			.optional(),
		meetingIds: z.array(z.uuid()).max(20).optional().meta({
			description: 'Jednání v území plánu, na kterých bylo plnění projednáno.'
		}),
		version: z.number().int().min(1).nullable().optional().meta({
			description: 'Verze záznamu pro optimistické zamykání; povinná, pokud záznam už existuje.'
		})
	})
	.meta({ id: 'MeasureMonitoringInput', description: 'Zápis plnění jednoho opatření za rok.' });

const EvidenceSchema = z.object({
	label: z.string(),
	url: z.string().nullable(),
	meetingId: z.uuid().nullable()
});

const MeasureYearSchema = z.object({
	measureId: z.uuid(),
	number: z.string(),
	title: z.string(),
	active: z.boolean().meta({ description: 'Rok je v letech realizace opatření.' }),
	recorded: z.boolean(),
	status: statusEnum,
	progress: z.number().int(),
	comment: z.string().nullable(),
	evidence: z.array(EvidenceSchema),
	recordedBy: z.string().nullable(),
	recordedAt: z.iso.datetime({ offset: true }).nullable(),
	version: z.number().int().nullable(),
	indicators: z.array(
		z.object({
			indicatorId: z.uuid(),
			name: z.string(),
			unit: z.string(),
			baseline: z.number().nullable(),
			target: z.number().nullable(),
			actual: z.number().nullable()
		})
	),
	plannedCosts: z.array(z.object({ source: sourceEnum, amount: z.number() })),
	actualCosts: z.array(z.object({ source: sourceEnum, amount: z.number() }))
});

const CountsSchema = z.object(
	Object.fromEntries(MEASURE_STATUSES.map((s) => [s, z.number().int()])) as Record<
		string,
		z.ZodNumber
	>
);

export const MonitoringYearSchema = z
	.object({
		planId: z.uuid(),
		year: z.number().int(),
		state: z.enum(['none', 'open', 'closed']).meta({
			description: 'none (nic nezapsáno), open (otevřený), closed (uzavřený, jen ke čtení).'
		}),
		closedAt: z.iso.datetime({ offset: true }).nullable(),
		weighting: z.enum(['equal', 'cost']),
		progress: z.number().nullable().meta({ description: 'Plnění plánu v % (roll-up).' }),
		counts: CountsSchema,
		planned: z.number(),
		actual: z.number(),
		priorities: z.array(
			z.object({
				id: z.uuid(),
				number: z.string(),
				title: z.string(),
				progress: z.number().nullable(),
				planned: z.number(),
				actual: z.number()
			})
		),
		measures: z.array(MeasureYearSchema)
	})
	.meta({ id: 'PlanMonitoringYear', description: 'Monitoring plánu za jeden rok.' });

export type MonitoringYearJson = z.output<typeof MonitoringYearSchema>;

export function presentMonitoringYear(view: MonitoringYearView): MonitoringYearJson {
	const { tree, year, rollup, records } = view;
	return {
		planId: tree.id,
		year,
		state: view.yearRow?.status ?? 'none',
		closedAt: view.yearRow?.closedAt?.toISOString() ?? null,
		weighting: rollup.plan.weighting,
		progress: rollup.plan.progress,
		counts: { ...rollup.plan.counts },
		planned: rollup.plan.planned,
		actual: rollup.plan.actual,
		priorities: tree.priorities.map((p, i) => ({
			id: p.id,
			number: p.number,
			title: p.title,
			progress: rollup.priorities[i].progress,
			planned: rollup.priorities[i].planned,
			actual: rollup.priorities[i].actual
		})),
		measures: tree.priorities.flatMap((p) =>
			p.measures.map((ms) => {
				const f = rollup.measures.get(ms.id)!;
				const record = records.get(ms.id) ?? null;
				return {
					measureId: ms.id,
					number: ms.number,
					title: ms.title,
					active: f.active,
					recorded: !!record,
					status: f.status,
					progress: f.progress,
					comment: f.comment,
					evidence: (record?.evidence ?? []).map((e) => ({
						label: e.label,
						url: e.url ?? null,
						meetingId: e.meetingId ?? null
					})),
					recordedBy: record?.recordedByName ?? null,
					recordedAt: record?.recordedAt?.toISOString() ?? null,
					version: record?.version ?? null,
					indicators: ms.indicators.map((ind) => ({
						indicatorId: ind.id,
						name: ind.name,
						unit: ind.unit,
						baseline: ind.baseline,
						target: ind.targets.find((t) => t.year === year)?.target ?? null,
						actual: ind.actuals.find((a) => a.year === year)?.actual ?? null
					})),
					plannedCosts: ms.costs
						.filter((c) => c.year === year)
						.map((c) => ({ source: c.source, amount: c.amount })),
					actualCosts: ms.actualCosts
						.filter((c) => c.year === year)
						.map((c) => ({ source: c.source, amount: c.amount }))
				};
			})
		)
	};
}
