/** Input schemas of the meetings module (zod; Czech messages via the platform error map). */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { fromPrague } from './meeting.time.ts';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** `YYYY-MM-DD` that is a real calendar date. */
export const isoDate = () =>
	z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Zadejte datum ve tvaru RRRR-MM-DD.')
		.refine(
			(v) =>
				!Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
				new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
			'Zadejte platné datum.'
		);
const optionalDate = () =>
	z.preprocess(blankToUndefined, isoDate().optional()).transform((v) => v ?? null);
const time = () =>
	z
		.string()
		.trim()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Zadejte čas ve tvaru 14:00.');
const optionalTime = () =>
	z.preprocess(blankToUndefined, time().optional()).transform((v) => v ?? null);
const optionalInt = (min: number, max: number) =>
	z
		.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).optional())
		.transform((v) => v ?? null);
const optionalUuid = () =>
	z.preprocess(blankToUndefined, fields.uuid().optional()).transform((v) => v ?? null);
const checkbox = () =>
	z
		.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true');
const webUrl = () =>
	z
		.preprocess(
			blankToUndefined,
			z
				.string()
				.trim()
				.max(500)
				.regex(/^https?:\/\/[^\s]+$/i, 'Zadejte platnou adresu začínající http:// nebo https://.')
				.optional()
		)
		.transform((v) => v ?? null);

const DST_GAP = 'Tento čas v den změny času neexistuje (hodiny se posouvají); zvolte jiný.';
const END_BEFORE_START = 'Konec jednání musí být později než jeho začátek.';

/** Date, time, optional end, place: the parts of a meeting entered in Prague wall time. */
const SlotFields = z.object({
	date: isoDate(),
	time: time(),
	endTime: optionalTime(),
	place: fields.text(300),
	room: fields.optionalText(200)
});

type Slot = z.output<typeof SlotFields>;

/** Converts the wall time to instants; reports the DST gap and an end before the start on their fields. */
function toInstants<T extends Slot>(
	slot: T,
	ctx: z.core.$RefinementCtx,
	prefix: (string | number)[] = []
) {
	const startsAt = fromPrague(slot.date, slot.time);
	if (!startsAt) {
		ctx.addIssue({ code: 'custom', path: [...prefix, 'time'], message: DST_GAP });
		return null;
	}
	let endsAt: Date | null = null;
	if (slot.endTime) {
		endsAt = fromPrague(slot.date, slot.endTime);
		if (!endsAt) {
			ctx.addIssue({ code: 'custom', path: [...prefix, 'endTime'], message: DST_GAP });
			return null;
		}
		if (endsAt.getTime() <= startsAt.getTime()) {
			ctx.addIssue({ code: 'custom', path: [...prefix, 'endTime'], message: END_BEFORE_START });
			return null;
		}
	}
	return { startsAt, endsAt };
}

const MeetingFields = SlotFields.extend({
	onlineUrl: webUrl(),
	note: fields.optionalText(2000)
});

function withInstants<T extends Slot>(v: T, ctx: z.core.$RefinementCtx) {
	const instants = toInstants(v, ctx);
	return { ...v, startsAt: instants?.startsAt ?? new Date(NaN), endsAt: instants?.endsAt ?? null };
}

export const MeetingInput = MeetingFields.extend({ bodyId: fields.uuid() }).transform(withInstants);
export type MeetingInput = z.input<typeof MeetingInput>;

export const MeetingUpdateInput = MeetingFields.extend({ version: fields.version() }).transform(
	withInstants
);
export type MeetingUpdateInput = z.input<typeof MeetingUpdateInput>;

export const ScheduleInput = z
	.object({
		bodyId: fields.uuid(),
		year: z.coerce.number().int().min(2000).max(2100),
		rows: z.array(SlotFields).min(1, 'Zadejte alespoň jeden termín.').max(60)
	})
	.transform((v, ctx) => {
		const seen = new Set<string>();
		const rows = v.rows.map((row, i) => {
			if (!row.date.startsWith(`${v.year}-`)) {
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'date'],
					message: `Termín musí být v roce ${v.year}.`
				});
			}
			const key = `${row.date} ${row.time}`;
			if (seen.has(key)) {
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'date'],
					message: 'Tento termín je v harmonogramu dvakrát.'
				});
			}
			seen.add(key);
			const instants = toInstants(row, ctx, ['rows', i]);
			return {
				...row,
				startsAt: instants?.startsAt ?? new Date(NaN),
				endsAt: instants?.endsAt ?? null
			};
		});
		return { ...v, rows };
	});
export type ScheduleInput = z.input<typeof ScheduleInput>;

export const MEETING_STATUSES = [
	'planned',
	'invited',
	'held',
	'minutes_draft',
	'minutes_approved',
	'published',
	'cancelled'
] as const;

export const StatusChangeInput = z.object({
	to: z.enum(MEETING_STATUSES),
	reason: fields.optionalText(1000),
	version: z.preprocess(blankToUndefined, fields.version().optional())
});

export const ListMeetingsQuery = z.object({
	bodyId: optionalUuid(),
	areaId: optionalUuid(),
	from: optionalDate(),
	to: optionalDate(),
	status: z.preprocess(blankToUndefined, z.enum(MEETING_STATUSES).optional()),
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(25)
});
export type ListMeetingsQuery = z.input<typeof ListMeetingsQuery>;

export const AgendaItemInput = z.object({
	title: fields.text(300),
	presenter: fields.optionalText(200),
	durationMinutes: optionalInt(1, 600),
	description: fields.optionalText(5000)
});
export const AgendaItemUpdateInput = AgendaItemInput.extend({ version: fields.version() });

export const AgendaProposalInput = z.object({
	title: fields.text(300),
	presenter: fields.optionalText(200),
	description: fields.optionalText(5000)
});

export const AgendaDecisionInput = z.object({
	status: z.enum(['accepted', 'rejected']),
	version: fields.version()
});

export const AgendaMoveInput = z.object({
	direction: z.enum(['up', 'down']),
	version: z.preprocess(blankToUndefined, fields.version().optional())
});

export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent'] as const;

export const AttendanceInput = z
	.array(
		z.object({
			personId: fields.uuid(),
			status: z.enum(ATTENDANCE_STATUSES),
			note: fields.optionalText(500)
		})
	)
	.max(500);

export const GuestInput = z.object({
	name: fields.text(200),
	organisation: fields.optionalText(300),
	note: fields.optionalText(500)
});

export const ItemMinutesInput = z.object({
	html: z.string().max(200_000, 'Text zápisu je příliš dlouhý.').default(''),
	reportedBy: fields.optionalText(300),
	version: fields.version()
});

export const MinutesMetaInput = z.object({
	authorPersonId: optionalUuid(),
	approverPersonId: optionalUuid(),
	signedPlace: fields.optionalText(100),
	writtenOn: optionalDate(),
	closingNote: fields.optionalText(5000),
	version: fields.version()
});

const votes = () => optionalInt(0, 10_000);

export const ResolutionInput = z.object({
	agendaItemId: fields.uuid(),
	text: fields.text(5000),
	votesFor: votes(),
	votesAgainst: votes(),
	votesAbstained: votes(),
	adopted: checkbox(),
	/** Explicit number (`ŘS/2025/07` or just `7`); empty = next free number. */
	number: fields.optionalText(40)
});

export const ResolutionUpdateInput = ResolutionInput.omit({
	agendaItemId: true,
	number: true
}).extend({
	version: fields.version()
});

const RESPONSIBLE_REQUIRED = 'Úkol musí mít odpovědnou osobu.';

export const TaskInput = z.object({
	agendaItemId: fields.uuid(),
	text: fields.text(2000),
	responsiblePersonId: z.preprocess(
		blankToUndefined,
		z.uuid({
			error: (issue) =>
				issue.input === undefined ? RESPONSIBLE_REQUIRED : 'Neplatný identifikátor.'
		})
	),
	dueDate: optionalDate()
});

export const TaskUpdateInput = TaskInput.omit({ agendaItemId: true }).extend({
	version: fields.version()
});

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;

export const TaskStatusInput = z.object({
	status: z.enum(TASK_STATUSES),
	resolutionNote: fields.optionalText(2000),
	version: fields.version()
});

export const EventInput = z
	.object({
		date: isoDate(),
		dateTo: optionalDate(),
		title: fields.text(300),
		place: fields.optionalText(300)
	})
	.superRefine((v, ctx) => {
		if (v.dateTo && v.dateTo < v.date) {
			ctx.addIssue({
				code: 'custom',
				path: ['dateTo'],
				message: 'Konec akce nemůže být před jejím začátkem.'
			});
		}
	});

export const PublishInput = z.object({ reason: fields.optionalText(1000) });

export const SearchQuery = z.object({
	q: z.string().trim().min(2, 'Zadejte alespoň 2 znaky.').max(200),
	areaIds: z
		.union([fields.uuid(), z.array(fields.uuid())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(20)
});

export const MyTasksQuery = z.object({
	status: z.preprocess(blankToUndefined, z.enum(TASK_STATUSES).optional()),
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(25)
});
