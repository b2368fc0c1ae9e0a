import { describe, expect, it } from 'vitest';
import type { Actor } from '#lib/platform/access/actor.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { currentNavHref, isVisibleTo, navigation, visibleNavigation } from './navigation.ts';

const user = (...roles: ('admin' | 'coordinator' | 'member')[]): Actor => ({
	kind: 'user',
	userId: 'u1',
	name: 'Jana',
	email: 'jana@example.cz',
	grants: roles.map((role) => ({ role, areaId: role === 'coordinator' ? 'a1' : null }))
});

describe('navigation', () => {
	it('shows administration only to admins', () => {
		expect(visibleNavigation(ANONYMOUS).map((e) => e.href)).toEqual([
			'/',
			'/uzemi',
			'/katalog',
			'/plany-rozvoje',
			'/zapojte-se',
			'/sit'
		]);
		expect(visibleNavigation(user('coordinator')).map((e) => e.href)).not.toContain('/sprava');
		expect(visibleNavigation(user('admin')).map((e) => e.href)).toContain('/sprava');
	});

	it('gives every entry a Czech label by default', () => {
		expect(visibleNavigation(user('admin'))).toEqual(
			expect.arrayContaining([
				{ label: 'Přehled', href: '/' },
				{ label: 'Jednání', href: '/jednani' },
				{ label: 'Moje úkoly', href: '/ukoly' },
				{ label: 'Hledání', href: '/hledani' },
				{ label: 'Správa', href: '/sprava' }
			])
		);
		expect(navigation.every((e) => e.label().length > 0)).toBe(true);
	});

	it('supports role and signed-in audiences', () => {
		expect(isVisibleTo(ANONYMOUS, 'signedIn')).toBe(false);
		expect(isVisibleTo(user('member'), 'signedIn')).toBe(true);
		expect(isVisibleTo(user('member'), { roles: ['coordinator'] })).toBe(false);
		expect(isVisibleTo(user('coordinator'), { roles: ['coordinator'] })).toBe(true);
		expect(isVisibleTo(user('admin'), { roles: ['coordinator'] })).toBe(true);
	});

	it('marks the longest matching entry as current', () => {
		const hrefs = ['/', '/sprava', '/sprava/uzivatele'];
		expect(currentNavHref('/', hrefs)).toBe('/');
		expect(currentNavHref('/sprava', hrefs)).toBe('/sprava');
		expect(currentNavHref('/sprava/audit', hrefs)).toBe('/sprava');
		expect(currentNavHref('/sprava/uzivatele/1', hrefs)).toBe('/sprava/uzivatele');
		expect(currentNavHref('/spravce', hrefs)).toBeNull();
	});
});
