/** Planning areas (území plánování): kraj, ORP, SO POÚ, mikroregion/DSO, obec. */
import {
	index,
	pgEnum,
	pgTable,
	text,
	uniqueIndex,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, version } from '#lib/platform/db/columns.ts';

export const areaKindEnum = pgEnum('organisation_area_kind', [
	'kraj',
	'orp',
	'so_pou',
	'mikroregion',
	'obec'
]);

export const areas = pgTable(
	'organisation_areas',
	{
		id: id(),
		kind: areaKindEnum().notNull(),
		name: text().notNull(),
		/** ČSÚ/RÚIAN code (kraj NUTS/VÚSC code, ORP code, obec code); optional for microregions. */
		code: text(),
		/** Kraj for an ORP, ORP for an obec; null for a kraj or a cross-border microregion. */
		parentId: uuid().references((): AnyPgColumn => areas.id, { onDelete: 'restrict' }),
		/** IČO of the body that runs the planning (obec, kraj, DSO). */
		ico: text(),
		description: text(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('organisation_areas_kind_code_uq').on(t.kind, t.code),
		index('organisation_areas_parent_idx').on(t.parentId),
		index('organisation_areas_name_idx').on(t.name)
	]
);

/** Member municipalities of an area (obce of an ORP, DSO or SO POÚ), with the optional 6-digit ČSÚ code. */
export const areaMunicipalities = pgTable(
	'organisation_area_municipalities',
	{
		id: id(),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** ČSÚ/RÚIAN obec code (6 digits), optional. */
		code: text(),
		...timestamps()
	},
	(t) => [
		uniqueIndex('organisation_area_municipalities_area_name_uq').on(t.areaId, t.name),
		uniqueIndex('organisation_area_municipalities_area_code_uq')
			.on(t.areaId, t.code)
			.where(sql`${t.code} is not null`)
	]
);
