/**
 * `Content-Disposition` with an ASCII fallback and the RFC 5987 `filename*` for Czech names
 * (`Zápis z jednání.pdf` arrives intact in every current browser).
 */
export function contentDisposition(
	filename: string,
	disposition: 'attachment' | 'inline' = 'attachment'
): string {
	const fallback =
		filename
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^\x20-\x7e]/g, '_')
			.replace(/["\\]/g, '_')
			.trim() || 'soubor';
	const encoded = encodeURIComponent(filename).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
