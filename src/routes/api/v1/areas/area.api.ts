/** API view of a planning area: the zod schema (documented in OpenAPI) and the presenter. */
import { z } from 'zod';
import { AREA_KINDS, type Area } from '#lib/modules/organisation/index.ts';

export { AREA_KINDS };

const timestamp = () => z.iso.datetime({ offset: true });

export const AreaSchema = z
	.object({
		id: z.uuid(),
		kind: z.enum(AREA_KINDS).meta({
			description:
				'Druh území: kraj, ORP (obec s rozšířenou působností), SO POÚ, mikroregion/DSO, obec.'
		}),
		name: z.string().meta({ description: 'Název území.' }),
		code: z.string().nullable().meta({ description: 'Kód ČSÚ/RÚIAN, je-li znám.' }),
		parentId: z
			.uuid()
			.nullable()
			.meta({ description: 'Nadřazené území (kraj u ORP, ORP u obce).' }),
		ico: z.string().nullable().meta({ description: 'IČO subjektu, který plánování vede.' }),
		description: z.string().nullable(),
		createdAt: timestamp(),
		updatedAt: timestamp()
	})
	.meta({ id: 'Area', description: 'Území plánování (kraj, ORP, mikroregion, obec).' });

export type AreaJson = z.output<typeof AreaSchema>;

/** Row → API JSON: explicit fields, ISO timestamps. */
export function presentArea(area: Area): AreaJson {
	return {
		id: area.id,
		kind: area.kind,
		name: area.name,
		code: area.code ?? null,
		parentId: area.parentId ?? null,
		ico: area.ico ?? null,
		description: area.description ?? null,
		createdAt: area.createdAt.toISOString(),
		updatedAt: area.updatedAt.toISOString()
	};
}
