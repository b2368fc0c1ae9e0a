/** Planning areas: read use cases (create/edit arrive with the organisation issue). */
import { asc, eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { areas } from './area.schema.ts';

export type Area = typeof areas.$inferSelect;

export async function listAreas(): Promise<Area[]> {
	return db().select().from(areas).orderBy(asc(areas.kind), asc(areas.name));
}

export async function getArea(id: string): Promise<Area | undefined> {
	const [row] = await db().select().from(areas).where(eq(areas.id, id));
	return row;
}
