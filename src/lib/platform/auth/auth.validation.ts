/**
 * Input schemas of accounts, logins, passwords and API tokens, with Czech messages. Password rules
 * live here once: at least 10 characters, at most 200 (argon2 cost), never the account's e-mail.
 */
import { z } from 'zod';
import { fields } from '../http/validation.ts';
import { ROLES } from '../access/actor.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const LOCALES = ['cs', 'en'] as const;

export const MESSAGES = {
	passwordShort: `Heslo musí mít alespoň ${PASSWORD_MIN} znaků.`,
	passwordLong: `Heslo může mít nejvýše ${PASSWORD_MAX} znaků.`,
	passwordIsEmail: 'Heslo nesmí být stejné jako e-mailová adresa.',
	passwordMismatch: 'Hesla se neshodují. Zadejte prosím stejné heslo do obou polí.',
	required: 'Toto pole je povinné.'
} as const;

/** A new password (length rules only; the e-mail rule needs the account, see `checkNotEmail`). */
export const newPassword = () =>
	z
		.string({ error: MESSAGES.required })
		.min(1, MESSAGES.required)
		.min(PASSWORD_MIN, MESSAGES.passwordShort)
		.max(PASSWORD_MAX, MESSAGES.passwordLong);

/** True when the password is the e-mail (ignoring case and surrounding spaces). */
export function passwordIsEmail(password: string, email: string): boolean {
	return password.trim().toLowerCase() === email.trim().toLowerCase();
}

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optionalUuid = z
	.preprocess(emptyToUndefined, z.uuid().optional())
	.transform((v) => v ?? null);

/** One role grant; the scope required by the role is checked with a Czech message. */
export const grantSchema = z
	.object({
		role: z.enum(ROLES),
		areaId: optionalUuid,
		bodyId: optionalUuid,
		organisationId: optionalUuid
	})
	.transform((g, ctx) => {
		const need = (key: 'areaId' | 'bodyId' | 'organisationId', message: string) => {
			if (!g[key]) ctx.addIssue({ code: 'custom', path: [key], message });
		};
		if (g.role === 'coordinator') {
			need('areaId', 'Vyberte území, které bude koordinátor spravovat.');
		}
		if (g.role === 'manager' || g.role === 'member') {
			need('bodyId', 'Zadejte identifikátor skupiny (řídící nebo pracovní).');
		}
		if (g.role === 'provider') need('organisationId', 'Zadejte identifikátor organizace.');
		// Only the scope that belongs to the role is kept.
		return {
			role: g.role,
			areaId: g.role === 'coordinator' ? g.areaId : null,
			bodyId: g.role === 'manager' || g.role === 'member' ? g.bodyId : null,
			organisationId: g.role === 'provider' ? g.organisationId : null
		};
	});

export type GrantInput = z.output<typeof grantSchema>;

const grantList = z.array(grantSchema).max(50);
const locale = z.enum(LOCALES);
const name = () => fields.text(200);

export const loginSchema = z.object({
	email: fields.email().pipe(z.string().max(320)),
	password: z.string({ error: MESSAGES.required }).min(1, MESSAGES.required).max(1000)
});

export const createUserSchema = z
	.object({
		email: fields.email().pipe(z.string().max(320)),
		name: name(),
		password: z.preprocess(emptyToUndefined, newPassword().optional()),
		locale: locale.default('cs'),
		grants: grantList.default([]),
		/** Send a link for setting the password (default: when no password is given). */
		sendInvitation: z.boolean().optional(),
		/** The admin form's choice: `set` demands a password now, `link` mails one. */
		passwordMode: z.enum(['set', 'link']).optional()
	})
	.superRefine((v, ctx) => {
		if (v.passwordMode === 'set' && !v.password) {
			ctx.addIssue({
				code: 'custom',
				path: ['password'],
				message: 'Zadejte počáteční heslo, nebo zvolte odeslání odkazu e-mailem.'
			});
		}
		if (v.password && passwordIsEmail(v.password, v.email)) {
			ctx.addIssue({ code: 'custom', path: ['password'], message: MESSAGES.passwordIsEmail });
		}
	});

export const updateUserSchema = z.object({
	name: name(),
	email: fields.email().pipe(z.string().max(320)),
	isActive: z.boolean(),
	locale,
	grants: grantList.optional(),
	version: fields.version()
});

export const updateProfileSchema = z.object({
	name: name(),
	locale,
	version: fields.version()
});

export const changePasswordSchema = z
	.object({
		currentPassword: z.string({ error: MESSAGES.required }).min(1, MESSAGES.required).max(1000),
		newPassword: newPassword(),
		newPasswordConfirm: z.string().optional()
	})
	.superRefine((v, ctx) => {
		if (v.newPasswordConfirm !== undefined && v.newPasswordConfirm !== v.newPassword) {
			ctx.addIssue({
				code: 'custom',
				path: ['newPasswordConfirm'],
				message: MESSAGES.passwordMismatch
			});
		}
	});

export const resetRequestSchema = z.object({ email: fields.email().pipe(z.string().max(320)) });

export const resetPasswordSchema = z
	.object({
		password: newPassword(),
		passwordConfirm: z.string({ error: MESSAGES.required })
	})
	.superRefine((v, ctx) => {
		if (v.passwordConfirm !== v.password) {
			ctx.addIssue({
				code: 'custom',
				path: ['passwordConfirm'],
				message: MESSAGES.passwordMismatch
			});
		}
	});

/** End of the given calendar day in Prague, so a token "valid until 1. 3." works all that day. */
export function endOfPragueDay(isoDate: string): Date {
	const noonUtc = new Date(`${isoDate}T12:00:00Z`);
	const offset = new Intl.DateTimeFormat('en-US', {
		timeZone: 'Europe/Prague',
		timeZoneName: 'longOffset'
	})
		.formatToParts(noonUtc)
		.find((p) => p.type === 'timeZoneName')?.value; // "GMT+01:00"
	const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(offset ?? '');
	const suffix = match ? `${match[1]}:${match[2] ?? '00'}` : '+01:00';
	return new Date(`${isoDate}T23:59:59.999${suffix}`);
}

/** `YYYY-MM-DD` naming a real day (no 31. 2.). */
function isCalendarDate(v: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	const d = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Optional expiry: a Date, or `YYYY-MM-DD` from a date input (valid until the end of that day). */
const expiry = z.preprocess(
	(v) => {
		if (v === '' || v === null || v === undefined) return undefined;
		if (typeof v === 'string' && isCalendarDate(v)) return endOfPragueDay(v);
		return v;
	},
	z.date({ error: 'Zadejte platné datum.' }).optional()
);

export const createApiTokenSchema = z
	.object({
		userId: z.uuid(),
		name: fields.text(100),
		expiresAt: expiry
	})
	.superRefine((v, ctx) => {
		if (v.expiresAt && v.expiresAt.getTime() <= Date.now()) {
			ctx.addIssue({
				code: 'custom',
				path: ['expiresAt'],
				message: 'Datum konce platnosti musí být v budoucnosti.'
			});
		}
	});

export const USER_SORTS = ['name', '-name', 'email', '-email', 'lastLogin', '-lastLogin'] as const;
export type UserSort = (typeof USER_SORTS)[number];

export const listUsersSchema = z.object({
	page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).catch(20).default(20),
	q: z
		.string()
		.trim()
		.max(200)
		.optional()
		.transform((v) => v || undefined),
	sort: z.enum(USER_SORTS).catch('name').default('name')
});
