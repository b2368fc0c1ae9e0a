import { describe, expect, it } from 'vitest';
import '../http/validation.ts';
import {
	changePasswordSchema,
	createApiTokenSchema,
	createUserSchema,
	endOfPragueDay,
	grantSchema,
	listUsersSchema,
	loginSchema,
	passwordIsEmail,
	resetPasswordSchema
} from './auth.validation.ts';
import { grantKey, grantText, parseGrantKey } from '../access/role.presenter.ts';

const AREA = '11111111-1111-4111-8111-111111111111';

describe('auth validation', () => {
	it('normalises e-mails and requires both login fields', () => {
		expect(loginSchema.parse({ email: ' Jana@Obec.CZ ', password: 'x' }).email).toBe(
			'jana@obec.cz'
		);
		const result = loginSchema.safeParse({ email: '', password: '' });
		expect(result.success).toBe(false);
	});

	it('password rules: length and not the e-mail', () => {
		expect(
			resetPasswordSchema.safeParse({ password: '123456789', passwordConfirm: '123456789' }).success
		).toBe(false);
		expect(
			resetPasswordSchema.safeParse({ password: '1234567890', passwordConfirm: '1234567890' })
				.success
		).toBe(true);
		expect(passwordIsEmail(' Jana@obec.cz', 'jana@OBEC.cz ')).toBe(true);
		const user = createUserSchema.safeParse({
			email: 'jana@obec.cz',
			name: 'Jana',
			password: 'JANA@obec.cz'
		});
		expect(user.success).toBe(false);
		const noPassword = createUserSchema.parse({
			email: 'jana@obec.cz',
			name: 'Jana',
			password: ''
		});
		expect(noPassword.password).toBeUndefined();
		expect(noPassword.grants).toEqual([]);
		const change = changePasswordSchema.safeParse({
			currentPassword: 'a',
			newPassword: 'abcdefghij',
			newPasswordConfirm: 'abcdefghik'
		});
		expect(change.success).toBe(false);
	});

	it('grants keep only the scope of their role and require it', () => {
		expect(grantSchema.parse({ role: 'coordinator', areaId: AREA, bodyId: AREA })).toEqual({
			role: 'coordinator',
			areaId: AREA,
			bodyId: null,
			organisationId: null
		});
		expect(grantSchema.parse({ role: 'admin', areaId: AREA })).toEqual({
			role: 'admin',
			areaId: null,
			bodyId: null,
			organisationId: null
		});
		for (const role of ['coordinator', 'manager', 'member', 'provider']) {
			expect(grantSchema.safeParse({ role }).success).toBe(false);
		}
		expect(grantSchema.safeParse({ role: 'manager', bodyId: 'neni-uuid' }).success).toBe(false);
		expect(grantSchema.safeParse({ role: 'king' }).success).toBe(false);
	});

	it('grant keys round-trip, and grant texts are Czech', () => {
		const grant = { role: 'member' as const, areaId: null, bodyId: AREA, organisationId: null };
		expect(parseGrantKey(grantKey(grant))).toEqual(grant);
		expect(parseGrantKey('king|||')).toBeNull();
		expect(parseGrantKey('admin|||||')).toBeNull();
		expect(grantText(grant)).toBe(`Člen skupiny – skupina ${AREA}`);
		expect(grantText({ role: 'admin' })).toBe('Správce instance');
	});

	it('token expiry: a calendar day in the future, valid until its end in Prague', () => {
		const winter = endOfPragueDay('2099-01-15');
		expect(winter.toISOString()).toBe('2099-01-15T22:59:59.999Z');
		expect(endOfPragueDay('2099-07-15').toISOString()).toBe('2099-07-15T21:59:59.999Z');
		const uid = AREA;
		expect(
			createApiTokenSchema.safeParse({ userId: uid, name: 'a', expiresAt: '2099-02-31' }).success
		).toBe(false);
		expect(
			createApiTokenSchema.parse({ userId: uid, name: 'a', expiresAt: '' }).expiresAt
		).toBeUndefined();
		expect(
			createApiTokenSchema.parse({ userId: uid, name: 'a', expiresAt: '2099-01-15' }).expiresAt
		).toEqual(winter);
	});

	it('list parameters fall back to defaults instead of failing', () => {
		expect(listUsersSchema.parse({})).toEqual({
			page: 1,
			pageSize: 20,
			q: undefined,
			sort: 'name'
		});
		expect(
			listUsersSchema.parse({ page: '3', pageSize: '500', sort: '-lastLogin', q: '  ' })
		).toEqual({
			page: 3,
			pageSize: 20,
			q: undefined,
			sort: '-lastLogin'
		});
	});
});
