/** /katalog/import/[id]: one registry import with its progress, counts, problems and changes. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getImportRunDetail, presentImportRun } from '#lib/modules/catalogue/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	requireSignedIn(locals.actor, url);
	const { run, job, changes } = await getImportRunDetail(locals.actor, params.id);
	setHeaders({ 'cache-control': 'no-store' });
	const view = presentImportRun(run, job);
	return {
		title: m.catalogue_imp_run_title({ name: view.fileName }),
		breadcrumbs: [
			{ label: m.catalogue_imp_breadcrumb_catalogue(), href: '/katalog' },
			{ label: m.catalogue_imp_title(), href: '/katalog/import' },
			{ label: view.fileName }
		],
		run: view,
		changes: {
			added: { items: changes.added, total: run.added },
			changed: { items: changes.changed, total: run.changed },
			ended: { items: changes.ended, total: run.ended }
		}
	};
};
