/**
 * Search across the minutes (agenda item titles and texts without HTML), resolutions and tasks of the areas and
 * bodies the actor may read. Diacritics-insensitive (`rozvojova sit` finds "Rozvojová síť"):
 * every word must occur; results are ranked by trigram word similarity, then newest first.
 * Trigram GIN indexes on the same expressions keep it fast (migration `meetings-search`).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db, queryRows } from '#lib/platform/db/client.server.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import type { Page } from '#lib/platform/http/pagination.ts';
import { SearchQuery } from './meeting.validation.ts';
import { areaDescendants, visibilityOf } from './meeting.visibility.server.ts';
import { minutesText } from './minutes.sanitize.server.ts';
import './meeting.permissions.ts';

export interface SearchHit {
	kind: 'minutes' | 'resolution' | 'task';
	/** Agenda item, resolution or task id. */
	id: string;
	meetingId: string;
	startsAt: Date;
	bodyId: string;
	bodyName: string;
	/** Agenda item title, resolution number, or the task's item title. */
	title: string;
	/** A piece of the text around the first match. */
	snippet: string;
	rank: number;
}

const fold = (s: string) =>
	[...s]
		.map((c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0] ?? c)
		.join('')
		.toLowerCase();

/** About 200 characters of plain text around the first word found (diacritics ignored). */
export function snippetOf(text: string, words: string[], size = 200): string {
	const plain = text.replace(/\s+/g, ' ').trim();
	const folded = fold(plain);
	const at = Math.max(
		0,
		...words
			.map((w) => folded.indexOf(fold(w)))
			.filter((i) => i >= 0)
			.slice(0, 1)
	);
	const start = Math.max(0, at - Math.floor(size / 3));
	const piece = plain.slice(start, start + size);
	return `${start > 0 ? '…' : ''}${piece}${start + size < plain.length ? '…' : ''}`;
}

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Ranked, paginated hits in minutes, resolutions and tasks the actor may read. */
export async function searchMeetings(actor: Actor, query: unknown): Promise<Page<SearchHit>> {
	authorize(actor, 'meetings.search');
	const q = parseInput(SearchQuery, query);
	const words = q.q
		.split(/\s+/)
		.filter((w) => w.length > 0)
		.slice(0, 8);
	const visibility = await visibilityOf(actor);
	const scope: SQL[] = [];
	if (!visibility.all) {
		const parts: SQL[] = [];
		if (visibility.areaIds.length) {
			parts.push(
				sql`m.area_id in (${sql.join(
					visibility.areaIds.map((id) => sql`${id}`),
					sql`, `
				)})`
			);
		}
		if (visibility.bodyIds.length) {
			parts.push(
				sql`m.body_id in (${sql.join(
					visibility.bodyIds.map((id) => sql`${id}`),
					sql`, `
				)})`
			);
		}
		scope.push(parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`);
	}
	if (q.areaIds.length) {
		const within = await areaDescendants(q.areaIds);
		scope.push(
			within.length
				? sql`m.area_id in (${sql.join(
						within.map((id) => sql`${id}`),
						sql`, `
					)})`
				: sql`false`
		);
	}
	const matchAll = (expr: SQL) =>
		sql.join(
			words.map((w) => sql`${expr} ilike public.meetings_unaccent(${likePattern(w)})`),
			sql` and `
		);
	const where = (expr: SQL) => sql.join([matchAll(expr), ...scope], sql` and `);
	const rank = (expr: SQL) => sql`word_similarity(public.meetings_unaccent(${q.q}), ${expr})`;
	const minutesExpr = sql`ai.search_text`;
	const resolutionExpr = sql`public.meetings_unaccent(r.text)`;
	const taskExpr = sql`public.meetings_unaccent(t.text)`;
	const offset = (q.page - 1) * q.pageSize;
	const rows = await queryRows<{
		kind: SearchHit['kind'];
		id: string;
		meeting_id: string;
		starts_at: string | Date;
		body_id: string;
		body_name: string;
		title: string;
		text: string;
		rank: number;
		total: number | string;
	}>(
		db(),
		sql`select x.*, count(*) over () as total from (
			select 'minutes' as kind, ai.id, m.id as meeting_id, m.starts_at, b.id as body_id, b.name as body_name,
				ai.title as title, ai.minutes_html as text, ${rank(minutesExpr)} as rank
			from meetings_agenda_items ai
			join meetings_meetings m on m.id = ai.meeting_id
			join organisation_bodies b on b.id = m.body_id
			where ${where(minutesExpr)}
			union all
			select 'resolution', r.id, m.id, m.starts_at, b.id, b.name, r.number, r.text, ${rank(resolutionExpr)}
			from meetings_resolutions r
			join meetings_meetings m on m.id = r.meeting_id
			join organisation_bodies b on b.id = m.body_id
			where ${where(resolutionExpr)}
			union all
			select 'task', t.id, m.id, m.starts_at, b.id, b.name, coalesce(ai.title, 'Úkol'), t.text, ${rank(taskExpr)}
			from meetings_tasks t
			join meetings_meetings m on m.id = t.meeting_id
			join organisation_bodies b on b.id = m.body_id
			left join meetings_agenda_items ai on ai.id = t.agenda_item_id
			where ${where(taskExpr)}
		) x
		order by x.rank desc, x.starts_at desc, x.id
		limit ${q.pageSize} offset ${offset}`
	);
	const total = rows.length ? Number(rows[0].total) : 0;
	return {
		items: rows.map((r) => ({
			kind: r.kind,
			id: r.id,
			meetingId: r.meeting_id,
			startsAt: new Date(r.starts_at),
			bodyId: r.body_id,
			bodyName: r.body_name,
			title: r.title,
			snippet: snippetOf(r.kind === 'minutes' ? minutesText(r.text) || r.title : r.text, words),
			rank: Number(r.rank)
		})),
		page: q.page,
		per_page: q.pageSize,
		total
	};
}
