/**
 * The search pages' one call: URL query → `searchServices` → the page's view model
 * (`views/search.view.ts`). Bad parameters become a 400 with the Czech reasons listed.
 */
import type { Actor } from '#lib/platform/access/actor.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';
import { searchServices } from './search.service.server.ts';
import { activeFilterCount, searchInputFromUrl, urlState } from './search.query.ts';
import { territoryNames } from './search.codes.server.ts';
import { SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS } from './service-kinds.ts';
import type { LifeSituation } from './situations.ts';
import type { SearchPageData } from './views/search.view.ts';

const FIELD_NAMES: Record<string, string> = {
	q: 'hledaný text',
	kinds: 'druh',
	category: 'kategorie',
	targetGroups: 'cílová skupina',
	ageGroup: 'věková skupina',
	forms: 'forma',
	kraje: 'kraj',
	orp: 'ORP',
	obec: 'obec',
	sort: 'řazení',
	page: 'strana',
	situation: 'životní situace'
};

/** Search for a page at `path`; `situation` pre-filters (life-situation pages). */
export async function searchPage(
	actor: Actor,
	url: URL,
	path: string,
	situation?: LifeSituation
): Promise<SearchPageData & { situation: LifeSituation | null }> {
	const raw = searchInputFromUrl(url.searchParams);
	let result;
	try {
		result = await searchServices(actor, { ...raw, situation: situation?.slug });
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		const reasons = Object.entries(error.fields).map(
			([field, messages]) => `${FIELD_NAMES[field.split('.')[0]] ?? field}: ${messages.join(' ')}`
		);
		throw new ValidationError(
			error.fields,
			`Neplatný odkaz na vyhledávání (${reasons.join('; ')}). Upravte filtry ve formuláři.`
		);
	}
	const territory = territoryNames();
	const state = urlState({
		...result.params,
		sort: raw.sort ? result.sort : '',
		page: result.page
	});
	return {
		path,
		state,
		filtered: !!state.q || activeFilterCount(state) > 0,
		sort: result.sort,
		total: result.total,
		page: result.page,
		pageCount: result.pageCount,
		items: result.items.map((item) => ({
			...item,
			lastVerified: item.lastVerifiedOn ? formatDate(`${item.lastVerifiedOn}T12:00:00Z`) : null
		})),
		facets: result.facets,
		categoryOptions: SERVICE_CATEGORIES.map((c) => ({
			value: c,
			label: SERVICE_CATEGORY_LABELS[c]
		})),
		orpGroups: territory.orpGroups.filter((g) => g.options.length),
		unknownMunicipality: result.unknownMunicipality,
		situation: result.situation
	};
}
