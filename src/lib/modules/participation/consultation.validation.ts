/**
 * Input of consultations: opening (plan version or document), settings, public and staff
 * comments, settlement. Czech messages; dates as `RRRR-MM-DD`.
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';

export const COMMENT_MAX = 5000;
export const QUOTE_MAX = 2000;
/** Minimum length of the window (domain: the draft is public at least two weeks). */
export const MIN_WINDOW_DAYS = 14;
export const MAX_LINKS = 2;

export const SETTLEMENT_STATUSES = ['accepted', 'partly_accepted', 'rejected', 'noted'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];
export const CHANNELS = ['web', 'email', 'paper', 'hearing'] as const;
export type Channel = (typeof CHANNELS)[number];
export const STAFF_CHANNELS = ['email', 'paper', 'hearing'] as const;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (message = 'Zadejte platné datum.') =>
	z
		.string({ error: message })
		.trim()
		.regex(DATE_RE, message)
		.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), message);
const optional = (s: z.ZodType<string>) =>
	z
		.union([z.literal('').transform(() => null), s])
		.optional()
		.transform((v) => v ?? null);
const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('1'), z.literal(''), z.boolean()])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true' || v === '1');
const optionalUuid = z
	.union([z.literal(''), z.uuid('Vyberte jednu z nabízených možností.')])
	.optional()
	.transform((v) => (v ? v : null));

export const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const windowFields = {
	title: fields.text(300),
	description: fields.optionalText(5000),
	opensOn: isoDate('Zadejte datum zahájení připomínkování.'),
	closesOn: isoDate('Zadejte datum ukončení připomínkování.'),
	hearingDate: optional(isoDate()),
	hearingTime: optional(
		z
			.string()
			.trim()
			.regex(/^\d{1,2}:\d{2}$/, 'Zadejte čas ve tvaru 14:00.')
	),
	hearingPlace: fields.optionalText(300),
	identityRequired: checkbox
};

function checkWindow(
	v: { opensOn: string; closesOn: string; hearingDate: string | null; hearingTime: string | null },
	ctx: z.RefinementCtx
) {
	if (v.closesOn < v.opensOn) {
		ctx.addIssue({
			code: 'custom',
			path: ['closesOn'],
			message: 'Konec připomínkování musí být po jeho zahájení.'
		});
	} else if (daysBetween(v.opensOn, v.closesOn) < MIN_WINDOW_DAYS) {
		ctx.addIssue({
			code: 'custom',
			path: ['closesOn'],
			message: 'Návrh musí být k připomínkám zveřejněn alespoň 2 týdny (14 dní).'
		});
	}
	if (v.hearingTime && !v.hearingDate) {
		ctx.addIssue({
			code: 'custom',
			path: ['hearingDate'],
			message: 'Zadejte datum veřejného projednání.'
		});
	}
}

export const consultationCreateInput = z
	.object({
		source: z.enum(['plan', 'document'], { error: 'Vyberte, co se připomínkuje.' }),
		/** `planId:versionNo` of the stored plan version (source = plan). */
		planVersion: z.string().optional().default(''),
		/** Area of a document consultation. */
		areaId: optionalUuid,
		/** Document sections, each starting with a line `# Název oddílu` (source = document). */
		sections: z.string().max(200_000, 'Text dokumentu je příliš dlouhý.').optional().default(''),
		...windowFields
	})
	.superRefine((v, ctx) => {
		checkWindow(v, ctx);
		if (v.source === 'plan' && !/^[0-9a-f-]{36}:\d+$/i.test(v.planVersion)) {
			ctx.addIssue({ code: 'custom', path: ['planVersion'], message: 'Vyberte verzi plánu.' });
		}
		if (v.source === 'document') {
			if (!v.areaId) {
				ctx.addIssue({ code: 'custom', path: ['areaId'], message: 'Vyberte území.' });
			}
			if (!v.sections.trim()) {
				ctx.addIssue({
					code: 'custom',
					path: ['sections'],
					message: 'Vložte text dokumentu rozdělený do oddílů.'
				});
			}
		}
	});
export type ConsultationCreateInput = z.output<typeof consultationCreateInput>;

export const consultationUpdateInput = z
	.object({ ...windowFields, version: fields.version() })
	.superRefine(checkWindow);

const urlCount = (s: string) => (s.match(/(https?:\/\/|www\.)/gi) ?? []).length;

const commentText = z
	.string({ error: 'Napište text připomínky.' })
	.trim()
	.min(1, 'Napište text připomínky.')
	.max(COMMENT_MAX, `Připomínka může mít nejvýše ${COMMENT_MAX} znaků. Zkraťte ji prosím.`)
	.refine(
		(s) => urlCount(s) <= MAX_LINKS,
		`Připomínka obsahuje příliš mnoho odkazů (nejvýše ${MAX_LINKS}). Napište ji prosím vlastními slovy.`
	);

const baseComment = {
	sectionId: optionalUuid,
	quote: fields.optionalText(QUOTE_MAX),
	text: commentText,
	authorName: fields.optionalText(200),
	authorEmail: z
		.union([z.literal(''), fields.email()])
		.optional()
		.transform((v) => (v ? v : null)),
	organisationName: fields.optionalText(300),
	publishName: checkbox
};

export const publicCommentInput = z.object(baseComment);
export type PublicCommentInput = z.output<typeof publicCommentInput>;

export const staffCommentInput = z.object({
	...baseComment,
	channel: z.enum(STAFF_CHANNELS, { error: 'Vyberte, jak připomínka došla.' }),
	receivedOn: isoDate('Zadejte datum doručení připomínky.')
});
export type StaffCommentInput = z.output<typeof staffCommentInput>;

export const settlementInput = z.object({
	status: z.enum(SETTLEMENT_STATUSES, { error: 'Vyberte způsob vypořádání.' }),
	justification: z
		.string({ error: 'Napište odůvodnění vypořádání.' })
		.trim()
		.min(1, 'Napište odůvodnění vypořádání – bez něj nelze připomínku vypořádat.')
		.max(COMMENT_MAX),
	decidedByBodyId: optionalUuid,
	decidedWhere: fields.optionalText(500),
	measureId: optionalUuid,
	version: fields.version()
});
export type SettlementInput = z.output<typeof settlementInput>;

/**
 * Split pasted document text into sections: a line starting with `#` starts a section (its
 * title); text before the first heading becomes the "Úvod". Without headings: one section.
 */
export function splitSections(text: string): { title: string; body: string }[] {
	const out: { title: string; body: string[] }[] = [];
	for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
		const heading = /^\s*#+\s*(.+?)\s*$/.exec(line);
		if (heading) out.push({ title: heading[1], body: [] });
		else {
			if (!out.length) out.push({ title: 'Úvod', body: [] });
			out[out.length - 1].body.push(line);
		}
	}
	return out
		.map((s) => ({ title: s.title.slice(0, 300), body: s.body.join('\n').trim() }))
		.filter((s) => s.title !== 'Úvod' || s.body);
}
