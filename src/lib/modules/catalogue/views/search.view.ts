/**
 * What the search pages (/katalog and /katalog/situace/<slug>) receive from `load`: the search
 * result, the URL state and the options of the selects. Client-safe types and helpers.
 */
import type { SearchUrlState } from '../search.query.ts';

export interface FacetOption {
	value: string;
	label: string;
	count: number;
	selected: boolean;
}

export interface SearchPageData {
	/** Path of the page (links keep the user on it). */
	path: string;
	state: SearchUrlState;
	sort: 'relevance' | 'name' | 'provider';
	total: number;
	page: number;
	pageCount: number;
	items: {
		id: string;
		name: string;
		kindLabel: string;
		registered: boolean;
		ended: boolean;
		registryId: string | null;
		provider: { id: string; name: string; ico: string | null };
		forms: { code: string; label: string }[];
		places: string[];
		morePlaces: number;
		targetGroups: string[];
		summary: string | null;
		lastVerified: string | null;
	}[];
	facets: {
		kinds: FacetOption[];
		forms: FacetOption[];
		targetGroups: FacetOption[];
		kraje: FacetOption[];
		ageGroups: FacetOption[];
	};
	categoryOptions: { value: string; label: string }[];
	orpGroups: { label: string; options: { value: string; label: string }[] }[];
	unknownMunicipality: boolean;
	/** A text query or any filter is applied. */
	filtered: boolean;
}
