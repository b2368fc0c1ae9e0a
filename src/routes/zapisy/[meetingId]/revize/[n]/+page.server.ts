/** /zapisy/<meetingId>/revize/<n>: one published revision of the minutes, as it was frozen. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { loadPublished } from '../../../published.presenter.server.ts';

export const load: PageServerLoad = async ({ params }) => {
	const view = await loadPublished(params.meetingId, params.n);
	return {
		...view,
		title: `${view.title}, ${view.date} – ${m.minutes_revision_label({ revision: view.revision })}`,
		breadcrumbs: [
			{ label: view.bodyName, href: view.bodyHref },
			{
				label: m.minutes_public_breadcrumb({ date: view.date }),
				href: `/zapisy/${view.meetingId}`
			},
			{ label: m.minutes_revision_label({ revision: view.revision }) }
		]
	};
};
