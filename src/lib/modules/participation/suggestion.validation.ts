/**
 * Suggestions: code lists (topics, channels, statuses, outcomes), the lifecycle's allowed
 * transitions, and the input schemas (zod, Czech messages). Client-safe: no server imports.
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';

export const SUGGESTION_TOPICS = [
	'transport',
	'housing',
	'access',
	'information',
	'employment',
	'care',
	'other'
] as const;
export type SuggestionTopic = (typeof SUGGESTION_TOPICS)[number];

export const SUGGESTION_CHANNELS = [
	'web',
	'meeting',
	'phone',
	'letter',
	'email',
	'users_council',
	'in_person'
] as const;
export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

export const SUGGESTION_STATUSES = [
	'new',
	'screening',
	'assigned',
	'in_progress',
	'settled',
	'published',
	'rejected'
] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_OUTCOMES = ['resolved', 'plan', 'forwarded', 'not_possible'] as const;
export type SuggestionOutcome = (typeof SUGGESTION_OUTCOMES)[number];

/** The lifecycle actions and the statuses each may start from. */
export const SUGGESTION_ACTIONS = {
	screen: ['new'],
	assign: ['screening', 'assigned', 'in_progress'],
	start: ['assigned'],
	settle: ['assigned', 'in_progress'],
	publish: ['settled'],
	reject: ['new', 'screening', 'assigned', 'in_progress']
} as const satisfies Record<string, readonly SuggestionStatus[]>;
export type SuggestionAction = keyof typeof SUGGESTION_ACTIONS;

/** The status an action leads to. */
export const ACTION_TARGET: Record<SuggestionAction, SuggestionStatus> = {
	screen: 'screening',
	assign: 'assigned',
	start: 'in_progress',
	settle: 'settled',
	publish: 'published',
	reject: 'rejected'
};

export function canDo(action: SuggestionAction, status: SuggestionStatus): boolean {
	return (SUGGESTION_ACTIONS[action] as readonly SuggestionStatus[]).includes(status);
}

/** Statuses hidden from the public (everything but `published`). */
export const PUBLIC_STATUSES: SuggestionStatus[] = ['published'];
/** Open statuses (still to be handled), for the "open" filter and due-date warnings. */
export const OPEN_STATUSES: SuggestionStatus[] = ['new', 'screening', 'assigned', 'in_progress'];

export const TEXT_MAX = 5000;
export const MAX_LINKS = 3;

/** Count of web links in a text (http(s)://… and www.…). */
export function countLinks(text: string): number {
	return (text.match(/\bhttps?:\/\/|\bwww\.[a-z0-9-]/gi) ?? []).length;
}

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

const isoDate = () =>
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
/** Optional text; '' and null (an already parsed body) mean "none". */
const optionalText = (max: number) => z.preprocess(blankToUndefined, fields.optionalText(max));
const optionalUuid = () =>
	z.preprocess(blankToUndefined, fields.uuid().optional()).transform((v) => v ?? null);
const checkbox = () =>
	z
		.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true');
const optionalEmail = () =>
	z
		.preprocess(
			blankToUndefined,
			z
				.string()
				.trim()
				.toLowerCase()
				.max(200)
				.pipe(z.email('Zadejte platnou e-mailovou adresu (např. jana@obec.cz).'))
				.optional()
		)
		.transform((v) => v ?? null);
const optionalPhone = () =>
	z
		.preprocess(
			blankToUndefined,
			z
				.string()
				.trim()
				.max(30)
				.regex(/^\+?[0-9 ()-]{9,}$/, 'Zadejte telefon ve tvaru 777 123 456 nebo +420 777 123 456.')
				.optional()
		)
		.transform((v) => v ?? null);

/** The suggestion's text: required, at most 5 000 characters, at most 3 links (link spam). */
export const suggestionText = () =>
	z
		.string({ error: 'Napište prosím text podnětu.' })
		.trim()
		.min(1, 'Napište prosím text podnětu.')
		.max(TEXT_MAX, `Text je příliš dlouhý: zkraťte ho prosím na nejvýše ${TEXT_MAX} znaků.`)
		.refine(
			(t) => countLinks(t) <= MAX_LINKS,
			`Text obsahuje příliš mnoho odkazů (nejvýše ${MAX_LINKS}). Podněty s mnoha odkazy bereme jako nevyžádanou reklamu.`
		);

const common = {
	text: suggestionText(),
	topic: z.enum(SUGGESTION_TOPICS, { error: 'Vyberte téma ze seznamu.' }),
	targetGroupId: optionalUuid(),
	areaId: z.uuid({ error: 'Vyberte území ze seznamu.' }),
	place: optionalText(200),
	submitterName: optionalText(200),
	submitterEmail: optionalEmail(),
	submitterPhone: optionalPhone(),
	isPublic: checkbox()
};

/** The public form (no login). `consent` must be ticked when any personal data is given. */
export const PublicSuggestionInput = z
	.object({ ...common, consent: checkbox() })
	.superRefine((v, ctx) => {
		if ((v.submitterName || v.submitterEmail || v.submitterPhone) && !v.consent) {
			ctx.addIssue({
				code: 'custom',
				path: ['consent'],
				message:
					'Potvrďte prosím souhlas se zpracováním osobních údajů, nebo kontaktní údaje nevyplňujte.'
			});
		}
	});
export type PublicSuggestionData = z.output<typeof PublicSuggestionInput>;

/** Staff entry on behalf of someone, with the channel and the day it arrived. */
export const StaffSuggestionInput = z.object({
	...common,
	channel: z.enum(SUGGESTION_CHANNELS, { error: 'Vyberte, jak podnět přišel.' }),
	receivedOn: isoDate(),
	agendaItemId: optionalUuid()
});
export type StaffSuggestionData = z.output<typeof StaffSuggestionInput>;

const version = () => fields.version();

export const VersionInput = z.object({ version: version() });

export const AssignInput = z
	.object({
		version: version(),
		bodyId: optionalUuid(),
		department: optionalText(200),
		dueOn: isoDate()
	})
	.superRefine((v, ctx) => {
		if (!v.bodyId && !v.department) {
			ctx.addIssue({
				code: 'custom',
				path: ['bodyId'],
				message: 'Vyberte skupinu, nebo vyplňte odbor úřadu, kterému podnět předáváte.'
			});
		}
		if (v.bodyId && v.department) {
			ctx.addIssue({
				code: 'custom',
				path: ['department'],
				message: 'Podnět přidělte buď skupině, nebo odboru úřadu, ne oběma.'
			});
		}
	});

export const SettleInput = z.object({
	version: version(),
	answer: z
		.string({ error: 'Napište odpověď, jak byl podnět vypořádán.' })
		.trim()
		.min(1, 'Napište odpověď, jak byl podnět vypořádán.')
		.max(TEXT_MAX, `Odpověď může mít nejvýše ${TEXT_MAX} znaků.`),
	outcome: z.enum(SUGGESTION_OUTCOMES, { error: 'Vyberte výsledek vypořádání.' })
});

export const RejectInput = z.object({
	version: version(),
	reason: z
		.string({ error: 'Uveďte důvod odmítnutí.' })
		.trim()
		.min(1, 'Uveďte důvod odmítnutí.')
		.max(1000)
});

export const PublicWordingInput = z.object({
	version: version(),
	publicText: z
		.string()
		.trim()
		.max(TEXT_MAX)
		.optional()
		.transform((v) => (v ? v : null)),
	isPublic: checkbox()
});

export const AgendaInput = z.object({
	version: version(),
	meetingId: z.uuid({ error: 'Vyberte jednání ze seznamu.' })
});

export const MeasureLinkInput = z.object({
	version: version(),
	measureId: z.uuid({ error: 'Vyberte opatření ze seznamu.' })
});

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(blankToUndefined, z.enum(values).optional());

/** Filters of the staff list (query string). */
export const StaffListQuery = z.object({
	status: z.preprocess(blankToUndefined, z.enum([...SUGGESTION_STATUSES, 'open']).optional()),
	topic: optionalEnum(SUGGESTION_TOPICS),
	channel: optionalEnum(SUGGESTION_CHANNELS),
	outcome: optionalEnum(SUGGESTION_OUTCOMES),
	targetGroupId: z.preprocess(blankToUndefined, z.uuid().optional()),
	areaId: z.preprocess(blankToUndefined, z.uuid().optional()),
	bodyId: z.preprocess(blankToUndefined, z.uuid().optional()),
	year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
	q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
	page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100000).default(1))
});
export type StaffListFilter = z.output<typeof StaffListQuery>;

/** Filters of the public agenda. */
export const PublicListQuery = z.object({
	outcome: optionalEnum(SUGGESTION_OUTCOMES),
	topic: optionalEnum(SUGGESTION_TOPICS),
	targetGroupId: z.preprocess(blankToUndefined, z.uuid().optional()),
	areaId: z.preprocess(blankToUndefined, z.uuid().optional()),
	year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
	page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100000).default(1))
});
export type PublicListFilter = z.output<typeof PublicListQuery>;

/** Lenient parse of list filters: an invalid filter value is dropped, never a 400 on a page. */
export function lenientFilter<S extends z.ZodObject>(
	schema: S,
	params: Record<string, unknown>
): z.output<S> {
	const clean: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(params)) {
		const one = (schema.shape as Record<string, z.ZodType>)[key];
		if (one && one.safeParse(value).success) clean[key] = value;
	}
	return schema.parse(clean);
}
