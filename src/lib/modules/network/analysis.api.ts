/** API view of the capacity analysis: zod schemas (documented in OpenAPI) and the presenter. */
import { z } from 'zod';
import { serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import type { CapacityAnalysis } from './analysis.service.server.ts';

export const AnalysisApiQuery = z.object({
	area: z.uuid('Zadejte území plánování (UUID).').meta({
		description: 'Území plánování (kraj, ORP, mikroregion…), UUID.'
	}),
	year: z
		.string('Zadejte rok.')
		.regex(/^\d{4}$/, 'Rok zadejte čtyřmi číslicemi, např. 2023.')
		.meta({ description: 'Rok analýzy, např. 2023.' })
});

const status = z.enum(['deficit', 'ok', 'surplus', 'no_norm', 'no_data']).meta({
	description:
		'Stav: deficit (nedostatek, mezera nad 5 % očekávané kapacity), ok (odpovídá), surplus (převis), no_norm (bez normativu), no_data (chybí počty obyvatel pro normativ).'
});
const unit = z.enum(['beds', 'fte']).meta({
	description: 'Jednotka sítě: beds (lůžka), fte (přepočtené úvazky pracovníků v přímé péči).'
});
const groupSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	unit,
	kinds: z.array(z.string()),
	expected: z.number(),
	network: z.number(),
	gap: z.number(),
	status
});

export const AnalysisSchema = z
	.object({
		area: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
		year: z.number().int(),
		region: z.object({ id: z.uuid(), name: z.string() }).nullable(),
		populationYear: z.number().int().nullable(),
		population: z.record(z.string(), z.number()).meta({
			description: 'Obyvatelé území podle věkových skupin 0-14, 15-64, 65-79, 80+.'
		}),
		rows: z.array(
			z.object({
				kindCode: z.string(),
				kindLabel: z.string(),
				unit,
				norm: z
					.object({
						perThousand: z.number(),
						ageBands: z.array(z.string()),
						label: z.string()
					})
					.nullable(),
				population: z.number().nullable(),
				expected: z.number().nullable(),
				network: z.number(),
				registry: z.record(z.string(), z.number()).meta({
					description: 'Kapacita registrovaných služeb podle jednotky registru (luzka, klient…).'
				}),
				unmet: z.number().int(),
				refused: z.number().int(),
				gap: z.number().nullable(),
				status,
				group: groupSchema.nullable(),
				evidence: z.object({
					networkEntries: z.array(
						z.object({
							entryId: z.string(),
							name: z.string(),
							amount: z.number(),
							sharePercent: z.number()
						})
					),
					demandIds: z.array(z.uuid())
				})
			})
		),
		groups: z.array(groupSchema),
		networkProblem: z.string().nullable(),
		registryProblem: z.string().nullable()
	})
	.meta({ description: 'Analýza kapacit území za rok.' });

export function presentAnalysisApi(a: CapacityAnalysis): z.input<typeof AnalysisSchema> {
	return {
		area: a.area,
		year: a.year,
		region: a.region,
		populationYear: a.populationYear,
		population: a.population as Record<string, number>,
		rows: a.result.rows.map((r) => ({
			kindCode: r.kindCode,
			kindLabel: serviceKindLabel(r.kindCode),
			unit: r.unit,
			norm: r.norm
				? { perThousand: r.norm.perThousand, ageBands: r.norm.ageBands, label: r.norm.label }
				: null,
			population: r.population,
			expected: r.expected,
			network: r.network,
			registry: r.registry as Record<string, number>,
			unmet: r.unmet,
			refused: r.refused,
			gap: r.gap,
			status: r.status,
			group: r.group,
			evidence: { networkEntries: r.networkEntries, demandIds: r.demandIds }
		})),
		groups: a.result.groups,
		networkProblem: a.networkProblem,
		registryProblem: a.registryProblem
	};
}
