/** Input schemas of the organisation module (zod, Czech messages via the platform error map). */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { isValidIco, normalizeIco } from './ico.ts';

const optional = (max = 300) => fields.optionalText(max);
const optionalEmail = () =>
	z
		.string()
		.trim()
		.toLowerCase()
		.max(200)
		.optional()
		.transform((v) => (v ? v : null))
		.refine(
			(v) => v === null || z.email().safeParse(v).success,
			'Zadejte platnou e-mailovou adresu (např. jana@obec.cz).'
		);
const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Zadejte datum ve tvaru RRRR-MM-DD.');
const checkbox = () =>
	z
		.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true');

export const ORGANISATION_TYPES = [
	'obec',
	'kraj',
	'poskytovatel',
	'nno',
	'urad_prace',
	'zdravotnicke_zarizeni',
	'jina'
] as const;
export const TRIAD_ROLES = ['zadavatel', 'poskytovatel', 'uzivatel', 'verejnost'] as const;
export const BODY_KINDS = [
	'steering_group',
	'working_group',
	'managerial_team',
	'subgroup'
] as const;
export const MEMBERSHIP_ROLES = ['vedouci', 'zastupce', 'clen', 'zapisovatel', 'host'] as const;

export const OrganisationInput = z.object({
	name: fields.text(300),
	ico: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? normalizeIco(v) : null))
		.refine(
			(v) => v === null || isValidIco(v),
			'IČO musí mít 8 číslic a platnou kontrolní číslici.'
		),
	type: z.enum(ORGANISATION_TYPES),
	street: optional(),
	city: optional(),
	postcode: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v.replace(/\s+/g, '') : null))
		.refine((v) => v === null || /^\d{5}$/.test(v), 'PSČ má 5 číslic (např. 460 01).'),
	email: optionalEmail(),
	phone: optional(40),
	web: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.refine(
			(v) => v === null || /^https?:\/\/\S+$/.test(v),
			'Zadejte adresu začínající http:// nebo https://.'
		),
	areaId: fields.uuid().optional().nullable()
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

export const PersonInput = z.object({
	titlesBefore: optional(50),
	firstName: fields.text(100),
	lastName: fields.text(100),
	titlesAfter: optional(50),
	email: optionalEmail(),
	phone: optional(40),
	organisationId: fields
		.uuid()
		.optional()
		.nullable()
		.or(z.literal('').transform(() => null)),
	position: optional(200),
	triadRole: z.enum(TRIAD_ROLES),
	publishName: checkbox(),
	areaId: fields.uuid()
});
export type PersonInput = z.input<typeof PersonInput>;

const month = z.coerce.number().int().min(1).max(12);

const BodyFields = z.object({
	areaId: fields.uuid(),
	kind: z.enum(BODY_KINDS),
	name: fields.text(300),
	code: z
		.string()
		.trim()
		.min(1)
		.max(20)
		.regex(
			/^[\p{L}\p{N}-]+$/u,
			'Zkratka smí obsahovat jen písmena, číslice a pomlčku (např. ŘS, PS-SEN).'
		),
	targetGroupId: fields
		.uuid()
		.optional()
		.nullable()
		.or(z.literal('').transform(() => null)),
	parentBodyId: fields
		.uuid()
		.optional()
		.nullable()
		.or(z.literal('').transform(() => null)),
	description: optional(5000),
	minMeetingsPerYear: z.coerce
		.number()
		.int()
		.min(0)
		.max(52)
		.optional()
		.nullable()
		.or(z.literal('').transform(() => null)),
	maxMonthsBetweenMeetings: z.coerce
		.number()
		.int()
		.min(1)
		.max(12)
		.optional()
		.nullable()
		.or(z.literal('').transform(() => null)),
	noMeetingMonths: z
		.union([month, z.array(month)])
		.optional()
		.transform((v) =>
			v === undefined ? [] : Array.isArray(v) ? [...new Set(v)].sort((a, b) => a - b) : [v]
		),
	invitationLeadDays: z.coerce.number().int().min(0).max(60).default(7),
	agendaProposalDays: z.coerce.number().int().min(0).max(60).default(3),
	excuseDays: z.coerce.number().int().min(0).max(60).default(0),
	quorumPercent: z.coerce.number().int().min(1).max(100).default(50)
});

function checkBody(b: z.output<typeof BodyFields>, ctx: z.core.$RefinementCtx): void {
	if (b.invitationLeadDays > 0 && b.agendaProposalDays > b.invitationLeadDays) {
		ctx.addIssue({
			code: 'custom',
			path: ['agendaProposalDays'],
			message: 'Lhůta pro návrhy bodů programu nemůže být delší než lhůta pro rozeslání pozvánky.'
		});
	}
	if (b.kind === 'subgroup' && !b.parentBodyId) {
		ctx.addIssue({
			code: 'custom',
			path: ['parentBodyId'],
			message: 'Podskupina musí mít nadřazenou skupinu.'
		});
	}
}

export const BodyInput = BodyFields.superRefine(checkBody);
export const BodyUpdateInput = BodyFields.extend({ version: fields.version() }).superRefine(
	checkBody
);
export type BodyInput = z.input<typeof BodyInput>;

const MembershipFields = z.object({
	bodyId: fields.uuid(),
	personId: fields.uuid(),
	role: z.enum(MEMBERSHIP_ROLES),
	validFrom: isoDate(),
	validTo: isoDate()
		.optional()
		.nullable()
		.or(z.literal('').transform(() => null)),
	note: optional(500)
});

function checkTerm(
	m: { validFrom: string; validTo?: string | null },
	ctx: z.core.$RefinementCtx
): void {
	if (m.validTo && m.validTo < m.validFrom) {
		ctx.addIssue({
			code: 'custom',
			path: ['validTo'],
			message: 'Konec členství nemůže být před jeho začátkem.'
		});
	}
}

export const MembershipInput = MembershipFields.superRefine(checkTerm);
export const MembershipUpdateInput = MembershipFields.omit({ bodyId: true, personId: true })
	.extend({ version: fields.version() })
	.superRefine(checkTerm);
export type MembershipInput = z.input<typeof MembershipInput>;

export const MembershipEndInput = z.object({
	validTo: isoDate(),
	version: fields.version()
});
