/** Members of a body on a date, read inside the caller's transaction (invitations, attendance, seeds). */
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '#lib/platform/db/client.server.ts';
import { fullName, memberships, people, shortName } from '#lib/modules/organisation/index.ts';

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
	const rows = await tx
		.select({ m: memberships, p: people })
		.from(memberships)
		.innerJoin(people, eq(people.id, memberships.personId))
		.where(
			and(
				eq(memberships.bodyId, bodyId),
				lte(memberships.validFrom, date),
				or(isNull(memberships.validTo), gte(memberships.validTo, date))
			)
		)
		.orderBy(asc(people.lastName), asc(people.firstName));
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
