import { describe, expect, it } from 'vitest';
import {
	actionLabel,
	formatAuditValue,
	presentHistory,
	type AuditEntry
} from './audit.presenter.ts';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
	id: 1,
	occurredAt: new Date('2026-01-01T13:00:00Z'),
	actorId: null,
	actorLabel: 'Jana Nováková',
	entityType: 'auth.user',
	entityId: 'u1',
	action: 'update',
	before: null,
	after: null,
	areaId: null,
	...over
});

describe('presentHistory', () => {
	it('formats time, actor, Czech verb and the changed fields with labels', () => {
		const [view] = presentHistory(
			[
				entry({
					before: { name: 'Alena', isActive: true, passwordHash: '***', note: null },
					after: { name: 'Alena Nová', isActive: false, passwordHash: '***', note: 'x' }
				})
			],
			{ name: 'Jméno', isActive: 'Aktivní', passwordHash: 'Heslo' }
		);
		expect(view.at).toBe('1. 1. 2026 14:00');
		expect(view.atIso).toBe('2026-01-01T13:00:00.000Z');
		expect(view.who).toBe('Jana Nováková');
		expect(view.actionLabel).toBe('změněno');
		expect(view.changes).toEqual([
			{ field: 'name', label: 'Jméno', before: 'Alena', after: 'Alena Nová' },
			{ field: 'isActive', label: 'Aktivní', before: 'ano', after: 'ne' },
			{ field: 'passwordHash', label: 'Heslo', before: '(skryto)', after: '(skryto)' },
			{ field: 'note', label: 'note', before: '—', after: 'x' }
		]);
	});

	it('orders newest first and hides bookkeeping fields of a create', () => {
		const views = presentHistory(
			[
				entry({ id: 1, action: 'create', after: { id: 'u1', name: 'A', createdAt: 'x' } }),
				entry({ id: 2, occurredAt: new Date('2026-03-05T08:05:00Z'), action: 'delete' })
			],
			{}
		);
		expect(views.map((v) => v.id)).toEqual([2, 1]);
		expect(views[0].actionLabel).toBe('smazáno');
		expect(views[0].at).toBe('5. 3. 2026 09:05');
		expect(views[1].actionLabel).toBe('vytvořeno');
		expect(views[1].changes).toEqual([{ field: 'name', label: 'name', before: '—', after: 'A' }]);
	});

	it('speaks English when asked', () => {
		const [view] = presentHistory(
			[entry({ action: 'create', after: { ok: true } })],
			{ ok: 'OK' },
			'en'
		);
		expect(view.actionLabel).toBe('created');
		expect(view.changes[0].after).toBe('yes');
	});
});

describe('formatAuditValue', () => {
	it('formats dates, datetimes in Prague time, numbers, arrays and objects', () => {
		expect(formatAuditValue('2026-01-01')).toBe('1. 1. 2026');
		expect(formatAuditValue('2026-07-01T12:30:00.000Z')).toBe('1. 7. 2026 14:30');
		expect(formatAuditValue(1234.5)).toBe('1\u00a0234,5');
		expect(formatAuditValue(2022)).toBe('2022');
		expect(formatAuditValue(123456)).toBe('123\u00a0456');
		expect(formatAuditValue(['a', true])).toBe('a, ano');
		expect(formatAuditValue([])).toBe('—');
		expect(formatAuditValue({ role: 'admin' })).toBe('{"role":"admin"}');
		expect(formatAuditValue('')).toBe('—');
		expect(formatAuditValue('2026-13-45T99:99')).toBe('2026-13-45T99:99');
	});

	it('passes unknown verbs through', () => {
		expect(actionLabel('approve')).toBe('schváleno');
		expect(actionLabel('merge')).toBe('merge');
	});
});
