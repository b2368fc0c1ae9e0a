/**
 * Route tests of the meeting pages (helper I1): /jednani, /jednani/novy, /jednani/<id> with its
 * programme, attendance and edit pages, /harmonogram, /omluva/<token>, /ukoly, /hledani —
 * 401 for the anonymous public, 403 for the wrong role, 400 with kept input, 303 on success.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import {
	addAgendaItem,
	addTask,
	createExcuseToken,
	createMeeting,
	getMeetingDetail
} from '#lib/modules/meetings/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the meetings module, kept out of its public door
import {
	createFixture,
	slotFromNow,
	type Fixture
} from '#lib/modules/meetings/meetings.testing.server.ts';
import * as list from './+page.server.ts';
import * as create from './novy/+page.server.ts';
import * as detail from './[id]/+page.server.ts';
import * as programme from './[id]/program/+page.server.ts';
import * as attendance from './[id]/dochazka/+page.server.ts';
import * as edit from './[id]/upravit/+page.server.ts';
import * as schedule from '../harmonogram/+page.server.ts';
import * as excuse from '../omluva/[token]/+page.server.ts';
import * as tasks from '../ukoly/+page.server.ts';
import * as search from '../hledani/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
const GARBAGE = 'not-a-uuid';

let f: Fixture;
let futureId: string;
let pastId: string;

beforeAll(async () => {
	f = await createFixture('PS');
	futureId = (await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(20) })).id;
	pastId = (await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(-5) })).id;
});

describe('/jednani', () => {
	it('sends the anonymous public to the login page and lists what a coordinator may see', async () => {
		const anon = await call(list.load, fakeEvent({ url: 'http://localhost/jednani' }).event);
		expect(anon.thrown).toMatchObject({ status: 303, location: '/prihlaseni?next=%2Fjednani' });
		const page = (
			await call(
				list.load,
				fakeEvent({ actor: f.coordinator, url: 'http://localhost/jednani' }).event
			)
		).value as { rows: { id: string; status: { label: string } }[]; canCreate: boolean };
		expect(page.rows.map((r) => r.id)).toEqual(expect.arrayContaining([futureId, pastId]));
		expect(page.canCreate).toBe(true);
		const stranger = (
			await call(list.load, fakeEvent({ actor: f.stranger, url: 'http://localhost/jednani' }).event)
		).value as { rows: unknown[]; canCreate: boolean };
		expect(stranger.rows).toHaveLength(0);
		expect(stranger.canCreate).toBe(false);
	});

	it('shows a bad filter as a Czech field error instead of failing', async () => {
		const page = (
			await call(
				list.load,
				fakeEvent({ actor: f.coordinator, url: 'http://localhost/jednani?od=2026-02-31' }).event
			)
		).value as { errors: Record<string, string[]>; rows: unknown[] };
		expect(page.errors.from).toEqual(['Zadejte platné datum.']);
		expect(page.rows).toEqual([]);
	});
});

describe('/jednani/novy', () => {
	const form = () => ({
		bodyId: f.bodyId,
		...slotFromNow(30),
		endTime: '',
		onlineUrl: '',
		note: ''
	});

	it('401 anonymous, 403 without rights, 400 with kept input, 303 on success', async () => {
		expect(
			(await call(create.actions.default, fakeEvent({ form: form() }).event)).value
		).toMatchObject({ status: 401 });
		expect(
			(await call(create.actions.default, fakeEvent({ actor: f.member, form: form() }).event)).value
		).toMatchObject({
			status: 403
		});
		const bad = await call(
			create.actions.default,
			fakeEvent({ actor: f.coordinator, form: { ...form(), endTime: '13:00' } }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				values: { endTime: '13:00', place: 'Radnice, Liberec' },
				errors: { endTime: [expect.stringMatching(/později/)] }
			}
		});
		const ok = await call(
			create.actions.default,
			fakeEvent({ actor: f.coordinator, form: form() }).event
		);
		expect(ok.thrown).toMatchObject({
			status: 303,
			location: expect.stringMatching(/^\/jednani\/[0-9a-f-]{36}$/)
		});
		const forMember = await call(
			create.load,
			fakeEvent({ actor: f.member, url: 'http://localhost/jednani/novy' }).event
		);
		expect(forMember.thrown).toBeInstanceOf(ForbiddenError);
	});
});

describe('/jednani/<id>', () => {
	it('403 for a stranger, 404 for a malformed id, view model for a member', async () => {
		const url = `http://localhost/jednani/${futureId}`;
		expect(
			(
				await call(
					detail.load,
					fakeEvent({ actor: f.stranger, url, params: { id: futureId } }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(detail.load, fakeEvent({ actor: f.member, url, params: { id: GARBAGE } }).event))
				.thrown
		).toMatchObject({ status: 404 });
		const page = (
			await call(detail.load, fakeEvent({ actor: f.member, url, params: { id: futureId } }).event)
		).value as {
			programme: { items: { title: string; isTaskReview: boolean }[] };
			actions: { propose: boolean; invite: boolean };
		};
		expect(page.programme.items[0]).toMatchObject({ title: 'Kontrola úkolů', isTaskReview: true });
		expect(page.actions).toMatchObject({ propose: true, invite: false });
	});

	it('sends invitations and reports who has no e-mail', async () => {
		const anon = await call(
			detail.actions.invite,
			fakeEvent({ form: {}, params: { id: futureId } }).event
		);
		expect(anon.value).toMatchObject({ status: 401 });
		const member = await call(
			detail.actions.invite,
			fakeEvent({ actor: f.member, form: {}, params: { id: futureId } }).event
		);
		expect(member.value).toMatchObject({ status: 403 });
		const { event, jar } = fakeEvent({ actor: f.manager, form: {}, params: { id: futureId } });
		const ok = await call(detail.actions.invite, event);
		expect(ok.thrown).toMatchObject({ status: 303, location: `/jednani/${futureId}` });
		const flash = decodeURIComponent(jar.get('souhra_flash') ?? '');
		expect(flash).toContain('e-mailů: 4');
		expect(flash).toContain('Petr Hampacher');
	});

	it('cancel needs a reason (400, kept), then cancels and restores', async () => {
		const m = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(40) });
		const bad = await call(
			detail.actions.cancel,
			fakeEvent({
				actor: f.manager,
				form: { reason: ' ', version: String(m.version) },
				params: { id: m.id }
			}).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { errors: { reason: ['Uveďte důvod zrušení jednání.'] }, values: { action: 'cancel' } }
		});
		const ok = await call(
			detail.actions.cancel,
			fakeEvent({
				actor: f.manager,
				form: { reason: 'Nemoc vedoucí', version: String(m.version) },
				params: { id: m.id }
			}).event
		);
		expect(ok.thrown).toMatchObject({ status: 303 });
		const cancelled = await getMeetingDetail(f.manager, m.id);
		expect(cancelled.meeting).toMatchObject({ status: 'cancelled', cancelReason: 'Nemoc vedoucí' });
		const stale = await call(
			detail.actions.restore,
			fakeEvent({ actor: f.manager, form: { version: String(m.version) }, params: { id: m.id } })
				.event
		);
		expect(stale.value).toMatchObject({ status: 409 });
		const restored = await call(
			detail.actions.restore,
			fakeEvent({
				actor: f.manager,
				form: { version: String(cancelled.meeting.version) },
				params: { id: m.id }
			}).event
		);
		expect(restored.thrown).toMatchObject({ status: 303 });
	});

	it('members propose items, a tampered decision is a 400', async () => {
		const bad = await call(
			detail.actions.propose,
			fakeEvent({
				actor: f.member,
				form: { title: '', presenter: 'Olga' },
				params: { id: futureId }
			}).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { values: { presenter: 'Olga' }, errors: { title: expect.any(Array) } }
		});
		const ok = await call(
			detail.actions.propose,
			fakeEvent({ actor: f.member, form: { title: 'Dotace 2026' }, params: { id: futureId } }).event
		);
		expect(ok.thrown).toMatchObject({ status: 303 });
		const tampered = await call(
			detail.actions.decide,
			fakeEvent({
				actor: f.manager,
				form: { itemId: GARBAGE, status: 'accepted', version: '1' },
				params: { id: futureId }
			}).event
		);
		expect(tampered.value).toMatchObject({ status: 400 });
	});
});

describe('/jednani/<id>/program and /upravit', () => {
	it('adds, moves and removes items; 403 for members; 409 on a stale edit', async () => {
		const m = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(50) });
		const load = await call(
			programme.load,
			fakeEvent({
				actor: f.member,
				url: `http://localhost/jednani/${m.id}/program`,
				params: { id: m.id }
			}).event
		);
		expect(load.thrown).toBeInstanceOf(ForbiddenError);
		expect(
			(
				await call(
					programme.actions.add,
					fakeEvent({
						actor: f.manager,
						form: { title: '', durationMinutes: 'deset' },
						params: { id: m.id }
					}).event
				)
			).value
		).toMatchObject({ status: 400, data: { values: { durationMinutes: 'deset' } } });
		const a = await addAgendaItem(f.manager, m.id, { title: 'A' });
		const b = await addAgendaItem(f.manager, m.id, { title: 'B' });
		const moved = await call(
			programme.actions.move,
			fakeEvent({
				actor: f.manager,
				form: { itemId: b.id, direction: 'up', version: String(b.version) },
				params: { id: m.id }
			}).event
		);
		expect(moved.thrown).toMatchObject({ status: 303 });
		const order = (await getMeetingDetail(f.manager, m.id)).agenda.map((i) => i.title);
		expect(order).toEqual(['Kontrola úkolů', 'B', 'A']);
		const stale = await call(
			programme.actions.update,
			fakeEvent({
				actor: f.manager,
				form: { itemId: a.id, title: 'A2', version: String(a.version + 5) },
				params: { id: m.id }
			}).event
		);
		expect(stale.value).toMatchObject({ status: 409 });
		const removed = await call(
			programme.actions.remove,
			fakeEvent({
				actor: f.manager,
				form: { itemId: a.id, version: String(a.version) },
				params: { id: m.id }
			}).event
		);
		expect(removed.thrown).toMatchObject({ status: 303 });

		const edited = await call(
			edit.actions.default,
			fakeEvent({
				actor: f.manager,
				form: {
					...slotFromNow(51),
					endTime: '',
					onlineUrl: 'ftp://x',
					note: '',
					version: String(m.version)
				},
				params: { id: m.id }
			}).event
		);
		expect(edited.value).toMatchObject({
			status: 400,
			data: { errors: { onlineUrl: expect.any(Array) } }
		});
	});
});

describe('/jednani/<id>/dochazka', () => {
	it('records attendance in one form and guests; errors land on the member', async () => {
		expect(
			(await call(attendance.actions.init, fakeEvent({ form: {}, params: { id: pastId } }).event))
				.value
		).toMatchObject({ status: 401 });
		expect(
			(
				await call(
					attendance.actions.init,
					fakeEvent({ actor: f.member, form: {}, params: { id: pastId } }).event
				)
			).value
		).toMatchObject({
			status: 403
		});
		const leader = f.people.leader;
		const member = f.people.member;
		const bad = await call(
			attendance.actions.save,
			fakeEvent({
				actor: f.manager,
				form: {
					personId: [leader, member],
					[`status-${leader}`]: 'present',
					[`status-${member}`]: 'spí'
				},
				params: { id: pastId }
			}).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { errors: { [`status-${member}`]: expect.any(Array) } }
		});
		const ok = await call(
			attendance.actions.save,
			fakeEvent({
				actor: f.manager,
				form: {
					personId: [leader, member],
					[`status-${leader}`]: 'present',
					[`status-${member}`]: 'excused',
					[`note-${member}`]: 'dovolená'
				},
				params: { id: pastId }
			}).event
		);
		expect(ok.thrown).toMatchObject({ status: 303 });
		const page = (
			await call(
				attendance.load,
				fakeEvent({
					actor: f.manager,
					url: `http://localhost/jednani/${pastId}/dochazka`,
					params: { id: pastId }
				}).event
			)
		).value as {
			members: { personId: string; status: string; note: string }[];
			quorum: { votingMembers: number; required: number };
		};
		expect(page.members.find((r) => r.personId === member)).toMatchObject({
			status: 'excused',
			note: 'dovolená'
		});
		expect(page.quorum).toEqual({ votingMembers: 5, required: 3 });

		expect(
			(
				await call(
					attendance.actions.addGuest,
					fakeEvent({
						actor: f.manager,
						form: { name: '', organisation: 'Fokus' },
						params: { id: pastId }
					}).event
				)
			).value
		).toMatchObject({ status: 400, data: { values: { organisation: 'Fokus' } } });
		expect(
			(
				await call(
					attendance.actions.addGuest,
					fakeEvent({
						actor: f.manager,
						form: { name: 'Host Hostinský', organisation: 'Fokus' },
						params: { id: pastId }
					}).event
				)
			).thrown
		).toMatchObject({ status: 303 });
		expect(
			(
				await call(
					attendance.actions.removeGuest,
					fakeEvent({ actor: f.manager, form: { attendanceId: GARBAGE }, params: { id: pastId } })
						.event
				)
			).value
		).toMatchObject({ status: 400 });
	});
});

describe('/harmonogram', () => {
	it('plans a year (errors keep the row numbers), fills rows, publishes', async () => {
		const form = {
			skupina: f.bodyId,
			rok: '2031',
			date: ['2031-01-15', '', '2030-02-12'],
			time: ['14:00', '14:00', '14:00'],
			place: ['Radnice', 'Radnice', 'Radnice'],
			room: ['', '', '']
		};
		expect((await call(schedule.actions.plan, fakeEvent({ form }).event)).value).toMatchObject({
			status: 401
		});
		const memberForm = { ...form, date: ['2031-01-15', '', ''] };
		const asMember = await call(
			schedule.actions.plan,
			fakeEvent({ actor: f.member, form: memberForm }).event
		);
		expect(asMember.value).toMatchObject({ status: 403 });
		const bad = await call(schedule.actions.plan, fakeEvent({ actor: f.coordinator, form }).event);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				errors: { 'rows.2.date': ['Termín musí být v roce 2031.'] },
				values: { date: form.date }
			}
		});
		const ok = await call(
			schedule.actions.plan,
			fakeEvent({ actor: f.coordinator, form: { ...form, date: ['2031-01-15', '', '2031-03-12'] } })
				.event
		);
		expect(ok.thrown).toMatchObject({
			status: 303,
			location: `/harmonogram?skupina=${f.bodyId}&rok=2031`
		});
		const filled = await call(
			schedule.actions.fill,
			fakeEvent({
				actor: f.coordinator,
				form: {
					rok: '2031',
					startMonth: '1',
					every: '2',
					week: '2',
					weekday: '3',
					fillTime: '14:00',
					fillPlace: 'Radnice'
				}
			}).event
		);
		expect((filled.value as { filled: { rows: unknown[] } }).filled.rows).toHaveLength(6);
		const page = (
			await call(
				schedule.load,
				fakeEvent({
					actor: f.member,
					url: `http://localhost/harmonogram?skupina=${f.bodyId}&rok=2031`
				}).event
			)
		).value as {
			schedule: { rows: unknown[]; isPublished: boolean; warnings: string[] };
			canManage: boolean;
		};
		expect(page.schedule.rows).toHaveLength(2);
		expect(page.canManage).toBe(false);
		expect(
			(
				await call(
					schedule.actions.publish,
					fakeEvent({ actor: f.coordinator, form: { skupina: GARBAGE, rok: '2031' } }).event
				)
			).value
		).toMatchObject({ status: 400 });
		expect(
			(
				await call(
					schedule.actions.publish,
					fakeEvent({ actor: f.coordinator, form: { skupina: f.bodyId, rok: '2031' } }).event
				)
			).thrown
		).toMatchObject({ status: 303 });
	});
});

describe('/omluva/<token>', () => {
	it('shows the meeting without login, records the excuse, refuses a tampered link with a 400', async () => {
		const token = await createExcuseToken(futureId, f.people.member);
		const url = `http://localhost/omluva/${token}`;
		const page = (await call(excuse.load, fakeEvent({ url, params: { token } }).event)).value as {
			meeting: { personName: string; excused: boolean };
		};
		expect(page.meeting).toMatchObject({ personName: 'Olga Merglová', excused: false });
		const long = await call(
			excuse.actions.default,
			fakeEvent({ form: { note: 'x'.repeat(501) }, params: { token } }).event
		);
		expect(long.value).toMatchObject({
			status: 400,
			data: { errors: { note: expect.any(Array) } }
		});
		const ok = await call(
			excuse.actions.default,
			fakeEvent({ form: { note: 'Jsem na dovolené' }, params: { token } }).event
		);
		expect(ok.thrown).toMatchObject({ status: 303 });
		const after = (await call(excuse.load, fakeEvent({ url, params: { token } }).event)).value as {
			meeting: { excused: boolean };
		};
		expect(after.meeting.excused).toBe(true);
		const tampered = await call(
			excuse.load,
			fakeEvent({ url, params: { token: `${token.slice(0, -3)}abc` } }).event
		);
		expect(isHttpError(tampered.thrown)).toBe(true);
		expect(tampered.thrown).toMatchObject({
			status: 400,
			body: { message: expect.stringMatching(/neplatný nebo poškozený/) }
		});
		const refused = await call(
			excuse.actions.default,
			fakeEvent({ form: { note: '' }, params: { token: 'x.y' } }).event
		);
		expect(refused.value).toMatchObject({
			status: 400,
			data: { errors: { token: expect.any(Array) } }
		});
	});
});

describe('/ukoly and /hledani', () => {
	it('lists the own tasks and marks one done (409 when stale)', async () => {
		const d = await getMeetingDetail(f.manager, pastId);
		const item = await addAgendaItem(f.manager, pastId, { title: 'Rozvojová síť' }).catch(
			() => null
		);
		const task = await addTask(f.manager, {
			agendaItemId: item?.id ?? d.agenda[0].id,
			text: 'Zajistit navrácení podkladů',
			responsiblePersonId: f.people.owner,
			dueDate: '2030-01-31'
		});
		const anon = await call(tasks.load, fakeEvent({ url: 'http://localhost/ukoly' }).event);
		expect(anon.thrown).toMatchObject({ status: 303 });
		const page = (
			await call(tasks.load, fakeEvent({ actor: f.owner, url: 'http://localhost/ukoly' }).event)
		).value as {
			tasks: { id: string; due: string }[];
		};
		expect(page.tasks).toEqual([expect.objectContaining({ id: task.id, due: '31. 1. 2030' })]);
		const stranger = await call(
			tasks.actions.status,
			fakeEvent({
				actor: f.stranger,
				form: { taskId: task.id, status: 'done', version: String(task.version) }
			}).event
		);
		expect(stranger.value).toMatchObject({ status: 403 });
		const stale = await call(
			tasks.actions.status,
			fakeEvent({
				actor: f.owner,
				form: { taskId: task.id, status: 'done', version: String(task.version + 3) }
			}).event
		);
		expect(stale.value).toMatchObject({ status: 409 });
		const ok = await call(
			tasks.actions.status,
			fakeEvent({
				actor: f.owner,
				url: 'http://localhost/ukoly',
				form: {
					taskId: task.id,
					status: 'done',
					resolutionNote: 'hotovo',
					version: String(task.version)
				}
			}).event
		);
		expect(ok.thrown).toMatchObject({ status: 303, location: '/ukoly' });
	});

	it('searches diacritics-insensitively and explains a too short query', async () => {
		const short = (
			await call(
				search.load,
				fakeEvent({ actor: f.coordinator, url: 'http://localhost/hledani?q=a' }).event
			)
		).value as {
			errors: Record<string, string[]>;
		};
		expect(short.errors.q).toEqual(['Zadejte alespoň 2 znaky.']);
		const found = (
			await call(
				search.load,
				fakeEvent({ actor: f.coordinator, url: 'http://localhost/hledani?q=navraceni%20podkladu' })
					.event
			)
		).value as {
			total: number;
			groups: { kind: string; hits: { snippet: { text: string; hit: boolean }[] }[] }[];
		};
		expect(found.total).toBeGreaterThan(0);
		const taskGroup = found.groups.find((g) => g.kind === 'task')!;
		expect(taskGroup.hits[0].snippet.filter((p) => p.hit).map((p) => p.text)).toEqual([
			'navrácení',
			'podkladů'
		]);
		const stranger = (
			await call(
				search.load,
				fakeEvent({ actor: f.stranger, url: 'http://localhost/hledani?q=navraceni' }).event
			)
		).value as { total: number };
		expect(stranger.total).toBe(0);
	});
});
