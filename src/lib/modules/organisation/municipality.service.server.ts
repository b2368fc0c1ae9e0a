/** Member municipalities of a planning area (the obce an ORP, DSO or SO POÚ plans for). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedDelete, auditedInsert } from '#lib/platform/audit/audit.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { areaMunicipalities } from './area.schema.ts';
import { MunicipalityInput } from './area.validation.ts';
import { findArea } from './area.service.server.ts';
import { areaScope } from './scope.server.ts';
import './organisation.permissions.ts';

export type Municipality = typeof areaMunicipalities.$inferSelect;
const ENTITY = 'organisation.area-municipality';

/** Public: the municipalities of an area by name. */
export async function listMunicipalities(areaId: string): Promise<Municipality[]> {
	return db()
		.select()
		.from(areaMunicipalities)
		.where(eq(areaMunicipalities.areaId, areaId))
		.orderBy(asc(areaMunicipalities.name));
}

/** Add a municipality; a name or code already listed in the area is refused in Czech. */
export async function addMunicipality(
	actor: Actor,
	areaId: string,
	input: unknown
): Promise<Municipality> {
	const area = await findArea(areaId);
	authorize(actor, 'organisation.municipalities.manage', await areaScope(area.id));
	const data = parseInput(MunicipalityInput, input);
	return db().transaction(async (tx) => {
		const clash = await tx
			.select({ name: areaMunicipalities.name, code: areaMunicipalities.code })
			.from(areaMunicipalities)
			.where(
				and(
					eq(areaMunicipalities.areaId, areaId),
					data.code
						? sql`(lower(${areaMunicipalities.name}) = lower(${data.name}) or ${areaMunicipalities.code} = ${data.code})`
						: sql`lower(${areaMunicipalities.name}) = lower(${data.name})`
				)
			);
		if (clash.length) {
			const byCode = data.code ? clash.find((c) => c.code === data.code) : undefined;
			throw new ValidationError(
				byCode
					? { code: [`Obec s kódem ${data.code} už v území je (${byCode.name}).`] }
					: { name: [`Obec ${data.name} už je v seznamu obcí tohoto území.`] }
			);
		}
		return auditedInsert(tx, actor, areaMunicipalities, ENTITY, { ...data, areaId }, { areaId });
	});
}

/** Remove a municipality from the area's list (recorded in the history). */
export async function removeMunicipality(
	actor: Actor,
	areaId: string,
	municipalityId: string
): Promise<Municipality> {
	const area = await findArea(areaId);
	authorize(actor, 'organisation.municipalities.manage', await areaScope(area.id));
	const [row] = await db()
		.select()
		.from(areaMunicipalities)
		.where(and(eq(areaMunicipalities.id, municipalityId), eq(areaMunicipalities.areaId, areaId)));
	if (!row) throw new NotFoundError('Obec v tomto území nebyla nalezena.');
	return db().transaction((tx) =>
		auditedDelete(tx, actor, areaMunicipalities, ENTITY, municipalityId, { areaId })
	);
}
