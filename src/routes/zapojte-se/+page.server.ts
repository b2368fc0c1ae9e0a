/** /zapojte-se: the public participation hub — how to take part, links to suggestions, consultations and surveys. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { pragueYear } from '#lib/platform/i18n/format.ts';
import { suggestionStats } from '#lib/modules/participation/index.ts';

export const load: PageServerLoad = async () => {
	const year = pragueYear();
	const stats = await suggestionStats({ from: `${year}-01-01`, to: `${year}-12-31` });
	return {
		title: m.part_sug_hub_title(),
		year,
		received: stats.total,
		published: stats.byStatus.published ?? 0
	};
};
