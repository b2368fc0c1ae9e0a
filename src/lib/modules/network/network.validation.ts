/**
 * Input schemas of the network block (forms and REST share them). Numbers accept Czech input
 * ("1 234,50", "2,5"); territory comes as parallel arrays `territoryLevel[]`, `territoryCode[]`,
 * `territoryShare[]` (form rows) or as `territory: [{ level, code, sharePercent }]` (JSON).
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';

/** "1 234,50" / "2,5" / 2.5 → number; '' / null → null; garbage → undefined. */
export function parseCzechNumber(raw: unknown): number | null | undefined {
	if (raw === null || raw === undefined) return null;
	if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
	if (typeof raw !== 'string') return undefined;
	let s = raw
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/Kč$/i, '')
		.replace(/^\u2212/, '-');
	if (s === '') return null;
	if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, '');
	if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
	return Number(s.replace(',', '.'));
}

const optionalNumber = (min: number, max: number, message: string) =>
	z
		.unknown()
		.transform((v, ctx) => {
			const n = parseCzechNumber(v);
			if (n === null) return null;
			if (n === undefined) {
				ctx.addIssue({ code: 'custom', message: 'Zadejte číslo, např. 2,5.' });
				return z.NEVER;
			}
			if (n < min || n > max) {
				ctx.addIssue({ code: 'custom', message });
				return z.NEVER;
			}
			return Math.round(n * 100) / 100;
		})
		.optional();

const optionalYear = z
	.unknown()
	.transform((v, ctx) => {
		if (v === null || v === undefined || v === '') return null;
		const n = Number(v);
		if (!Number.isInteger(n) || n < 2000 || n > 2100) {
			ctx.addIssue({ code: 'custom', message: 'Rok musí být celé číslo mezi 2000 a 2100.' });
			return z.NEVER;
		}
		return n;
	})
	.optional();

export const yearField = z.coerce
	.number({ error: 'Zadejte rok.' })
	.int('Rok musí být celé číslo.')
	.min(2000, 'Rok musí být mezi 2000 a 2100.')
	.max(2100, 'Rok musí být mezi 2000 a 2100.');

const optionalDate = z
	.string()
	.trim()
	.optional()
	.nullable()
	.transform((v) => (v ? v : null))
	.refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Zadejte datum.');

const checkbox = z
	.unknown()
	.transform((v) => v === true || v === 'on' || v === 'true' || v === '1')
	.optional();

export const categoryInput = z
	.object({
		code: z
			.string()
			.trim()
			.min(1, 'Zadejte kód kategorie.')
			.max(40)
			.regex(
				/^[a-z0-9-]+$/,
				'Kód smí obsahovat jen malá písmena bez diakritiky, číslice a pomlčky.'
			),
		name: z.string().trim().min(1, 'Zadejte název kategorie.').max(200),
		description: fields.optionalText(2000),
		isReservoir: checkbox,
		validFromYear: optionalYear,
		validToYear: optionalYear,
		sortOrder: z.coerce.number().int().min(0).max(1000).default(0)
	})
	.transform((v) => ({
		...v,
		isReservoir: v.isReservoir ?? false,
		validFromYear: v.validFromYear ?? null,
		validToYear: v.validToYear ?? null
	}))
	.refine(
		(v) => v.validFromYear == null || v.validToYear == null || v.validFromYear <= v.validToYear,
		{ path: ['validToYear'], message: 'Konec platnosti nesmí být dřív než začátek.' }
	);
export type CategoryInput = z.output<typeof categoryInput>;

export const networkCreateInput = z.object({
	regionAreaId: z.uuid('Vyberte kraj.'),
	year: yearField,
	title: fields.optionalText(300),
	feedbackDeadline: optionalDate,
	note: fields.optionalText(5000),
	copyPrevious: checkbox
});

export const networkUpdateInput = z.object({
	title: z.string().trim().min(1, 'Zadejte název sítě.').max(300),
	feedbackDeadline: optionalDate,
	note: fields.optionalText(5000)
});

export const publishInput = z.object({
	decisionRef: z
		.string({ error: 'Uveďte usnesení, kterým byla síť schválena.' })
		.trim()
		.min(1, 'Uveďte usnesení, kterým byla síť schválena.')
		.max(300),
	decidedOn: z
		.string({ error: 'Zadejte datum rozhodnutí.' })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Zadejte datum rozhodnutí.')
});

const territoryLine = z.object({
	level: z.enum(['orp', 'obec'], { error: 'Úroveň území je ORP nebo obec.' }),
	code: z
		.string()
		.trim()
		.regex(/^\d{4}$|^\d{6}$/, 'Kód území je čtyřmístný kód ORP nebo šestimístný kód obce.'),
	sharePercent: optionalNumber(0, 100, 'Podíl musí být mezi 0 a 100 %.')
});

const asArray = (v: unknown): unknown[] =>
	v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];

/** Form rows (parallel arrays, empty rows skipped) or JSON `territory` → lines. */
export function territoryFromInput(input: Record<string, unknown>): unknown[] {
	if (Array.isArray(input.territory)) return input.territory;
	const levels = asArray(input.territoryLevel);
	const codes = asArray(input.territoryCode);
	const shares = asArray(input.territoryShare);
	const rows: unknown[] = [];
	for (let i = 0; i < Math.max(codes.length, shares.length); i++) {
		const code = String(codes[i] ?? '').trim();
		const share = String(shares[i] ?? '').trim();
		if (!code && !share) continue;
		rows.push({
			level: levels[i] ?? (code.length === 6 ? 'obec' : 'orp'),
			code,
			sharePercent: share
		});
	}
	return rows;
}

const money = optionalNumber(0, 10_000_000_000, 'Částka musí být kladná.');
const capacity = optionalNumber(0, 100_000, 'Kapacita nesmí být záporná.');

export const entryInput = z.object({
	serviceId: z
		.string()
		.trim()
		.optional()
		.nullable()
		.transform((v) => (v ? v : null))
		.refine((v) => v === null || z.uuid().safeParse(v).success, 'Neznámá služba.'),
	plannedName: fields.optionalText(300),
	kindCode: fields.optionalText(10),
	categoryId: z.uuid('Vyberte kategorii sítě.'),
	capacityAmb: capacity,
	capacityPob: capacity,
	capacityTer: capacity,
	territory: z.array(territoryLine).max(300),
	mandateRef: fields.optionalText(300),
	optimalSubsidy: money,
	realSubsidy: money,
	municipalCofinancing: money,
	decisionRef: fields.optionalText(300),
	note: fields.optionalText(5000)
});
export type EntryInput = z.output<typeof entryInput>;

/** Normalise form/JSON input of an entry before parsing (territory rows, capacity object). */
export function entryRaw(input: unknown): Record<string, unknown> {
	const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
	const cap = (o.capacity && typeof o.capacity === 'object' ? o.capacity : {}) as Record<
		string,
		unknown
	>;
	return {
		...o,
		capacityAmb: o.capacityAmb ?? cap.amb,
		capacityPob: o.capacityPob ?? cap.pob,
		capacityTer: o.capacityTer ?? cap.ter,
		territory: territoryFromInput(o)
	};
}
