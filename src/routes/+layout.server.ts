/** Shell data for every page: who is signed in, navigation, planning area, flash, demo marker. */
import type { LayoutServerLoad } from './$types';
import packageJson from '../../package.json' with { type: 'json' };
import { getArea } from '#lib/modules/organisation/index.ts';
import { visibleNavigation } from '#lib/app/navigation.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { takeFlash } from '#lib/platform/http/flash.server.ts';
import { demoInfo } from '#lib/platform/seed/seed.server.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';

export const load: LayoutServerLoad = async ({ locals, cookies, url }) => {
	// Reading the path re-runs this load on every navigation, so a pending flash is never missed.
	void url.pathname;
	const actor = locals.actor;
	const coordinatorAreaId =
		actor.kind === 'user'
			? (actor.grants.find((g) => g.role === 'coordinator' && g.areaId)?.areaId ?? null)
			: null;
	const [area, demo] = await Promise.all([
		coordinatorAreaId ? getArea(coordinatorAreaId) : undefined,
		demoInfo(db())
	]);
	return {
		user: locals.user ? { name: locals.user.name || locals.user.email } : null,
		navigation: visibleNavigation(actor),
		area: area ? { id: area.id, name: area.name } : null,
		flash: takeFlash(cookies),
		demo: demo !== null,
		locale: currentLocale(),
		version: packageJson.version
	};
};
