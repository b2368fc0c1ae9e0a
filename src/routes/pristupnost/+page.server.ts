/** Accessibility statement (zákon č. 99/2019 Sb.): public, no login. */
import type { PageServerLoad } from './$types';
import { env } from '#lib/platform/config/env.server.ts';
import { m } from '#lib/paraglide/messages.js';
import { statement } from './statement.ts';

/** The bare address out of `Name <address>` (SMTP_FROM) or the address itself. */
function addressOf(value: string): string {
	const match = /<([^>]+)>/.exec(value);
	return (match ? match[1] : value).trim();
}

export const load: PageServerLoad = ({ url }) => {
	const config = env();
	return {
		title: m.ui_a11y_title(),
		breadcrumbs: [{ label: m.ui_nav_home(), href: '/' }, { label: m.ui_a11y_title() }],
		site: config.PUBLIC_URL ?? url.origin,
		contactEmail: config.SOUHRA_CONTACT_EMAIL ?? addressOf(config.SMTP_FROM),
		statement
	};
};
