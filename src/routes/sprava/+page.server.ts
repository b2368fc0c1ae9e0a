/** Administration index: anonymous visitors are sent to log in, non-admins get 403. */
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authorize, can } from '#lib/platform/access/can.ts';
import '#lib/platform/access/platform.permissions.ts';
import { m } from '#lib/paraglide/messages.js';

const SECTIONS = [
	{ key: 'users', href: '/sprava/uzivatele', permission: 'admin.users.manage' },
	{ key: 'audit', href: '/sprava/audit', permission: 'admin.audit.read' },
	{ key: 'outbox', href: '/sprava/posta', permission: 'admin.outbox.read' },
	{ key: 'jobs', href: '/sprava/ulohy', permission: 'admin.jobs.read' }
] as const;

const texts = {
	users: () => ({ title: m.ui_admin_users_title(), text: m.ui_admin_users_text() }),
	audit: () => ({ title: m.ui_admin_audit_title(), text: m.ui_admin_audit_text() }),
	outbox: () => ({ title: m.ui_admin_outbox_title(), text: m.ui_admin_outbox_text() }),
	jobs: () => ({ title: m.ui_admin_jobs_title(), text: m.ui_admin_jobs_text() })
};

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.actor.kind === 'anonymous') {
		redirect(303, `/prihlaseni?next=${encodeURIComponent(url.pathname)}`);
	}
	authorize(locals.actor, 'admin.audit.read');
	return {
		title: m.ui_admin_title(),
		breadcrumbs: [{ label: m.ui_nav_home(), href: '/' }, { label: m.ui_admin_title() }],
		sections: SECTIONS.filter((s) => can(locals.actor, s.permission)).map((s) => ({
			href: s.href,
			...texts[s.key]()
		}))
	};
};
