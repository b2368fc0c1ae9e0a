/**
 * The catalogue's searchable text: lower case, without diacritics, single spaces. Stored in
 * `catalogue_services.search_text` by every writer (registry import, manual services, approved
 * edits) and compared with the query folded the same way, so "pecovatelska sluzba Liberec" finds
 * "Pečovatelská služba … Liberec". Client-safe.
 */
export function foldText(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

export interface SearchTextParts {
	name: string;
	providerName?: string | null;
	ico?: string | null;
	/** Kind label, e.g. "§ 40 Pečovatelská služba", or the free text of a non-registered service. */
	kindLabel?: string | null;
	registryId?: string | null;
	/** Municipality (and part) names, ORP and kraj names of the facilities and territory served. */
	placeNames?: readonly (string | null | undefined)[];
	/** Target group labels. */
	targetGroupLabels?: readonly string[];
}

export function serviceSearchText(parts: SearchTextParts): string {
	const pieces = [
		parts.name,
		parts.providerName,
		parts.ico,
		parts.kindLabel,
		parts.registryId,
		...(parts.placeNames ?? []),
		...(parts.targetGroupLabels ?? [])
	].filter((p): p is string => typeof p === 'string' && p.length > 0);
	return foldText([...new Set(pieces)].join(' '));
}
