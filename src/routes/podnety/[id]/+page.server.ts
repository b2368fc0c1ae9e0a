/** /podnety/<id>: a published suggestion with its answer and the chain meeting → resolutions → measures (public). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { formatDate } from '#lib/platform/i18n/format.ts';
import { getPublicSuggestion } from '#lib/modules/participation/index.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const s = await getPublicSuggestion(locals.actor, params.id);
	const number = m.part_sug_number({ number: s.number });
	return {
		title: number,
		breadcrumbs: [
			{ label: m.part_sug_hub_title(), href: '/zapojte-se' },
			{ label: m.part_sug_list_title(), href: '/podnety' },
			{ label: number }
		],
		s: {
			number: s.number,
			areaName: s.areaName,
			topic: s.topic,
			targetGroupName: s.targetGroupName,
			place: s.place,
			text: s.text,
			receivedOn: formatDate(`${s.receivedOn}T12:00:00Z`),
			channel: s.channel,
			outcome: s.outcome,
			answer: s.answer,
			settledAt: s.settledAt ? formatDate(s.settledAt) : null,
			handledBy: s.handledBy
		},
		agenda: s.links.agenda.map((a) => ({
			id: a.linkId,
			meetingDate: a.meetingStartsAt ? formatDate(a.meetingStartsAt) : null,
			bodyName: a.bodyName,
			position: a.agendaPosition,
			title: a.agendaTitle,
			resolutions: a.resolutions
		})),
		measures: s.links.measures
	};
};
