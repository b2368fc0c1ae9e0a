/**
 * Shared response of the public iCalendar feeds: 400 for a malformed id, service errors with
 * their status (404 unknown), `text/calendar` cached for a few minutes.
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { env } from '#lib/platform/config/env.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import { registerOperation } from '#lib/platform/http/api.registry.ts';

const Id = z.uuid();

/** Put a feed into the generated OpenAPI document (the feeds are plain routes, not JSON endpoints). */
export function documentFeed(path: string, summary: string, description: string): void {
	registerOperation({
		method: 'GET',
		path,
		summary,
		description,
		tags: ['Kalendáře'],
		auth: 'public',
		params: z.object({ id: Id.meta({ description: 'UUID skupiny nebo území.' }) }),
		binary: {
			contentType: 'text/calendar',
			description:
				'iCalendar (RFC 5545) s časovou zónou Europe/Prague; zrušená jednání mají STATUS:CANCELLED.'
		},
		status: 200,
		errors: [404]
	});
}

/** Absolute base URL for links in feeds: PUBLIC_URL when configured, else the request origin. */
export function publicBase(url: URL): string {
	return (env().PUBLIC_URL ?? url.origin).replace(/\/+$/, '');
}

/** Run `build` for a valid id and wrap the calendar text in a response. */
export async function feedResponse(
	id: string,
	filename: string,
	build: (id: string) => Promise<string>
): Promise<Response> {
	if (!Id.safeParse(id).success) error(400, 'Neplatný identifikátor kalendáře.');
	let body: string;
	try {
		body = await build(id);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': contentDisposition(filename, 'inline'),
			'cache-control': 'public, max-age=300',
			'x-content-type-options': 'nosniff'
		}
	});
}
