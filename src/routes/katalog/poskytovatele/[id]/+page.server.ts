/** /katalog/poskytovatele/<id>: a provider (IČO, seat, contacts) with its services (no login). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { clampPage, paginate } from '#lib/platform/ui/pagination.ts';
import { formLabelOf, getProviderDetail, serviceKindLabel } from '#lib/modules/catalogue/index.ts';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { provider, services } = await getProviderDetail(locals.actor, params.id);
	const page = paginate(
		services,
		clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER),
		PAGE_SIZE
	);
	return {
		title: provider.name,
		breadcrumbs: [{ label: m.catalogue_title(), href: '/katalog' }, { label: provider.name }],
		provider,
		address:
			[provider.street, [provider.postcode, provider.city].filter(Boolean).join(' ')]
				.filter(Boolean)
				.join(', ') || null,
		active: services.filter((s) => s.status === 'active').length,
		page: page.page,
		pageCount: page.pageCount,
		total: page.total,
		services: page.items.map((s) => ({
			id: s.id,
			name: s.name,
			kindLabel: s.kindCode ? serviceKindLabel(s.kindCode) : (s.kindText ?? ''),
			registered: s.source === 'registry' && !!s.registryId,
			registryId: s.registryId,
			ended: s.status === 'ended',
			forms: s.forms.map(formLabelOf).join(', ')
		}))
	};
};
