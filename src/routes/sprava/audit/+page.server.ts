/** /sprava/audit: the whole audit log for administrators, filtered by a GET form. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { ValidationError, type FieldErrors } from '#lib/platform/http/errors.ts';
import { auditFilterOptions, browseAudit } from '#lib/platform/audit/audit.service.server.ts';
import { presentAuditRows } from '#lib/platform/audit/audit-admin.presenter.ts';
import { pageCountOf } from '#lib/platform/ui/pagination.ts';

const KEYS = ['uzivatel', 'typ', 'zaznam', 'od', 'do', 'strana'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const values: Record<string, string> = {};
	for (const key of KEYS) {
		const value = url.searchParams.get(key);
		if (value !== null) values[key] = value;
	}
	const options = await auditFilterOptions(locals.actor);
	let errors: FieldErrors | null = null;
	let page = { rows: [] as ReturnType<typeof presentAuditRows>, total: 0, page: 1, pageCount: 1 };
	try {
		const result = await browseAudit(locals.actor, values);
		page = {
			rows: presentAuditRows(result.rows),
			total: result.total,
			page: result.query.strana,
			pageCount: pageCountOf(result.total, result.pageSize)
		};
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		errors = error.fields;
	}
	return {
		title: m.audit_admin_title(),
		breadcrumbs: [
			{ label: m.audit_admin_breadcrumb_admin(), href: '/sprava' },
			{ label: m.audit_admin_title() }
		],
		values,
		errors,
		actorOptions: options.actors.map((a) => ({
			value: a.actorId ?? `system:${a.label}`,
			label: a.label
		})),
		typeOptions: options.entityTypes,
		...page
	};
};
