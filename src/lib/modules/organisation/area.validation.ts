/** Input schemas of planning areas and their member municipalities (Czech messages). */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { isValidIco, normalizeIco } from './ico.ts';
import { territoryChoice } from './territory.ts';

export const AREA_KINDS = ['kraj', 'orp', 'so_pou', 'mikroregion', 'obec'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
/** Kinds picked from the shipped code list; the others are entered by hand. */
export const LISTED_KINDS: readonly AreaKind[] = ['kraj', 'orp'];

const optionalUuid = () =>
	fields
		.uuid()
		.optional()
		.nullable()
		.or(z.literal('').transform(() => null));

const ico = () =>
	z
		.string()
		.trim()
		.optional()
		.nullable()
		.transform((v) => (v ? normalizeIco(v) : null))
		.refine(
			(v) => v === null || isValidIco(v),
			'IČO musí mít 8 číslic a platnou kontrolní číslici.'
		);

const code = () =>
	z
		.string()
		.trim()
		.max(20)
		.optional()
		.nullable()
		.transform((v) => (v ? v : null));

const OBEC_CODE = /^\d{6}$/;

export const AreaCreateInput = z
	.object({
		kind: z.enum(AREA_KINDS),
		territory: fields.optionalText(40),
		name: fields.optionalText(300),
		code: code(),
		parentId: optionalUuid(),
		ico: ico(),
		description: fields.optionalText(5000)
	})
	.superRefine((a, ctx) => {
		if (LISTED_KINDS.includes(a.kind)) {
			const choice = a.territory ? territoryChoice(a.territory) : undefined;
			if (!choice || choice.kind !== a.kind) {
				ctx.addIssue({
					code: 'custom',
					path: ['territory'],
					message:
						a.kind === 'kraj'
							? 'Vyberte kraj ze seznamu.'
							: 'Vyberte ORP ze seznamu (v seznamu je i kraj, vyberte řádek začínající „ORP“).'
				});
			}
			return;
		}
		if (!a.name) {
			ctx.addIssue({ code: 'custom', path: ['name'], message: 'Zadejte název území.' });
		}
		if (a.kind === 'obec' && a.code && !OBEC_CODE.test(a.code)) {
			ctx.addIssue({
				code: 'custom',
				path: ['code'],
				message: 'Kód obce má 6 číslic (např. 563889).'
			});
		}
	});
export type AreaCreateInput = z.input<typeof AreaCreateInput>;

export const AreaUpdateInput = z.object({
	name: fields.text(300),
	code: code(),
	parentId: optionalUuid(),
	ico: ico(),
	description: fields.optionalText(5000),
	version: fields.version()
});
export type AreaUpdateInput = z.input<typeof AreaUpdateInput>;

export const MunicipalityInput = z.object({
	name: fields.text(200),
	code: z
		.string()
		.trim()
		.optional()
		.nullable()
		.transform((v) => (v ? v : null))
		.refine((v) => v === null || OBEC_CODE.test(v), 'Kód obce má 6 číslic (např. 563889).')
});
export type MunicipalityInput = z.input<typeof MunicipalityInput>;
