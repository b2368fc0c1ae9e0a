/**
 * Public catalogue search: diacritics-insensitive and typo-tolerant text search on the folded
 * `search_text` (every word must occur as a substring — prefixes work — or be similar enough by
 * trigram word similarity), filters by kind, category, target group, age group, form and
 * territory, life-situation presets, facets with counts (one grouped query per facet, each
 * ignoring its own filter) and Czech-collated sorting (`catalogue_sort_key`, migration
 * `catalogue-search`). Everything a page needs comes from a constant number of queries.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db, queryRows } from '#lib/platform/db/client.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import { foldText } from './search-text.ts';
import {
	SERVICE_FORMS,
	SERVICE_FORM_LABELS,
	SERVICE_KINDS,
	serviceKind,
	serviceKindLabel,
	type ServiceForm
} from './service-kinds.ts';
import { lifeSituation, type LifeSituation } from './situations.ts';
import {
	AGE_GROUP_LIST,
	loadCodeLabels,
	TARGET_GROUP_LIST,
	territoryNames,
	type CodeLabels
} from './search.codes.server.ts';
import { SearchInput, type SearchParams, type SearchSort } from './search.validation.ts';
import './catalogue.permissions.ts';

export interface SearchResultItem {
	id: string;
	name: string;
	kindCode: string | null;
	/** "§ 40 Pečovatelská služba", or the free text of a non-registered service. */
	kindLabel: string;
	registered: boolean;
	ended: boolean;
	registryId: string | null;
	provider: { id: string; name: string; ico: string | null };
	forms: { code: string; label: string }[];
	/** Municipalities of the facilities (at most 5). */
	places: string[];
	morePlaces: number;
	targetGroups: string[];
	/** First ~220 characters of the description. */
	summary: string | null;
	/** ISO date or null. */
	lastVerifiedOn: string | null;
}

export interface FacetValue {
	value: string;
	label: string;
	count: number;
	selected: boolean;
}

export interface SearchFacets {
	kinds: FacetValue[];
	forms: FacetValue[];
	targetGroups: FacetValue[];
	kraje: FacetValue[];
	ageGroups: FacetValue[];
}

export interface SearchResult {
	params: SearchParams;
	/** The effective sort (relevance only when there is a text query). */
	sort: SearchSort;
	items: SearchResultItem[];
	total: number;
	page: number;
	pageCount: number;
	facets: SearchFacets;
	situation: LifeSituation | null;
	/** The `obec` filter named no known municipality. */
	unknownMunicipality: boolean;
}

type FacetKey = 'kind' | 'form' | 'target' | 'kraj' | 'age';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const textArray = (values: readonly string[]) =>
	sql`ARRAY[${sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	)}]::text[]`;
const inList = (values: readonly string[]) =>
	sql`(${sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	)})`;

/** Words of the folded query: at most 8, each at most 40 characters. */
export function queryWords(q: string): string[] {
	return foldText(q)
		.split(' ')
		.map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
		.filter((w) => w.length > 0)
		.slice(0, 8)
		.map((w) => w.slice(0, 40));
}

/** A word matches as a substring (prefixes, IČO, identifikátor) or by trigram word similarity (typos). */
function wordMatch(word: string): SQL {
	const like = sql`s.search_text like ${`%${likeEscape(word)}%`}`;
	return word.length >= 4 ? sql`(${like} or ${word} <% s.search_text)` : like;
}

function situationCondition(situation: LifeSituation): SQL {
	const parts: SQL[] = [];
	if (situation.kinds.length) {
		const kind = sql`s.kind_code in ${inList(situation.kinds)}`;
		parts.push(
			situation.forms?.length
				? sql`(${kind} and exists (select 1 from catalogue_service_forms sf where sf.service_id = s.id and sf.form in ${inList(situation.forms)}))`
				: kind
		);
	}
	if (situation.targetGroups?.length) {
		parts.push(sql`s.target_group_codes && ${textArray(situation.targetGroups)}`);
	}
	for (const word of situation.kindTextWords ?? []) {
		parts.push(
			sql`(s.kind_code is null and public.catalogue_fold(coalesce(s.kind_text, '') || ' ' || s.name) like ${`%${likeEscape(word)}%`})`
		);
	}
	return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

interface Resolved {
	params: SearchParams;
	words: string[];
	situation: LifeSituation | null;
	municipalityCodes: string[] | null;
}

function conditions(r: Resolved, except?: FacetKey): SQL {
	const p = r.params;
	const parts: SQL[] = [];
	if (!p.includeEnded) parts.push(sql`s.status = 'active'`);
	for (const word of r.words) parts.push(wordMatch(word));
	if (r.situation) parts.push(situationCondition(r.situation));
	if (p.category) {
		const codes = SERVICE_KINDS.filter((k) => k.category === p.category).map((k) => k.code);
		parts.push(sql`s.kind_code in ${inList(codes)}`);
	}
	if (except !== 'kind' && p.kinds.length) parts.push(sql`s.kind_code in ${inList(p.kinds)}`);
	if (except !== 'target' && p.targetGroups.length) {
		parts.push(sql`s.target_group_codes && ${textArray(p.targetGroups)}`);
	}
	if (except !== 'age' && p.ageGroup) {
		parts.push(sql`s.age_group_codes @> ${textArray([p.ageGroup])}`);
	}
	if (except !== 'form' && p.forms.length) {
		parts.push(
			sql`exists (select 1 from catalogue_service_forms sf where sf.service_id = s.id and sf.form in ${inList(p.forms)})`
		);
	}
	if (except !== 'kraj' && p.kraje.length) parts.push(sql`s.kraj_codes && ${textArray(p.kraje)}`);
	if (p.orp) parts.push(sql`s.orp_codes @> ${textArray([p.orp])}`);
	if (r.municipalityCodes) {
		parts.push(
			r.municipalityCodes.length
				? sql`s.municipality_codes && ${textArray(r.municipalityCodes)}`
				: sql`false`
		);
	}
	return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** Municipality codes for the `obec` filter: a 6-digit code, or a name (diacritics ignored). */
async function municipalityCodesOf(obec: string): Promise<string[]> {
	if (/^\d{6}$/.test(obec)) return [obec];
	const rows = await queryRows<{ code: string }>(
		db(),
		sql`select distinct code from (
			select regexp_replace(c.code, '^.*/', '') as code from catalogue_code_list_items c
			where c.list = 'Obec' and public.catalogue_fold(c.label) = public.catalogue_fold(${obec})
			union
			select f.municipality_code from catalogue_facilities f
			where public.catalogue_fold(f.municipality_name) = public.catalogue_fold(${obec})
				and f.municipality_code is not null
		) x`
	);
	return rows.map((r) => r.code);
}

const nameKey = (column: SQL) => sql`public.catalogue_sort_key(${column}) collate "C"`;

function orderBy(sort: SearchSort): SQL {
	const ended = sql`(s.status = 'ended')`;
	if (sort === 'relevance') return sql`${ended}, rank desc, ${nameKey(sql`s.name`)}, s.id`;
	if (sort === 'provider') {
		return sql`${ended}, ${nameKey(sql`p.name`)}, ${nameKey(sql`s.name`)}, s.id`;
	}
	return sql`${ended}, ${nameKey(sql`s.name`)}, ${nameKey(sql`p.name`)}, s.id`;
}

interface Row {
	id: string;
	name: string;
	kind_code: string | null;
	kind_text: string | null;
	source: 'registry' | 'manual';
	status: 'active' | 'ended';
	registry_id: string | null;
	description: string | null;
	last_verified_on: string | null;
	target_group_codes: string[];
	provider_id: string;
	provider_name: string;
	provider_ico: string | null;
	forms: string[] | null;
	places: string[] | null;
	total: number | string;
}

function summaryOf(description: string | null): string | null {
	if (!description) return null;
	const plain = description.replace(/\s+/g, ' ').trim();
	if (plain.length <= 220) return plain;
	const cut = plain.slice(0, 220);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 160))}…`;
}

export const formLabel = (code: string) => SERVICE_FORM_LABELS[code as ServiceForm] ?? code;

function presentRow(row: Row, labels: CodeLabels): SearchResultItem {
	const places = [...(row.places ?? [])].sort(compareCs);
	return {
		id: row.id,
		name: row.name,
		kindCode: row.kind_code,
		kindLabel: row.kind_code
			? serviceKindLabel(row.kind_code)
			: (row.kind_text ?? 'Návazná služba'),
		registered: row.source === 'registry' && row.registry_id !== null,
		ended: row.status === 'ended',
		registryId: row.registry_id,
		provider: { id: row.provider_id, name: row.provider_name, ico: row.provider_ico },
		forms: sortForms(row.forms ?? []).map((code) => ({ code, label: formLabel(code) })),
		places: places.slice(0, 5),
		morePlaces: Math.max(0, places.length - 5),
		targetGroups: row.target_group_codes.map((c) => labels.label(TARGET_GROUP_LIST, c)),
		summary: summaryOf(row.description),
		lastVerifiedOn: row.last_verified_on
	};
}

export function sortForms(forms: readonly string[]): string[] {
	const order = (f: string) => {
		const i = (SERVICE_FORMS as readonly string[]).indexOf(f);
		return i < 0 ? 99 : i;
	};
	return [...forms].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** Search the public catalogue: one page of results with facets. */
export async function searchServices(actor: Actor, input: unknown): Promise<SearchResult> {
	authorize(actor, 'catalogue.public.read');
	const params = parseInput(SearchInput, input);
	const situation = params.situation ? (lifeSituation(params.situation) ?? null) : null;
	if (params.situation && !situation) {
		throw new ValidationError({ situation: ['Neznámá životní situace.'] });
	}
	const words = queryWords(params.q);
	const sort: SearchSort =
		params.sort === 'relevance' && !words.length
			? 'name'
			: (params.sort ?? (words.length ? 'relevance' : 'name'));
	const municipalityCodes = params.obec ? await municipalityCodesOf(params.obec) : null;
	const resolved: Resolved = { params, words, situation, municipalityCodes };
	const folded = words.join(' ');
	const rank = words.length
		? sql`(word_similarity(${folded}, s.search_text)
			+ case when public.catalogue_fold(s.name) like ${`${likeEscape(folded)}%`} then 0.5
				when public.catalogue_fold(s.name) like ${`%${likeEscape(folded)}%`} then 0.3 else 0 end
			+ 0.3 * similarity(${folded}, public.catalogue_fold(s.name)))`
		: sql`0`;

	const pageQuery = (page: number) =>
		queryRows<Row>(
			db(),
			sql`select s.id, s.name, s.kind_code, s.kind_text, s.source, s.status, s.registry_id,
				s.description, to_char(s.last_verified_on, 'YYYY-MM-DD') as last_verified_on,
				s.target_group_codes, p.id as provider_id, p.name as provider_name, p.ico as provider_ico,
				(select array_agg(sf.form) from catalogue_service_forms sf where sf.service_id = s.id) as forms,
				(select array_agg(distinct fa.municipality_name) from catalogue_facilities fa
					where fa.service_id = s.id and fa.municipality_name is not null) as places,
				${rank} as rank, count(*) over () as total
			from catalogue_services s
			join catalogue_providers p on p.id = s.provider_id
			where ${conditions(resolved)}
			order by ${orderBy(sort)}
			limit ${params.pageSize} offset ${(page - 1) * params.pageSize}`
		);
	const facetQuery = (key: FacetKey, select: SQL, from: SQL = sql``) =>
		queryRows<{ value: string | null; n: number | string }>(
			db(),
			sql`select ${select} as value, count(distinct s.id) as n
			from catalogue_services s ${from}
			where ${conditions(resolved, key)}
			group by 1`
		);

	const [firstRows, kinds, forms, targets, kraje, ages, labels] = await Promise.all([
		pageQuery(params.page),
		facetQuery('kind', sql`s.kind_code`),
		facetQuery('form', sql`sf.form`, sql`join catalogue_service_forms sf on sf.service_id = s.id`),
		facetQuery(
			'target',
			sql`tg.code`,
			sql`cross join lateral unnest(s.target_group_codes) as tg(code)`
		),
		facetQuery('kraj', sql`kr.code`, sql`cross join lateral unnest(s.kraj_codes) as kr(code)`),
		facetQuery('age', sql`ag.code`, sql`cross join lateral unnest(s.age_group_codes) as ag(code)`),
		loadCodeLabels([TARGET_GROUP_LIST, AGE_GROUP_LIST])
	]);

	let rows = firstRows;
	let page = params.page;
	let total = rows.length ? Number(rows[0].total) : 0;
	if (!rows.length && page > 1) {
		// Past the last page (an old link): show the last page instead of an empty list.
		const [{ n }] = await queryRows<{ n: number | string }>(
			db(),
			sql`select count(*) as n from catalogue_services s join catalogue_providers p on p.id = s.provider_id where ${conditions(resolved)}`
		);
		total = Number(n);
		if (total > 0) {
			page = Math.ceil(total / params.pageSize);
			rows = await pageQuery(page);
		} else page = 1;
	}

	const territory = territoryNames();
	const facet = (
		found: { value: string | null; n: number | string }[],
		selected: readonly string[],
		label: (value: string) => string
	): FacetValue[] => {
		const counts = new Map<string, number>();
		for (const r of found) if (r.value !== null) counts.set(r.value, Number(r.n));
		for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
		return [...counts].map(([value, count]) => ({
			value,
			label: label(value),
			count,
			selected: selected.includes(value)
		}));
	};
	const kindOrder = new Map(SERVICE_KINDS.map((k, i) => [k.code, i]));
	const byLabel = (a: FacetValue, b: FacetValue) => compareCs(a.label, b.label);

	return {
		params: { ...params, page },
		sort,
		items: rows.map((r) => presentRow(r, labels)),
		total,
		page,
		pageCount: Math.max(1, Math.ceil(total / params.pageSize)),
		situation,
		unknownMunicipality: municipalityCodes !== null && municipalityCodes.length === 0,
		facets: {
			kinds: facet(kinds, params.kinds, (c) => (serviceKind(c) ? serviceKindLabel(c) : c)).sort(
				(a, b) => (kindOrder.get(a.value) ?? 999) - (kindOrder.get(b.value) ?? 999)
			),
			forms: facet(forms, params.forms, formLabel).sort(
				(a, b) =>
					sortForms([a.value, b.value]).indexOf(a.value) -
					sortForms([a.value, b.value]).indexOf(b.value)
			),
			targetGroups: facet(targets, params.targetGroups, (c) =>
				labels.label(TARGET_GROUP_LIST, c)
			).sort(
				(a, b) =>
					labels.sort(TARGET_GROUP_LIST, a.value) - labels.sort(TARGET_GROUP_LIST, b.value) ||
					byLabel(a, b)
			),
			kraje: facet(kraje, params.kraje, territory.kraj).sort(byLabel),
			ageGroups: facet(ages, params.ageGroup ? [params.ageGroup] : [], (c) =>
				labels.label(AGE_GROUP_LIST, c)
			).sort(
				(a, b) =>
					labels.sort(AGE_GROUP_LIST, a.value) - labels.sort(AGE_GROUP_LIST, b.value) ||
					byLabel(a, b)
			)
		}
	};
}
