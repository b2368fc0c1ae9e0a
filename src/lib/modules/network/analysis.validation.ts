/** Inputs of the capacity gap analysis (zod, Czech messages). Client-safe. */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { SERVICE_KIND_CODES } from '#lib/modules/catalogue/index.ts';
import { AGE_BANDS, DEMAND_KINDS } from './analysis.schema.ts';

const decimal = (message: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.replace(/\s|\u00a0/g, '').replace(',', '.') : v),
		z.coerce.number(message).finite(message)
	);

const kindCode = z
	.string('Vyberte druh služby.')
	.trim()
	.refine((v) => SERVICE_KIND_CODES.includes(v), 'Neznámý druh služby – vyberte druh ze seznamu.');

const year = z.coerce
	.number('Zadejte rok.')
	.int('Rok musí být celé číslo.')
	.min(2000, 'Rok musí být mezi 2000 a 2100.')
	.max(2100, 'Rok musí být mezi 2000 a 2100.');

const areaId = z.uuid('Vyberte území.');

export const AnalysisQuery = z.object({
	areaId: z.uuid('Vyberte území plánování.'),
	year
});

export const NormInput = z.object({
	regionAreaId: z.uuid('Vyberte kraj.'),
	kindCode,
	unit: z.enum(['beds', 'fte'], 'Vyberte jednotku: lůžka nebo úvazky.'),
	perThousand: decimal('Zadejte normativ jako číslo, např. 25 nebo 2,5.').pipe(
		z
			.number()
			.positive('Normativ musí být kladné číslo.')
			.max(1000, 'Normativ na 1 000 obyvatel nemůže být víc než 1 000.')
	),
	ageBands: z
		.preprocess(
			(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
			z.array(z.enum(AGE_BANDS, 'Neznámá věková skupina.'))
		)
		.refine((v) => v.length > 0, 'Vyberte aspoň jednu věkovou skupinu.'),
	label: fields.optionalText(200)
});
export type NormInput = z.output<typeof NormInput>;

export const GroupInput = z.object({
	regionAreaId: z.uuid('Vyberte kraj.'),
	name: z.string().trim().min(1, 'Zadejte název skupiny.').max(200, 'Název je příliš dlouhý.'),
	note: fields.optionalText(1000),
	kinds: z
		.preprocess(
			(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
			z.array(kindCode)
		)
		.refine((v) => new Set(v).size >= 2, 'Skupina musí mít aspoň dva různé druhy služeb.')
});
export type GroupInput = z.output<typeof GroupInput>;

export const DemandInput = z.object({
	areaId,
	kindCode,
	year,
	indicator: z.enum(
		DEMAND_KINDS,
		'Vyberte ukazatel: neuspokojení zájemci nebo odmítnutí žadatelé.'
	),
	count: z.coerce
		.number('Zadejte počet.')
		.int('Počet musí být celé číslo.')
		.min(1, 'Počet musí být aspoň 1.')
		.max(100000, 'Počet je nepřiměřeně velký.'),
	serviceId: z
		.union([z.literal(''), z.uuid('Neznámá služba.')])
		.optional()
		.transform((v) => v || null),
	note: fields.optionalText(2000)
});
export type DemandInput = z.output<typeof DemandInput>;

export const PopulationImportInput = z.object({ areaId });

export const DeleteInput = z.object({ id: z.uuid('Neznámý záznam.'), version: fields.version() });
