/** /zapisy/<meetingId>: the latest published revision of a meeting's minutes (public). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { loadPublished } from '../published.presenter.server.ts';

export const load: PageServerLoad = async ({ params }) => {
	const view = await loadPublished(params.meetingId);
	return {
		...view,
		title: `${view.title}, ${view.date}`,
		breadcrumbs: [
			{ label: view.bodyName, href: view.bodyHref },
			{ label: m.minutes_public_breadcrumb({ date: view.date }) }
		]
	};
};
