import { describe, expect, it } from 'vitest';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { systemActor } from '../access/actor.ts';
import { ConflictError } from '../http/errors.ts';
import { users } from '../auth/auth.schema.ts';
import {
	auditedDelete,
	auditedInsert,
	auditedUpdate,
	listAudit,
	listHistory
} from './audit.server.ts';

useTestDatabase();
const actor = systemActor('test');

describe('audit mechanism', () => {
	it('records create, changed fields of an update, and delete', async () => {
		const user = await db().transaction((tx) =>
			auditedInsert(
				tx,
				actor,
				users,
				'auth.user',
				{ email: 'a@b.cz', name: 'Alena', passwordHash: 'secret' },
				{ redact: ['passwordHash'] }
			)
		);
		await db().transaction((tx) =>
			auditedUpdate(
				tx,
				actor,
				users,
				'auth.user',
				user.id,
				{ name: 'Alena Nová', passwordHash: 'other' },
				{ redact: ['passwordHash'], expectedVersion: 1 }
			)
		);
		await db().transaction((tx) => auditedDelete(tx, actor, users, 'auth.user', user.id));
		const history = await listHistory('auth.user', user.id);
		expect(history.map((h) => h.action)).toEqual(['delete', 'update', 'create']);
		expect(history[1].before).toEqual({ name: 'Alena', passwordHash: '***' });
		expect(history[1].after).toEqual({ name: 'Alena Nová', passwordHash: '***' });
		expect(history[2].after?.passwordHash).toBe('***');
		expect(history[0].actorLabel).toBe('systém: test');
		const { total } = await listAudit({ entityType: 'auth.user', entityId: user.id });
		expect(total).toBe(3);
	});

	it('gives the second of two writers a conflict instead of a silent overwrite', async () => {
		const user = await db().transaction((tx) =>
			auditedInsert(tx, actor, users, 'auth.user', { email: 'c@d.cz', name: 'Původní' })
		);
		// Both editors loaded version 1.
		await db().transaction((tx) =>
			auditedUpdate(
				tx,
				actor,
				users,
				'auth.user',
				user.id,
				{ name: 'První' },
				{ expectedVersion: 1 }
			)
		);
		const second = db().transaction((tx) =>
			auditedUpdate(
				tx,
				actor,
				users,
				'auth.user',
				user.id,
				{ name: 'Druhý' },
				{ expectedVersion: 1 }
			)
		);
		await expect(second).rejects.toBeInstanceOf(ConflictError);
		await second.catch((error: ConflictError) => expect(error.current?.name).toBe('První'));
		const history = await listHistory('auth.user', user.id);
		expect(history).toHaveLength(2);
	});
});
