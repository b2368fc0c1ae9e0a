/** Stored files (attachments, decisions, imports). Bytes live in the storage adapter. */
import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, tstz } from '../db/columns.ts';

export const files = pgTable(
	'files_files',
	{
		id: id(),
		/** Key in the storage adapter (local path or S3 object key). */
		storageKey: text().notNull(),
		filename: text().notNull(),
		contentType: text().notNull(),
		size: bigint({ mode: 'number' }).notNull(),
		sha256: text().notNull(),
		/** The record the file belongs to; its module decides who may download it. */
		ownerType: text().notNull(),
		ownerId: text().notNull(),
		areaId: uuid(),
		createdById: uuid(),
		createdAt: tstz().notNull().defaultNow()
	},
	(t) => [index('files_files_owner_idx').on(t.ownerType, t.ownerId)]
);
