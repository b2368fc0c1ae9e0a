/** Suggestions: public intake, lifecycle, permissions, links, lists, counts, e-mails, exports. */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	RateLimitError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { outbox } from '#lib/platform/mail/mail.schema.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { canDownload, listFilesOf } from '#lib/platform/files/files.service.server.ts';
import { areas, bodies, targetGroups } from '#lib/modules/organisation/index.ts';
import { agendaItems, meetings, resolutions } from '#lib/modules/meetings/index.ts';
import { measures, plans, priorities } from '#lib/modules/plans/index.ts';
import { suggestions } from './suggestion.schema.ts';
import {
	assignSuggestion,
	getPublicSuggestion,
	getSuggestionDetail,
	linkMeasure,
	listPublicSuggestions,
	listSuggestions,
	publishSuggestion,
	putOnAgenda,
	recordSuggestion,
	rejectSuggestion,
	screenSuggestion,
	settleSuggestion,
	startSuggestion,
	submitSuggestion,
	suggestionsForMeasure,
	suggestionsForMeeting,
	suggestionStats,
	updatePublicWording,
	SUGGESTION_ENTITY
} from './suggestion.service.server.ts';
import { suggestionsCsv, suggestionsXlsx } from './suggestion.export.server.ts';

useTestDatabase();

const user = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test',
	email: 't@souhra.example',
	grants
});

let kraj: string;
let orp: string;
let other: string;
let body: string;
let otherBody: string;
let group: string;
let meeting: string;
let measure: string;
let coordinator: Actor;
let krajCoordinator: Actor;
let otherCoordinator: Actor;
let manager: Actor;
let member: Actor;
const admin = user({ role: 'admin' });

const future = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
	const [k] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: 'Liberecký kraj', code: '78' })
		.returning();
	const [o, x] = await db()
		.insert(areas)
		.values([
			{ kind: 'orp', name: 'Liberec', code: '5105', parentId: k.id },
			{ kind: 'orp', name: 'Otrokovice', code: '7210' }
		])
		.returning();
	kraj = k.id;
	orp = o.id;
	other = x.id;
	const [b, ob] = await db()
		.insert(bodies)
		.values([
			{ areaId: orp, kind: 'working_group', name: 'PS Senioři', code: 'SEN' },
			{ areaId: other, kind: 'working_group', name: 'PS jinde', code: 'J' }
		])
		.returning();
	body = b.id;
	otherBody = ob.id;
	const [g] = await db().insert(targetGroups).values({ name: 'Senioři' }).returning();
	group = g.id;
	const [mt] = await db()
		.insert(meetings)
		.values({ bodyId: body, areaId: orp, startsAt: new Date(Date.now() + 7 * 86_400_000) })
		.returning();
	meeting = mt.id;
	const [p] = await db()
		.insert(plans)
		.values({
			areaId: orp,
			kind: 'komunitni_plan',
			title: 'KPSS Liberec',
			periodFrom: 2026,
			periodTo: 2028
		})
		.returning();
	const [pr] = await db()
		.insert(priorities)
		.values({ planId: p.id, number: '1', title: 'Senioři' } as typeof priorities.$inferInsert)
		.returning();
	const [ms] = await db()
		.insert(measures)
		.values({
			planId: p.id,
			priorityId: pr.id,
			number: '1.1',
			title: 'Doprava seniorů',
			startYear: 2026,
			endYear: 2028
		})
		.returning();
	measure = ms.id;
	coordinator = user({ role: 'coordinator', areaId: orp });
	krajCoordinator = user({ role: 'coordinator', areaId: kraj });
	otherCoordinator = user({ role: 'coordinator', areaId: other });
	manager = user({ role: 'manager', bodyId: body });
	member = user({ role: 'member', bodyId: body });
});

const publicInput = (over: Record<string, unknown> = {}) => ({
	text: 'Chybí přeprava seniorů k lékaři (Taxík Maxík).',
	topic: 'transport',
	areaId: orp,
	targetGroupId: group,
	submitterName: 'Jana Nováková',
	submitterEmail: 'jana@example.cz',
	isPublic: 'on',
	consent: 'on',
	...over
});

async function submit(over: Record<string, unknown> = {}, ip = '10.0.0.1') {
	const { suggestion } = await submitSuggestion(ANONYMOUS, publicInput(over), ip);
	if (!suggestion) throw new Error('not stored');
	return suggestion;
}

describe('public intake', () => {
	it('stores a new hidden suggestion with a number and confirms by e-mail', async () => {
		const s = await submit();
		expect(s.status).toBe('new');
		expect(s.channel).toBe('web');
		expect(s.seq).toBeGreaterThan(0);
		const mail = await db().select().from(outbox).where(eq(outbox.to, 'jana@example.cz'));
		expect(mail.some((x) => x.subject.includes(`${s.year}/${s.seq}`))).toBe(true);
		await expect(getPublicSuggestion(ANONYMOUS, s.id)).rejects.toBeInstanceOf(NotFoundError);
		// Personal data are redacted in the history.
		const [created] = await listHistory(SUGGESTION_ENTITY, s.id);
		expect(JSON.stringify(created.after)).not.toContain('jana@example.cz');
	});

	it('refuses empty, oversized and link-spam text in Czech, and personal data without consent', async () => {
		const err = (over: Record<string, unknown>) =>
			submitSuggestion(ANONYMOUS, publicInput(over), '10.0.0.2').catch((e) => e);
		const empty = await err({ text: '   ' });
		expect(empty).toBeInstanceOf(ValidationError);
		expect(empty.fields.text[0]).toContain('Napište');
		expect((await err({ text: 'x'.repeat(5001) })).fields.text[0]).toContain('5000');
		const spam = await err({ text: 'http://a.cz http://b.cz www.c.cz https://d.cz' });
		expect(spam.fields.text[0]).toContain('odkazů');
		expect((await err({ consent: '' })).fields.consent[0]).toContain('souhlas');
		expect((await err({ areaId: 'x' })).fields.areaId[0]).toContain('území');
		expect((await err({ areaId: randomUUID() })).fields.areaId).toBeDefined();
	});

	it('stores attachments visible only to staff who handle the suggestion; at most three', async () => {
		const pdf = () =>
			new File(['%PDF-1.4\n%%EOF\n'], 'jizdni-rad.pdf', { type: 'application/pdf' });
		const { suggestion } = await submitSuggestion(
			ANONYMOUS,
			publicInput({ submitterEmail: '' }),
			'10.0.0.7',
			[pdf()]
		);
		const [file] = await listFilesOf('participation.suggestion', suggestion!.id);
		expect(file.filename).toBe('jizdni-rad.pdf');
		expect(await canDownload(ANONYMOUS, file)).toBe(false);
		expect(await canDownload(otherCoordinator, file)).toBe(false);
		expect(await canDownload(coordinator, file)).toBe(true);
		const many = await submitSuggestion(ANONYMOUS, publicInput(), '10.0.0.8', [
			pdf(),
			pdf(),
			pdf(),
			pdf()
		]).catch((e) => e);
		expect(many.fields.attachments[0]).toContain('nejvýše 3');
		const bad = await submitSuggestion(ANONYMOUS, publicInput(), '10.0.0.8', [
			new File(['MZ\x90'], 'virus.exe', { type: 'application/octet-stream' })
		]).catch((e) => e);
		expect(bad.fields.attachments[0]).toContain('virus.exe');
	});

	it('pretends success and stores nothing when the honeypot is filled', async () => {
		const before = (await db().select().from(suggestions)).length;
		const r = await submitSuggestion(ANONYMOUS, { ...publicInput(), homepage: 'spam' }, '10.0.0.3');
		expect(r.suggestion).toBeNull();
		expect((await db().select().from(suggestions)).length).toBe(before);
	});

	it('answers 429 in Czech after too many submissions from one address', async () => {
		for (let i = 0; i < 10; i++) await submit({ submitterEmail: '' }, '10.9.9.9');
		const error = await submitSuggestion(ANONYMOUS, publicInput(), '10.9.9.9').catch((e) => e);
		expect(error).toBeInstanceOf(RateLimitError);
		expect(error.message).toContain('Zkuste to prosím znovu');
	});
});

describe('lifecycle', () => {
	it('screens, assigns, starts, settles and publishes; e-mails at assignment and settlement', async () => {
		const s0 = await submit({ submitterEmail: 'cyklus@example.cz' }, '10.1.1.1');
		await expect(screenSuggestion(ANONYMOUS, s0.id, { version: 1 })).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(screenSuggestion(otherCoordinator, s0.id, { version: 1 })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(screenSuggestion(manager, s0.id, { version: 1 })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		// Invalid transition: settle a new suggestion.
		const bad = await settleSuggestion(coordinator, s0.id, {
			version: 1,
			answer: 'x',
			outcome: 'resolved'
		}).catch((e) => e);
		expect(bad).toBeInstanceOf(ValidationError);
		expect(bad.message).toBe('Podnět ve stavu „nový“ nelze vypořádat.');
		const s1 = await screenSuggestion(krajCoordinator, s0.id, { version: 1 });
		expect(s1.status).toBe('screening');
		await expect(screenSuggestion(coordinator, s0.id, { version: 1 })).rejects.toBeInstanceOf(
			ValidationError
		);
		const noTarget = await assignSuggestion(coordinator, s0.id, {
			version: s1.version,
			dueOn: future(10)
		}).catch((e) => e);
		expect(noTarget.fields.bodyId[0]).toContain('Vyberte skupinu');
		const wrongBody = await assignSuggestion(coordinator, s0.id, {
			version: s1.version,
			bodyId: otherBody,
			dueOn: future(10)
		}).catch((e) => e);
		expect(wrongBody.fields.bodyId).toBeDefined();
		const past = await assignSuggestion(coordinator, s0.id, {
			version: s1.version,
			bodyId: body,
			dueOn: '2020-01-01'
		}).catch((e) => e);
		expect(past.fields.dueOn[0]).toContain('minulosti');
		const s2 = await assignSuggestion(coordinator, s0.id, {
			version: s1.version,
			bodyId: body,
			dueOn: future(10)
		});
		expect(s2.status).toBe('assigned');
		await expect(
			startSuggestion(coordinator, s0.id, { version: s1.version })
		).rejects.toBeInstanceOf(ConflictError);
		// The manager of the assigned body handles it; a member does not.
		await expect(startSuggestion(member, s0.id, { version: s2.version })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const s3 = await startSuggestion(manager, s0.id, { version: s2.version });
		expect(s3.status).toBe('in_progress');
		const noAnswer = await settleSuggestion(manager, s0.id, {
			version: s3.version,
			answer: ' ',
			outcome: 'resolved'
		}).catch((e) => e);
		expect(noAnswer.fields.answer[0]).toContain('odpověď');
		const s4 = await settleSuggestion(manager, s0.id, {
			version: s3.version,
			answer: 'Přeprava bude od ledna.',
			outcome: 'plan'
		});
		expect(s4.status).toBe('settled');
		await expect(publishSuggestion(manager, s0.id, { version: s4.version })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const s5 = await updatePublicWording(coordinator, s0.id, {
			version: s4.version,
			publicText: 'Chybí přeprava seniorů.',
			isPublic: 'on'
		});
		expect(s5.text).toContain('Taxík');
		const s6 = await publishSuggestion(coordinator, s0.id, { version: s5.version });
		expect(s6.status).toBe('published');
		const pub = await getPublicSuggestion(ANONYMOUS, s0.id);
		expect(pub.text).toBe('Chybí přeprava seniorů.');
		expect(pub.answer).toBe('Přeprava bude od ledna.');
		expect(JSON.stringify(pub)).not.toContain('Nováková');
		const mails = await db().select().from(outbox).where(eq(outbox.to, 'cyklus@example.cz'));
		expect(mails.map((x) => x.kind).sort()).toEqual([
			'participation.suggestion.assigned',
			'participation.suggestion.received',
			'participation.suggestion.settled'
		]);
		expect(mails.find((x) => x.kind.endsWith('assigned'))!.text).toContain('PS Senioři');
		const history = await listHistory(SUGGESTION_ENTITY, s0.id);
		expect(history.map((h) => h.action)).toEqual(
			expect.arrayContaining(['create', 'screen', 'assign', 'start', 'settle', 'update', 'publish'])
		);
	});

	it('rejects with a reason, never publishes a rejected or non-public suggestion', async () => {
		const s = await submit({ isPublic: '' }, '10.1.1.2');
		const noReason = await rejectSuggestion(coordinator, s.id, { version: 1, reason: '' }).catch(
			(e) => e
		);
		expect(noReason.fields.reason[0]).toContain('důvod');
		const r = await rejectSuggestion(coordinator, s.id, { version: 1, reason: 'Spam' });
		expect(r.status).toBe('rejected');
		const again = await publishSuggestion(coordinator, s.id, { version: r.version }).catch(
			(e) => e
		);
		expect(again.message).toContain('Zveřejnit lze jen vypořádaný');

		const p = await submit({ isPublic: '' }, '10.1.1.3');
		let v = (await screenSuggestion(coordinator, p.id, { version: 1 })).version;
		v = (
			await assignSuggestion(coordinator, p.id, {
				version: v,
				department: 'Odbor dopravy',
				dueOn: future(5)
			})
		).version;
		v = (
			await settleSuggestion(coordinator, p.id, {
				version: v,
				answer: 'Ano.',
				outcome: 'forwarded'
			})
		).version;
		const notPublic = await publishSuggestion(coordinator, p.id, { version: v }).catch((e) => e);
		expect(notPublic.fields.isPublic[0]).toContain('nesouhlasil');
	});
});

describe('staff entry and links', () => {
	it('records on behalf of someone with a channel, from an agenda item', async () => {
		const [item] = await db()
			.insert(agendaItems)
			.values({ meetingId: meeting, position: 1, title: 'Různé' })
			.returning();
		await expect(
			recordSuggestion(otherCoordinator, {
				text: 'Z telefonu',
				topic: 'care',
				areaId: orp,
				channel: 'phone',
				receivedOn: '2026-01-05'
			})
		).rejects.toBeInstanceOf(ForbiddenError);
		const s = await recordSuggestion(coordinator, {
			text: 'Podnět z jednání',
			topic: 'care',
			areaId: orp,
			channel: 'meeting',
			receivedOn: '2026-01-05',
			agendaItemId: item.id
		});
		expect(s.channel).toBe('meeting');
		expect(s.year).toBe(2026);
		const detail = await getSuggestionDetail(coordinator, s.id);
		expect(detail.links.agenda[0].agendaTitle).toBe('Různé');
		expect((await suggestionsForMeeting(meeting)).map((x) => x.id)).toContain(s.id);
		const future = await recordSuggestion(coordinator, {
			text: 'x',
			topic: 'care',
			areaId: orp,
			channel: 'phone',
			receivedOn: '2999-01-01'
		}).catch((e) => e);
		expect(future.fields.receivedOn[0]).toContain('budoucnosti');
	});

	it('puts a suggestion on a planned meeting agenda and links a measure; the chain shows resolutions', async () => {
		const s = await submit({}, '10.2.2.2');
		const link = await putOnAgenda(coordinator, s.id, { version: s.version, meetingId: meeting });
		const [item] = await db()
			.select()
			.from(agendaItems)
			.where(eq(agendaItems.id, link.agendaItemId!));
		expect(item.title).toContain(`Podnět č. ${s.year}/${s.seq}`);
		await db().insert(resolutions).values({
			meetingId: meeting,
			agendaItemId: item.id,
			bodyId: body,
			year: 2026,
			seq: 1,
			number: 'SEN/2026/01',
			text: 'Skupina doporučuje zařadit přepravu do plánu.',
			adopted: true
		});
		const current = (await db().select().from(suggestions).where(eq(suggestions.id, s.id)))[0];
		await linkMeasure(coordinator, s.id, { version: current.version, measureId: measure });
		const dup = await linkMeasure(coordinator, s.id, {
			version: current.version + 1,
			measureId: measure
		}).catch((e) => e);
		expect(dup.fields.measureId[0]).toContain('už je');
		const detail = await getSuggestionDetail(coordinator, s.id);
		expect(detail.links.agenda[0].resolutions[0].number).toBe('SEN/2026/01');
		expect(detail.links.measures[0].measureNumber).toBe('1.1');
		expect((await suggestionsForMeasure(measure)).map((x) => x.id)).toContain(s.id);
		const wrong = await putOnAgenda(otherCoordinator, s.id, {
			version: current.version + 1,
			meetingId: meeting
		}).catch((e) => e);
		expect(wrong).toBeInstanceOf(ForbiddenError);
	});
});

describe('lists and counts', () => {
	it('scopes the staff list: coordinator areas (with areas below) or assigned bodies', async () => {
		await submit({ areaId: other, text: 'Jinde' }, '10.3.3.3');
		const mine = await listSuggestions(coordinator, {});
		expect(mine.rows.every((r) => r.areaName === 'Liberec')).toBe(true);
		const krajList = await listSuggestions(krajCoordinator, {});
		expect(krajList.total).toBe(mine.total);
		const all = await listSuggestions(admin, {});
		expect(all.total).toBe(mine.total + 1);
		const managed = await listSuggestions(manager, {});
		expect(managed.rows.length).toBeGreaterThan(0);
		expect(managed.rows.every((r) => r.handledBy === 'PS Senioři')).toBe(true);
		await expect(listSuggestions(member, {})).rejects.toBeInstanceOf(ForbiddenError);
		await expect(listSuggestions(ANONYMOUS, {})).rejects.toBeInstanceOf(UnauthorizedError);
		const open = await listSuggestions(coordinator, { status: 'open' });
		expect(
			open.rows.every((r) => ['new', 'screening', 'assigned', 'in_progress'].includes(r.status))
		).toBe(true);
		expect(mine.counts.byStatus.published).toBe(1);
		expect(mine.counts.byTopic.transport).toBeGreaterThan(0);
	});

	it('the public agenda lists only published suggestions; stats count by status, topic, channel, year', async () => {
		const pub = await listPublicSuggestions(ANONYMOUS, {});
		expect(pub.total).toBe(1);
		expect(pub.rows[0].status).toBe('published');
		expect(pub.counts.total).toBe(1);
		expect((await listPublicSuggestions(ANONYMOUS, { areaId: other })).total).toBe(0);
		const stats = await suggestionStats({ areaId: kraj, from: '2000-01-01', to: '2999-12-31' });
		expect(stats.byChannel.web).toBeGreaterThan(0);
		expect(stats.byChannel.meeting).toBe(1);
		expect(stats.byStatus.rejected).toBe(1);
		expect(Object.keys(stats.byYear).length).toBeGreaterThan(0);
		expect(stats.byTargetGroup.find((g) => g.name === 'Senioři')?.count).toBeGreaterThan(0);
		const none = await suggestionStats({ areaId: orp, from: '1990-01-01', to: '1990-12-31' });
		expect(none.total).toBe(0);
	});

	it('exports the staff list as CSV and XLSX with the filters', async () => {
		const csv = await new Response(
			(await suggestionsCsv(coordinator, { status: 'published' })).body
		).text();
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toContain('Číslo');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toContain('zveřejněno');
		const xlsx = await suggestionsXlsx(coordinator, {});
		const buffer = Buffer.from(await new Response(xlsx.body).arrayBuffer());
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(buffer as never);
		const sheet = wb.worksheets[0];
		expect(sheet.getRow(1).getCell(1).value).toBe('Číslo');
		expect(sheet.rowCount).toBe((await listSuggestions(coordinator, {})).total + 1);
		await expect(suggestionsCsv(member, {})).rejects.toBeInstanceOf(ForbiddenError);
	});
});
