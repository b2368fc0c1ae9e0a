/**
 * The printable attendance sheet (prezenční listina) for signatures: the body's members on the
 * meeting date, then empty rows for guests; A4, the table header repeats on every page. A signed
 * sheet is the legal proof of attendance, so it is generated from the membership register.
 */
import { and, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import {
	areas,
	areaScope,
	bodies,
	fullName,
	memberships,
	organisations,
	people
} from '#lib/modules/organisation/index.ts';
import { meetings } from './meeting.schema.ts';
import { pragueDate } from './meeting.time.ts';
import { czDate, czTime } from './minutes.document.ts';
import { pageFooter, renderPdf } from './minutes.pdf.server.ts';
import './meeting.permissions.ts';

export interface AttendanceSheetInput {
	/** "Prezenční listina" (or a custom heading). */
	title: string;
	bodyName: string;
	areaName: string;
	/** ISO instant or Date. */
	startsAt: string | Date;
	place: string | null;
	members: { name: string; organisation: string | null }[];
	/** Empty rows for guests (default 8). */
	guestRows?: number;
}

/** The attendance sheet as PDF: Jméno | Organizace | Podpis. */
export async function renderAttendanceSheetPdf(input: AttendanceSheetInput): Promise<Buffer> {
	const startsAt =
		typeof input.startsAt === 'string' ? input.startsAt : input.startsAt.toISOString();
	const guestRows = input.guestRows ?? 8;
	const header = [
		{ text: 'Č.', style: 'th', alignment: 'right' as const },
		{ text: 'Jméno', style: 'th' },
		{ text: 'Organizace', style: 'th' },
		{ text: 'Podpis', style: 'th' }
	];
	const memberRows = input.members.map((m, i) => [
		{ text: `${i + 1}.`, alignment: 'right' as const },
		m.name,
		m.organisation ?? '',
		''
	]);
	const guestRowsBody = Array.from({ length: guestRows }, (_, i) => [
		{ text: `${input.members.length + i + 1}.`, alignment: 'right' as const, color: '#777777' },
		'',
		'',
		''
	]);
	const when = `${czDate(startsAt)}, ${czTime(startsAt)}`;
	return renderPdf({
		pageSize: 'A4',
		pageMargins: [48, 48, 48, 56],
		language: 'cs-CZ',
		displayTitle: true,
		info: {
			title: `${input.title} – ${input.bodyName}, ${czDate(startsAt)}`,
			author: 'Souhra',
			subject: input.bodyName,
			creator: 'Souhra',
			producer: 'Souhra'
		},
		footer: pageFooter,
		content: [
			{ text: input.areaName.toLocaleUpperCase('cs-CZ'), style: 'header' },
			{ text: input.title, style: 'h1' },
			{
				table: {
					widths: [80, '*'],
					body: [
						[{ text: 'Skupina:', bold: true }, input.bodyName],
						[{ text: 'Datum a čas:', bold: true }, when],
						...(input.place ? [[{ text: 'Místo:', bold: true }, input.place]] : [])
					]
				},
				layout: 'noBorders',
				margin: [0, 0, 0, 12]
			},
			{
				table: {
					headerRows: 1,
					dontBreakRows: true,
					widths: [20, 150, '*', 130],
					heights: (row: number) => (row === 0 ? 14 : 21),
					body: [header, ...memberRows, ...guestRowsBody]
				},
				layout: {
					hLineWidth: () => 0.6,
					vLineWidth: () => 0.6,
					hLineColor: () => '#555555',
					vLineColor: () => '#555555',
					paddingTop: () => 5,
					paddingBottom: () => 3,
					fillColor: (row: number) => (row === 0 ? '#E7E6E6' : null)
				}
			},
			{
				text: `Řádky ${input.members.length + 1}–${input.members.length + guestRows} jsou určeny pro hosty (jméno, organizace, podpis).`,
				fontSize: 8,
				color: '#555555',
				margin: [0, 6, 0, 0]
			}
		],
		defaultStyle: { font: 'Roboto', fontSize: 10 },
		styles: {
			header: { fontSize: 8.5, bold: true, color: '#404040', margin: [0, 0, 0, 6] },
			h1: { fontSize: 18, bold: true, color: '#1F3864', margin: [0, 0, 0, 10] },
			th: { bold: true }
		}
	});
}

/**
 * The sheet's data for a meeting: members of the body valid on the meeting date (guests' role
 * excluded), sorted by surname. Needs `meetings.manage` on the body.
 */
export async function getAttendanceSheet(
	actor: Actor,
	meetingId: string
): Promise<{ input: AttendanceSheetInput; bodyCode: string }> {
	const [row] = await db()
		.select({ meeting: meetings, body: bodies, area: areas })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.innerJoin(areas, eq(areas.id, meetings.areaId))
		.where(eq(meetings.id, meetingId));
	if (!row) throw new NotFoundError('Jednání nebylo nalezeno.');
	authorize(actor, 'meetings.manage', await areaScope(row.meeting.areaId, { bodyId: row.body.id }));
	const day = pragueDate(row.meeting.startsAt);
	const members = await db()
		.select({ person: people, organisation: organisations.name })
		.from(memberships)
		.innerJoin(people, eq(people.id, memberships.personId))
		.leftJoin(organisations, eq(organisations.id, people.organisationId))
		.where(
			and(
				eq(memberships.bodyId, row.body.id),
				ne(memberships.role, 'host'),
				lte(memberships.validFrom, day),
				or(isNull(memberships.validTo), gte(memberships.validTo, day))
			)
		);
	const unique = new Map(members.map((m) => [m.person.id, m]));
	const sorted = [...unique.values()].sort(
		(a, b) =>
			compareCs(a.person.lastName, b.person.lastName) ||
			compareCs(a.person.firstName, b.person.firstName)
	);
	return {
		bodyCode: row.body.code,
		input: {
			title: 'Prezenční listina',
			bodyName: row.body.name,
			areaName: row.area.name,
			startsAt: row.meeting.startsAt.toISOString(),
			place: [row.meeting.place, row.meeting.room].filter(Boolean).join(', ') || null,
			members: sorted.map((m) => ({ name: fullName(m.person), organisation: m.organisation }))
		}
	};
}
