/** Members of a body on a date, read inside the caller's transaction (invitations, attendance, seeds). */
import type { Db } from '#lib/platform/db/client.server.ts';
import {
	fullName,
	membershipsOn,
	shortName,
	type memberships
} from '#lib/modules/organisation/index.ts';

export interface MeetingMember {
	personId: string;
	name: string;
	shortName: string;
	email: string | null;
	userId: string | null;
	role: (typeof memberships.$inferSelect)['role'];
	position: string | null;
	publishName: boolean;
}

/** Members valid on `date` (`YYYY-MM-DD`), by surname. */
export async function membersOn(tx: Db, bodyId: string, date: string): Promise<MeetingMember[]> {
	const rows = await membershipsOn(tx, bodyId, date);
	return rows.map(({ m, p }) => ({
		personId: p.id,
		name: fullName(p),
		shortName: shortName(p),
		email: p.email,
		userId: p.userId,
		role: m.role,
		position: p.position,
		publishName: p.publishName
	}));
}
