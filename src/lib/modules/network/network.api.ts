/**
 * REST views of the network (`/api/v1/networks`, `/api/v1/networks/{id}/entries`): zod schemas
 * documented in OpenAPI (tag "Síť") and presenters that pick the fields explicitly.
 */
import { z } from 'zod';
import { pageQuery } from '#lib/platform/http/pagination.ts';
import type { EntryView, NetworkRow } from './network.service.server.ts';

export const NetworkIdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor sítě (UUID).' })
});

export const NetworkListQuery = z.object({
	region: z.uuid().optional().meta({ description: 'Kraj (UUID území plánování).' }),
	year: z.coerce.number().int().min(2000).max(2100).optional().meta({ description: 'Rok sítě.' })
});

export const NetworkEntriesQuery = pageQuery.extend({
	category: z.uuid().optional().meta({ description: 'Kategorie sítě (UUID).' }),
	kind: z.string().trim().max(10).optional().meta({ description: 'Druh služby (§), např. „39“.' }),
	q: z
		.string()
		.trim()
		.max(200)
		.optional()
		.meta({ description: 'Název služby, poskytovatel, IČO nebo identifikátor služby.' })
});

export const NetworkSchema = z
	.object({
		id: z.uuid(),
		region_id: z.uuid(),
		region_name: z.string(),
		year: z.number().int(),
		title: z.string(),
		status: z
			.enum(['draft', 'published'])
			.meta({ description: 'draft = návrh, published = zveřejněná.' }),
		decision_ref: z.string().nullable(),
		decided_on: z.string().nullable(),
		feedback_deadline: z.string().nullable(),
		note: z.string().nullable(),
		version: z.number().int()
	})
	.meta({ id: 'Network', description: 'Síť sociálních služeb kraje na jeden rok.' });

const capacityLine = z.object({
	form: z
		.enum(['amb', 'pob', 'ter'])
		.meta({ description: 'Forma: ambulantní, pobytová, terénní.' }),
	unit: z
		.enum(['fte', 'beds'])
		.meta({ description: 'fte = přepočtené úvazky v přímé péči, beds = lůžka.' }),
	amount: z.number()
});

const territoryLine = z.object({
	level: z.enum(['orp', 'obec']),
	code: z.string().meta({ description: 'Kód ORP (4 číslice) nebo obce (6 číslic).' }),
	share_percent: z.number()
});

export const NetworkEntrySchema = z
	.object({
		id: z.uuid(),
		service_id: z
			.uuid()
			.nullable()
			.meta({ description: 'Služba v katalogu; null u plánované služby.' }),
		registry_id: z.string().nullable().meta({ description: 'Identifikátor služby v registru.' }),
		name: z.string(),
		provider_name: z.string().nullable(),
		provider_ico: z.string().nullable(),
		kind_code: z.string(),
		kind_label: z.string(),
		category: z.object({
			id: z.uuid(),
			code: z.string(),
			name: z.string(),
			is_reservoir: z.boolean()
		}),
		capacity: z.array(capacityLine),
		territory: z.array(territoryLine),
		mandate_ref: z.string().nullable(),
		optimal_subsidy: z.number().nullable(),
		real_subsidy: z.number().nullable(),
		municipal_cofinancing: z.number().nullable(),
		decision_ref: z.string().nullable(),
		intention_id: z.uuid().nullable(),
		note: z.string().nullable(),
		version: z.number().int()
	})
	.meta({
		id: 'NetworkEntry',
		description: 'Služba v síti: kategorie, kapacita, území, financování.'
	});

export const NetworkCreateBody = z
	.object({
		region_id: z.uuid(),
		year: z.number().int().min(2000).max(2100),
		title: z.string().max(300).optional(),
		feedback_deadline: z.string().optional(),
		note: z.string().max(5000).optional(),
		copy_previous: z
			.boolean()
			.default(true)
			.meta({ description: 'Převzít služby z poslední předchozí sítě.' })
	})
	.meta({ id: 'NetworkCreate' });

export const NetworkEntryBody = z
	.object({
		service_id: z.uuid().nullable().optional(),
		planned_name: z.string().max(300).optional(),
		kind_code: z.string().max(10).optional(),
		category_id: z.uuid(),
		capacity: z
			.object({
				amb: z.number().optional(),
				pob: z.number().optional(),
				ter: z.number().optional()
			})
			.meta({ description: 'Kapacita po formách v jednotkách sítě.' }),
		territory: z
			.array(
				z.object({ level: z.enum(['orp', 'obec']), code: z.string(), share_percent: z.number() })
			)
			.default([]),
		mandate_ref: z.string().max(300).optional(),
		optimal_subsidy: z.number().optional(),
		real_subsidy: z.number().optional(),
		municipal_cofinancing: z.number().optional(),
		decision_ref: z.string().max(300).optional(),
		note: z.string().max(5000).optional()
	})
	.meta({ id: 'NetworkEntryCreate' });

export function presentApiNetwork(
	n: NetworkRow,
	regionName: string
): z.output<typeof NetworkSchema> {
	return {
		id: n.id,
		region_id: n.regionAreaId,
		region_name: regionName,
		year: n.year,
		title: n.title,
		status: n.status,
		decision_ref: n.decisionRef,
		decided_on: n.decidedOn,
		feedback_deadline: n.feedbackDeadline,
		note: n.note,
		version: n.version
	};
}

export function presentApiEntry(e: EntryView): z.output<typeof NetworkEntrySchema> {
	return {
		id: e.id,
		service_id: e.serviceId,
		registry_id: e.registryId,
		name: e.name,
		provider_name: e.providerName,
		provider_ico: e.providerIco,
		kind_code: e.kindCode,
		kind_label: e.kindLabel,
		category: {
			id: e.categoryId,
			code: e.categoryCode,
			name: e.categoryName,
			is_reservoir: e.isReservoir
		},
		capacity: e.capacity.map((c) => ({
			form: c.form,
			unit: c.unit as 'fte' | 'beds',
			amount: c.amount
		})),
		territory: e.territory.map((t) => ({
			level: t.level,
			code: t.code,
			share_percent: t.sharePercent
		})),
		mandate_ref: e.mandateRef,
		optimal_subsidy: e.optimalSubsidy,
		real_subsidy: e.realSubsidy,
		municipal_cofinancing: e.municipalCofinancing,
		decision_ref: e.decisionRef,
		intention_id: e.intentionId,
		note: e.note,
		version: e.version
	};
}

/** API body → the service's form-shaped input. */
export function entryBodyToInput(b: z.output<typeof NetworkEntryBody>): Record<string, unknown> {
	return {
		serviceId: b.service_id ?? null,
		plannedName: b.planned_name,
		kindCode: b.kind_code,
		categoryId: b.category_id,
		capacity: b.capacity,
		territory: b.territory.map((t) => ({
			level: t.level,
			code: t.code,
			sharePercent: t.share_percent
		})),
		mandateRef: b.mandate_ref,
		optimalSubsidy: b.optimal_subsidy,
		realSubsidy: b.real_subsidy,
		municipalCofinancing: b.municipal_cofinancing,
		decisionRef: b.decision_ref,
		note: b.note
	};
}
