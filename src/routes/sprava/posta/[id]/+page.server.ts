/** /sprava/posta/[id]: one outgoing message in full, and "Odeslat znovu" for failed ones. */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { env } from '#lib/platform/config/env.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { isAppError, ValidationError } from '#lib/platform/http/errors.ts';
import { getOutboxMessage, resendMail } from '#lib/platform/mail/mail.service.server.ts';
import { linkify, presentOutboxRow } from '#lib/platform/mail/mail.presenter.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const message = await getOutboxMessage(locals.actor, params.id);
	return {
		title: message.subject,
		breadcrumbs: [
			{ label: m.audit_admin_breadcrumb_admin(), href: '/sprava' },
			{ label: m.mail_outbox_title(), href: '/sprava/posta' },
			{ label: message.subject }
		],
		message: presentOutboxRow(message),
		from: env().SMTP_FROM,
		body: linkify(message.text),
		hasHtml: !!message.html,
		attachments: message.attachments.map((a, index) => ({
			index,
			filename: a.filename,
			contentType: a.contentType,
			size: Buffer.byteLength(a.contentBase64, 'base64')
		}))
	};
};

export const actions: Actions = {
	resend: async ({ locals, params, cookies }) => {
		try {
			await resendMail(locals.actor, params.id);
		} catch (error) {
			if (!isAppError(error)) throw error;
			const errors = error instanceof ValidationError ? error.fields : { _form: [error.message] };
			return fail(error.status, { message: error.message, errors });
		}
		setFlash(cookies, { type: 'success', message: m.mail_message_resent() });
		redirect(303, `/sprava/posta/${params.id}`);
	}
};
