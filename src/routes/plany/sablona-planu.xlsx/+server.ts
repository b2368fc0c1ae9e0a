/** GET /plany/sablona-planu.xlsx — the generic plan template (public; a 3-year example period). */
import type { RequestHandler } from './$types';
import { genericImportTemplate } from '#lib/modules/plans/index.ts';
import { fileResponse, XLSX } from '../[id]/import/file.server.ts';

export const GET: RequestHandler = () =>
	fileResponse(
		async () => ({
			data: await genericImportTemplate(),
			filename: 'šablona-plánu.xlsx',
			contentType: XLSX
		}),
		'public'
	);
