/**
 * Territory helpers of the capacity analysis: the municipality codes of a planning area, its
 * region (kraj from the lineage), descendants, and the set of known municipality codes (catalogue
 * list, code lists loaded from MPSV files, member municipalities of every area).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import {
	areaLineage,
	areaMunicipalities,
	areas,
	type Area
} from '#lib/modules/organisation/index.ts';
import { BUILTIN_OBCE, codeListItems } from '#lib/modules/catalogue/index.ts';

/** Known municipalities: code → { name, orp, kraj }. */
export async function knownMunicipalities(
	target: Db = db()
): Promise<Map<string, { name: string; orp: string | null; kraj: string | null }>> {
	const out = new Map<string, { name: string; orp: string | null; kraj: string | null }>();
	for (const o of BUILTIN_OBCE) out.set(o.code, { name: o.name, orp: o.orp, kraj: o.kraj });
	const listed = await target
		.select({ label: codeListItems.label, attributes: codeListItems.attributes })
		.from(codeListItems)
		.where(eq(codeListItems.list, 'Obec'));
	for (const item of listed) {
		const a = item.attributes as Record<string, string | number | null>;
		const code = a.kod == null ? null : String(a.kod);
		if (code && !out.has(code)) {
			out.set(code, {
				name: item.label,
				orp: a.orp == null ? null : String(a.orp),
				kraj: a.kraj == null ? null : String(a.kraj)
			});
		}
	}
	const members = await target
		.select({ code: areaMunicipalities.code, name: areaMunicipalities.name })
		.from(areaMunicipalities);
	for (const m of members) {
		if (m.code && !out.has(m.code)) out.set(m.code, { name: m.name, orp: null, kraj: null });
	}
	return out;
}

/** The area and all areas below it (ids). */
export async function areaDescendants(areaId: string, target: Db = db()): Promise<string[]> {
	const rows = await queryRows<{ id: string }>(
		target,
		sql`with recursive down(id, depth) as (
			select id, 0 from organisation_areas where id = ${areaId}
			union all
			select c.id, d.depth + 1 from organisation_areas c join down d on c.parent_id = d.id where d.depth < 10
		) select distinct id from down`
	);
	return rows.map((r) => r.id);
}

/** The kraj area in the lineage of an area (itself for a kraj), or null. */
export async function regionOf(area: Area, target: Db = db()): Promise<Area | null> {
	if (area.kind === 'kraj') return area;
	const lineage = await areaLineage(area.id, target);
	const [kraj] = await target
		.select()
		.from(areas)
		.where(and(inArray(areas.id, lineage), eq(areas.kind, 'kraj')));
	return kraj ?? null;
}

/**
 * Municipality codes of an area: an obec its own code; an ORP the catalogue's municipalities of
 * that ORP; a kraj those of the kraj; plus, for every kind, the member municipalities of the area
 * and of the areas below it.
 */
export async function municipalityCodesOf(area: Area, target: Db = db()): Promise<Set<string>> {
	const codes = new Set<string>();
	if (area.kind === 'obec' && area.code) codes.add(area.code);
	if ((area.kind === 'orp' || area.kind === 'kraj') && area.code) {
		const known = await knownMunicipalities(target);
		for (const [code, m] of known) {
			if (area.kind === 'orp' ? m.orp === area.code : m.kraj === area.code) codes.add(code);
		}
	}
	const ids = await areaDescendants(area.id, target);
	const members = await target
		.select({ code: areaMunicipalities.code })
		.from(areaMunicipalities)
		.where(inArray(areaMunicipalities.areaId, ids));
	for (const m of members) if (m.code) codes.add(m.code);
	return codes;
}
