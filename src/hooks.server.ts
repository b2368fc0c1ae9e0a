import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { getTextDirection } from '#lib/paraglide/runtime.js';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { startApp } from '#lib/app/start.server.ts';
import { handleAuth } from '#lib/platform/auth/hooks.server.ts';
import { errorPageBody } from '#lib/platform/ui/error-page.server.ts';

export const init: ServerInit = async () => {
	await startApp();
};

const handleParaglide: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		return resolve(
			{ ...event, request },
			{
				transformPageChunk: ({ html }) =>
					html
						.replace('%paraglide.lang%', locale)
						.replace('%paraglide.dir%', getTextDirection(locale))
			}
		);
	});

export const handle: Handle = sequence(handleParaglide, handleAuth);

/** Czech error pages: service errors keep their status; unexpected ones get a logged error id. */
export const handleError: HandleServerError = (input) => errorPageBody(input);
