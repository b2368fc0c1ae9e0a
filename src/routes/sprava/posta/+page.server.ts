/** /sprava/posta: the outbox for administrators (also the only place to read mail without SMTP). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { env } from '#lib/platform/config/env.server.ts';
import { listOutbox } from '#lib/platform/mail/mail.service.server.ts';
import { presentOutboxRow, outboxStatusOptions } from '#lib/platform/mail/mail.presenter.ts';
import { OUTBOX_STATUSES, type OutboxStatus } from '#lib/platform/mail/mail.validation.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const rawStatus = url.searchParams.get('stav') ?? '';
	const status = (OUTBOX_STATUSES as readonly string[]).includes(rawStatus)
		? (rawStatus as OutboxStatus)
		: undefined;
	const page = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	const result = await listOutbox(locals.actor, { page, status });
	return {
		title: m.mail_outbox_title(),
		breadcrumbs: [
			{ label: m.audit_admin_breadcrumb_admin(), href: '/sprava' },
			{ label: m.mail_outbox_title() }
		],
		smtpHost: env().SMTP_HOST ?? null,
		status: status ?? '',
		messages: result.rows.map(presentOutboxRow),
		total: result.total,
		page: result.page,
		pageCount: pageCountOf(result.total, result.pageSize),
		statusOptions: outboxStatusOptions()
	};
};
