/** Every unknown path under /api answers a 404 problem+json instead of the HTML error page. */
import { unknownApiPath } from '#lib/platform/http/problem.server.ts';

export const fallback = unknownApiPath;
