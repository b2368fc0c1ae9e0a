import { describe, expect, it } from 'vitest';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { organisationSeeders } from '#lib/modules/organisation/index.ts';
import { meetingsSeeders } from '#lib/modules/meetings/index.ts';
import { plansSeeders } from '#lib/modules/plans/index.ts';
import { suggestionSeeder } from './suggestion.seed.server.ts';
import { suggestionLinks, suggestions } from './suggestion.schema.ts';
import { getPublicSuggestion, suggestionStats } from './suggestion.service.server.ts';

useTestDatabase();

describe('suggestions demo seeder', () => {
	it('seeds Liberec and Valmez suggestions in every state, with an agenda item and a measure link', async () => {
		await runSeeders(db(), [
			...organisationSeeders,
			...meetingsSeeders,
			...plansSeeders,
			suggestionSeeder
		]);
		const rows = await db().select().from(suggestions);
		expect(rows.length).toBe(15);
		expect(new Set(rows.map((r) => r.status))).toEqual(
			new Set(['new', 'screening', 'assigned', 'in_progress', 'settled', 'published', 'rejected'])
		);
		const links = await db().select().from(suggestionLinks);
		expect(links.map((l) => l.kind).sort()).toEqual(['agenda_item', 'measure']);
		const taxi = rows.find((r) => r.text.includes('levnou přepravu'))!;
		const pub = await getPublicSuggestion(ANONYMOUS, taxi.id);
		expect(pub.links.agenda[0].bodyName).toContain('Řídící');
		expect(rows.some((r) => r.text.includes('odpojili vodu'))).toBe(true);
		const stats = await suggestionStats({});
		expect(stats.total).toBe(15);
		expect(stats.byStatus.published).toBe(6);
	});
});
