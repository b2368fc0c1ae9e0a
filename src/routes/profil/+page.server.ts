/** /profil: own name and language, password change, personal API tokens. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { formToObject } from '#lib/platform/http/validation.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { UnauthorizedError, ValidationError, type FieldErrors } from '#lib/platform/http/errors.ts';
import { listAreas } from '#lib/modules/organisation/index.ts';
import { grantLabel } from '#lib/platform/access/grant.presenter.ts';
import { getUser } from '#lib/platform/auth/user.service.server.ts';
import { changePassword, updateProfile } from '#lib/platform/auth/profile.service.server.ts';
import {
	createApiToken,
	listApiTokens,
	revokeApiToken
} from '#lib/platform/auth/api-token.service.server.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { formatDate, formatDateTime } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const me = locals.actor.userId;
	const [user, tokens, areas] = await Promise.all([
		getUser(locals.actor, me),
		listApiTokens(locals.actor, me),
		listAreas()
	]);
	const areaNames = new Map(areas.map((a) => [a.id, a.name]));
	const now = Date.now();
	return {
		title: m.auth_profile_title(),
		breadcrumbs: [{ label: m.auth_profile_title() }],
		user: { name: user.name, email: user.email, locale: user.locale, version: user.version },
		roles: user.grants.map((g) => grantLabel(g, areaNames)),
		tokens: tokens.map((t) => ({
			id: t.id,
			name: t.name,
			prefix: t.prefix,
			created: formatDate(t.createdAt),
			lastUsed: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : null,
			expires: t.expiresAt ? formatDate(t.expiresAt) : null,
			state: t.revokedAt
				? ('revoked' as const)
				: t.expiresAt && t.expiresAt.getTime() <= now
					? ('expired' as const)
					: ('active' as const)
		}))
	};
};

function renameField(fields: FieldErrors, from: string, to: string): FieldErrors {
	return Object.fromEntries(Object.entries(fields).map(([key, v]) => [key === from ? to : key, v]));
}

function actorOf(locals: App.Locals) {
	if (locals.actor.kind !== 'user') throw new UnauthorizedError();
	return locals.actor;
}

export const actions: Actions = {
	profile: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			const updated = await updateProfile(locals.actor, values);
			cookies.set('souhra_locale', updated.locale, {
				path: '/',
				httpOnly: false,
				sameSite: 'lax',
				maxAge: 60 * 60 * 24 * 365
			});
			setFlash(cookies, {
				type: 'success',
				message: m.auth_profile_saved({}, { locale: updated.locale === 'en' ? 'en' : 'cs' })
			});
		} catch (error) {
			return failFrom(error, { ...values, form: 'profile' });
		}
		redirect(303, '/profil');
	},
	password: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await changePassword(locals.actor, values, { keepSessionId: locals.sessionId });
		} catch (error) {
			return failFrom(error, { ...values, form: 'password' });
		}
		setFlash(cookies, { type: 'success', message: m.auth_password_changed() });
		redirect(303, '/profil');
	},
	createToken: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		try {
			const actor = actorOf(locals);
			const created = await createApiToken(actor, {
				name: values.tokenName,
				expiresAt: values.expiresAt,
				userId: actor.userId
			});
			return {
				form: 'token' as const,
				createdToken: created.token,
				createdName: String(values.tokenName ?? '')
			};
		} catch (error) {
			// The token's `name` field is called `tokenName` on this page (the profile has a `name` too).
			const shown =
				error instanceof ValidationError && error.fields.name
					? new ValidationError(renameField(error.fields, 'name', 'tokenName'), error.message)
					: error;
			return failFrom(shown, { ...values, form: 'token' });
		}
	},
	revokeToken: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			const revoked = await revokeApiToken(locals.actor, String(values.id ?? ''));
			setFlash(cookies, {
				type: 'success',
				message: m.auth_tokens_revoked({ name: revoked.name })
			});
		} catch (error) {
			return failFrom(error, { form: 'revoke' });
		}
		redirect(303, '/profil#api-tokeny');
	}
};
