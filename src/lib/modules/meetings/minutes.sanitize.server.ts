/**
 * Safe rich text of the minutes: headings, paragraphs, emphasis, lists, quotes and links
 * (http, https, mailto only). Everything else is dropped, so stored HTML can be rendered as is.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: ['p', 'br', 'strong', 'em', 'u', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'blockquote'],
	allowedAttributes: { a: ['href'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		b: 'strong',
		i: 'em',
		h1: 'h3',
		h2: 'h3',
		h5: 'h4',
		h6: 'h4',
		a: (tagName, attribs) => ({
			tagName,
			attribs: attribs.href ? { href: attribs.href } : ({} as Record<string, string>)
		})
	},
	exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()
};

/** Sanitised HTML; empty or whitespace-only input gives ''. */
export function sanitizeMinutesHtml(html: string): string {
	const clean = sanitizeHtml(html ?? '', OPTIONS).trim();
	return clean.replace(/<p>\s*<\/p>/g, '').trim();
}

/** Plain text of sanitised HTML (search snippets, e-mail bodies). */
export function minutesText(html: string | null | undefined): string {
	if (!html) return '';
	return sanitizeHtml(html.replace(/<\/(p|li|h3|h4|blockquote)>|<br\s*\/?>/gi, '$&\n'), {
		allowedTags: [],
		allowedAttributes: {}
	})
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/[ \t]+/g, ' ')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}
