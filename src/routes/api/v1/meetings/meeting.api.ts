/**
 * API views of meetings: zod schemas (documented in OpenAPI) and presenters. Members and
 * coordinators get the full view (agenda, attendance, live minutes, resolutions, tasks); everybody
 * else gets the public view (the published schedule entry and the frozen published minutes).
 */
import { z } from 'zod';
import {
	MEETING_STATUSES,
	type MeetingDetail,
	type MeetingListRow,
	type PublishedMinutes
} from '#lib/modules/meetings/index.ts';

/** Path parameters of every `/api/v1/meetings/{id}…` operation. */
export const MeetingIdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor jednání (UUID).' })
});

const timestamp = () => z.iso.datetime({ offset: true });
const calendarDate = () => z.iso.date();
const statusEnum = z.enum(MEETING_STATUSES).meta({
	description:
		'Stav: planned (naplánováno), invited (pozvánky rozeslány), held (proběhlo), minutes_draft (zápis v přípravě), minutes_approved (zápis schválen), published (zápis zveřejněn), cancelled (zrušeno).'
});

const meetingFields = {
	id: z.uuid(),
	bodyId: z.uuid(),
	bodyName: z.string(),
	bodyCode: z.string().meta({ description: 'Zkratka skupiny (v číslech usnesení).' }),
	areaId: z.uuid(),
	startsAt: timestamp(),
	endsAt: timestamp().nullable(),
	place: z.string().nullable(),
	room: z.string().nullable(),
	onlineUrl: z.string().nullable(),
	status: statusEnum,
	cancelReason: z.string().nullable().meta({ description: 'Důvod zrušení (u zrušených jednání).' }),
	isPublished: z.boolean().meta({ description: 'Jednání je ve zveřejněném harmonogramu.' })
};

export const MeetingSummarySchema = z
	.object(meetingFields)
	.meta({ id: 'MeetingSummary', description: 'Jednání v seznamu.' });

export type MeetingSummaryJson = z.output<typeof MeetingSummarySchema>;

export function presentMeetingRow(row: MeetingListRow): MeetingSummaryJson {
	return {
		id: row.id,
		bodyId: row.bodyId,
		bodyName: row.bodyName,
		bodyCode: row.bodyCode,
		areaId: row.areaId,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt?.toISOString() ?? null,
		place: row.place,
		room: row.room,
		onlineUrl: row.onlineUrl,
		status: row.status,
		cancelReason: row.cancelReason,
		isPublished: row.isPublished
	};
}

const ResolutionSchema = z
	.object({
		id: z.uuid(),
		agendaItemId: z.uuid().nullable(),
		number: z.string().meta({ description: 'Číslo usnesení, např. ŘPS/2015/07.' }),
		text: z.string(),
		votesFor: z.number().int().nullable(),
		votesAgainst: z.number().int().nullable(),
		votesAbstained: z.number().int().nullable(),
		adopted: z.boolean()
	})
	.meta({ id: 'Resolution', description: 'Usnesení ze zápisu.' });

const MeetingTaskSchema = z
	.object({
		id: z.uuid(),
		agendaItemId: z.uuid().nullable(),
		text: z.string(),
		responsiblePersonId: z.uuid(),
		responsibleName: z.string(),
		dueDate: calendarDate().nullable(),
		status: z.enum(['open', 'done', 'cancelled']),
		resolutionNote: z.string().nullable()
	})
	.meta({ id: 'MeetingTask', description: 'Úkol zadaný na jednání („Z:“ odpovědná osoba).' });

const FullDetailSchema = z
	.object({
		view: z.literal('full'),
		...meetingFields,
		areaName: z.string(),
		agenda: z.array(
			z.object({
				id: z.uuid(),
				position: z.number().int(),
				kind: z.enum(['regular', 'task_review']),
				status: z.enum(['proposed', 'accepted', 'rejected']),
				title: z.string(),
				presenter: z.string().nullable(),
				durationMinutes: z.number().int().nullable(),
				description: z.string().nullable(),
				reportedBy: z.string().nullable(),
				minutesHtml: z.string().nullable().meta({ description: 'Zápis k bodu (bezpečné HTML).' })
			})
		),
		attendance: z.object({
			members: z.array(
				z.object({
					personId: z.uuid(),
					name: z.string(),
					status: z.enum(['present', 'excused', 'absent']),
					isVoting: z.boolean(),
					note: z.string().nullable()
				})
			),
			guests: z.array(
				z.object({
					name: z.string(),
					organisation: z.string().nullable(),
					status: z.enum(['present', 'excused', 'absent'])
				})
			),
			quorum: z.object({
				votingMembers: z.number().int(),
				present: z.number().int(),
				required: z.number().int(),
				quorate: z.boolean()
			})
		}),
		minutes: z
			.object({
				status: z.enum(['draft', 'approved', 'published']),
				revision: z
					.number()
					.int()
					.meta({ description: 'Poslední zveřejněná verze (0 = nezveřejněno).' }),
				author: z.string().nullable(),
				approver: z.string().nullable(),
				signedPlace: z.string().nullable(),
				writtenOn: calendarDate().nullable(),
				closingNote: z.string().nullable(),
				approvedAt: timestamp().nullable(),
				publishedAt: timestamp().nullable()
			})
			.nullable(),
		resolutions: z.array(ResolutionSchema),
		tasks: z.array(MeetingTaskSchema),
		events: z.array(
			z.object({
				date: calendarDate(),
				dateTo: calendarDate().nullable(),
				title: z.string(),
				place: z.string().nullable()
			})
		),
		revisions: z.array(
			z.object({
				revision: z.number().int(),
				publishedAt: timestamp(),
				reason: z.string().nullable()
			})
		)
	})
	.meta({
		id: 'MeetingDetailFull',
		description: 'Jednání pro členy skupiny a koordinátory: program, docházka, živý zápis.'
	});

const PublicDetailSchema = z
	.object({
		view: z.literal('public'),
		...meetingFields,
		minutes: z
			.object({
				revision: z.number().int(),
				publishedAt: timestamp(),
				reason: z.string().nullable(),
				present: z.array(z.string()).meta({
					description: 'Přítomní; kdo nesouhlasil se zveřejněním jména, je uveden rolí.'
				}),
				excused: z.array(z.string()),
				programme: z.array(z.object({ position: z.number().int(), title: z.string() })),
				items: z.array(
					z.object({
						position: z.number().int(),
						title: z.string(),
						reportedBy: z.string().nullable(),
						html: z.string(),
						resolutions: z.array(
							z.object({
								number: z.string(),
								text: z.string(),
								votesFor: z.number().int().nullable(),
								votesAgainst: z.number().int().nullable(),
								votesAbstained: z.number().int().nullable(),
								adopted: z.boolean()
							})
						),
						tasks: z.array(
							z.object({
								text: z.string(),
								responsible: z.string(),
								dueDate: calendarDate().nullable(),
								status: z.enum(['open', 'done', 'cancelled'])
							})
						)
					})
				),
				events: z.array(
					z.object({
						date: calendarDate(),
						dateTo: calendarDate().nullable(),
						title: z.string(),
						place: z.string().nullable()
					})
				),
				closingNote: z.string().nullable()
			})
			.nullable()
			.meta({ description: 'Zveřejněný (zmrazený) zápis, nebo null.' })
	})
	.meta({
		id: 'MeetingDetailPublic',
		description: 'Veřejný pohled: termín ze zveřejněného harmonogramu a zveřejněný zápis.'
	});

export const MeetingDetailSchema = z
	.discriminatedUnion('view', [FullDetailSchema, PublicDetailSchema])
	.meta({
		id: 'MeetingDetail',
		description: 'Detail jednání; `view` říká, zda jde o plný, nebo veřejný pohled.'
	});

export type MeetingDetailJson = z.output<typeof MeetingDetailSchema>;
type PublicJson = Extract<MeetingDetailJson, { view: 'public' }>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Full view for readers of the body. */
export function presentFullDetail(d: MeetingDetail): MeetingDetailJson {
	const m = d.meeting;
	return {
		view: 'full',
		id: m.id,
		bodyId: d.body.id,
		bodyName: d.body.name,
		bodyCode: d.body.code,
		areaId: m.areaId,
		areaName: d.areaName,
		startsAt: m.startsAt.toISOString(),
		endsAt: iso(m.endsAt),
		place: m.place,
		room: m.room,
		onlineUrl: m.onlineUrl,
		status: m.status,
		cancelReason: m.cancelReason,
		isPublished: m.isPublished,
		agenda: d.agenda.map((a) => ({
			id: a.id,
			position: a.position,
			kind: a.kind,
			status: a.status,
			title: a.title,
			presenter: a.presenter,
			durationMinutes: a.durationMinutes,
			description: a.description,
			reportedBy: a.reportedBy,
			minutesHtml: a.minutesHtml
		})),
		attendance: {
			members: d.members.map((r) => ({
				personId: r.personId!,
				name: r.name,
				status: r.status,
				isVoting: r.isVoting,
				note: r.note
			})),
			guests: d.guests.map((g) => ({
				name: g.name,
				organisation: g.guestOrganisation,
				status: g.status
			})),
			quorum: {
				votingMembers: d.quorum.votingMembers,
				present: d.quorum.present,
				required: d.quorum.required,
				quorate: d.quorum.quorate
			}
		},
		minutes: d.minutes
			? {
					status: d.minutes.status,
					revision: d.minutes.revision,
					author: d.minutes.author?.name ?? null,
					approver: d.minutes.approver?.name ?? null,
					signedPlace: d.minutes.signedPlace,
					writtenOn: d.minutes.writtenOn,
					closingNote: d.minutes.closingNote,
					approvedAt: iso(d.minutes.approvedAt),
					publishedAt: iso(d.minutes.publishedAt)
				}
			: null,
		resolutions: d.resolutions.map((r) => ({
			id: r.id,
			agendaItemId: r.agendaItemId,
			number: r.number,
			text: r.text,
			votesFor: r.votesFor,
			votesAgainst: r.votesAgainst,
			votesAbstained: r.votesAbstained,
			adopted: r.adopted
		})),
		tasks: d.tasks.map((t) => ({
			id: t.id,
			agendaItemId: t.agendaItemId,
			text: t.text,
			responsiblePersonId: t.responsiblePersonId,
			responsibleName: t.responsibleName,
			dueDate: t.dueDate,
			status: t.status,
			resolutionNote: t.resolutionNote
		})),
		events: d.events.map((e) => ({
			date: e.date,
			dateTo: e.dateTo,
			title: e.title,
			place: e.place
		})),
		revisions: d.revisions.map((r) => ({
			revision: r.revision,
			publishedAt: r.publishedAt.toISOString(),
			reason: r.reason
		}))
	};
}

/** Public view: the schedule entry and, when published, the frozen minutes. */
export function presentPublicDetail(
	meeting: MeetingSummaryJson,
	published: PublishedMinutes | null
): MeetingDetailJson {
	let minutes: PublicJson['minutes'] = null;
	if (published) {
		const doc = published.document;
		minutes = {
			revision: published.revision,
			publishedAt: published.publishedAt.toISOString(),
			reason: published.reason,
			present: doc.present,
			excused: doc.excused,
			programme: doc.programme.map((p) => ({ position: p.position, title: p.title })),
			items: doc.items.map((i) => ({
				position: i.position,
				title: i.title,
				reportedBy: i.reportedBy,
				html: i.html,
				resolutions: i.resolutions.map((r) => ({
					number: r.number,
					text: r.text,
					votesFor: r.votesFor,
					votesAgainst: r.votesAgainst,
					votesAbstained: r.votesAbstained,
					adopted: r.adopted
				})),
				tasks: i.tasks.map((t) => ({
					text: t.text,
					responsible: t.responsible,
					dueDate: t.dueDate,
					status: t.status
				}))
			})),
			events: doc.events.map((e) => ({
				date: e.date,
				dateTo: e.dateTo,
				title: e.title,
				place: e.place
			})),
			closingNote: doc.closingNote
		};
	}
	return { view: 'public', ...meeting, minutes };
}
