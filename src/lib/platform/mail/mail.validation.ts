/** Query of the admin outbox list. */
import { z } from 'zod';

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'stored'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const outboxQuerySchema = z.object({
	page: z.coerce.number().int().min(1).max(100_000).default(1),
	pageSize: z.coerce.number().int().min(1).max(200).default(25),
	status: z
		.union([z.enum(OUTBOX_STATUSES), z.literal('')])
		.optional()
		.transform((v) => v || undefined)
});
export type OutboxQuery = z.input<typeof outboxQuerySchema>;
