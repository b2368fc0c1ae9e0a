/** The `mail.send@1` job: deliver one outbox message; retried with backoff by the job mechanism. */
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { defineJob } from '../jobs/jobs.server.ts';
import { deliverMail } from './mail.delivery.server.ts';

export const MAIL_SEND_JOB = 'mail.send@1';

export const mailSendJob = defineJob({
	name: MAIL_SEND_JOB,
	title: () => m.mail_job_title(),
	payload: z.object({ outboxId: z.uuid() }),
	maxAttempts: 5,
	/** 1 min, 5 min, 25 min, 2 h: covers a mail server restart or a short outage. */
	backoff: (attempt) => Math.min(60_000 * 5 ** (attempt - 1), 2 * 3_600_000),
	async handler({ outboxId }, ctx) {
		const outcome = await deliverMail(outboxId, { final: ctx.attempt >= ctx.maxAttempts });
		return { outcome };
	}
});
