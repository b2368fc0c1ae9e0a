import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { plans } from '#lib/modules/plans/index.ts';
import {
	addStaffComment,
	createConsultation,
	getConsultationAdmin,
	getPublicConsultation,
	getSettlement,
	listComments,
	listManagedConsultations,
	listPublicConsultations,
	publishSettlement,
	settleComment,
	submitComment,
	updateConsultation
} from './consultation.service.server.ts';
import { renderSettlementDocx, renderSettlementXlsx } from './consultation.export.server.ts';
import {
	addDays,
	consultationFixture,
	planConsultationInput,
	type ConsultationFixture
} from './consultation.testing.server.ts';

useTestDatabase();

let f: ConsultationFixture;
let ip = 0;
const nextIp = () => `10.0.0.${++ip}`;

beforeAll(async () => {
	f = await consultationFixture();
});

async function rejects(p: Promise<unknown>): Promise<ValidationError> {
	const error = await p.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return error as ValidationError;
}

describe('opening a consultation', () => {
	it('freezes the plan version into sections and links the plan', async () => {
		const c = await createConsultation(f.coordinator, planConsultationInput(f));
		const view = await getPublicConsultation(ANONYMOUS, c.id);
		expect(view.phase).toBe('open');
		expect(view.sections.map((s) => [s.kind, s.number])).toEqual([
			['intro', null],
			['priority', '1'],
			['measure', '1.1'],
			['measure', '1.2'],
			['priority', '2'],
			['measure', '2.1']
		]);
		expect(view.sections[2].body).toContain('Popis opatření 1.1.');
		expect(view.sections[2].sourceId).toBe(f.measureIds.m11);
		const [plan] = await db().select().from(plans).where(eq(plans.id, f.planId));
		expect(plan.consultationId).toBe(c.id);
		expect(c.hearingAt?.toISOString()).toMatch(/T1[56]:00:00/);
		const history = await listHistory('participation.consultation', c.id);
		expect(history.length).toBeGreaterThan(0);
	});

	it('opens a document consultation with pasted sections', async () => {
		const c = await createConsultation(f.coordinator, {
			...planConsultationInput(f),
			source: 'document',
			areaId: f.area,
			planVersion: '',
			sections: 'Úvodní text\n# Senioři\nTerénní služby.\n# Financování\nObce přispívají.'
		});
		const view = await getPublicConsultation(ANONYMOUS, c.id);
		expect(view.sections.map((s) => s.title)).toEqual(['Úvod', 'Senioři', 'Financování']);
	});

	it('refuses a window shorter than two weeks, bad input and foreign coordinators', async () => {
		const today = pragueDay();
		const e = await rejects(
			createConsultation(
				f.coordinator,
				planConsultationInput(f, 'open', { opensOn: today, closesOn: addDays(today, 5) })
			)
		);
		expect(e.fields.closesOn[0]).toMatch(/alespoň 2 týdny/);
		const e2 = await rejects(
			createConsultation(f.coordinator, { source: 'document', title: '', opensOn: 'x' })
		);
		expect(Object.keys(e2.fields)).toEqual(expect.arrayContaining(['title', 'opensOn']));
		const e3 = await rejects(
			createConsultation(f.coordinator, {
				...planConsultationInput(f),
				source: 'document',
				planVersion: ''
			})
		);
		expect(Object.keys(e3.fields).sort()).toEqual(['areaId', 'sections']);
		await expect(
			createConsultation(f.otherCoordinator, planConsultationInput(f))
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(createConsultation(ANONYMOUS, planConsultationInput(f))).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(
			createConsultation(f.krajCoordinator, planConsultationInput(f))
		).resolves.toBeTruthy();
	});
});

describe('public comments', () => {
	it('accepts comments on a section and on the whole document, and refuses bad ones', async () => {
		const c = await createConsultation(f.coordinator, planConsultationInput(f));
		const view = await getPublicConsultation(ANONYMOUS, c.id);
		const m12 = view.sections.find((s) => s.number === '1.2')!;
		const first = await submitComment(
			ANONYMOUS,
			c.id,
			{ sectionId: m12.id, quote: 'Odlehčovací', text: 'Chybí víkendy.', publishName: 'on' },
			nextIp()
		);
		expect(first).toEqual({ number: 1, ignored: false });
		const second = await submitComment(
			f.member,
			c.id,
			{ sectionId: '', text: 'Celkově dobrý návrh.', organisationName: 'Spolek Senioři z. s.' },
			nextIp()
		);
		expect(second.number).toBe(2);
		const e = await rejects(submitComment(ANONYMOUS, c.id, { text: '   ' }, nextIp()));
		expect(e.fields.text[0]).toBe('Napište text připomínky.');
		const long = await rejects(
			submitComment(ANONYMOUS, c.id, { text: 'a'.repeat(5001) }, nextIp())
		);
		expect(long.fields.text[0]).toMatch(/nejvýše 5000 znaků/);
		const spam = await rejects(
			submitComment(
				ANONYMOUS,
				c.id,
				{ text: 'http://a.cz http://b.cz https://c.cz levné léky' },
				nextIp()
			)
		);
		expect(spam.fields.text[0]).toMatch(/příliš mnoho odkazů/);
		const foreign = await rejects(
			submitComment(ANONYMOUS, c.id, { sectionId: crypto.randomUUID(), text: 'x' }, nextIp())
		);
		expect(foreign.fields.sectionId).toBeTruthy();
		// Honeypot: nothing stored.
		const bot = await submitComment(ANONYMOUS, c.id, { text: 'spam', web: 'http://x' }, nextIp());
		expect(bot.ignored).toBe(true);
		const admin = await getConsultationAdmin(f.coordinator, c.id);
		expect(admin.commentTotal).toBe(2);
		expect(admin.comments[1].userId).toBe((f.member as { userId: string }).userId);
		expect(admin.comments[1].authorName).toBe('Jana Připomínková');
	});

	it('requires name and e-mail when the consultation says so', async () => {
		const c = await createConsultation(
			f.coordinator,
			planConsultationInput(f, 'open', { identityRequired: 'on' })
		);
		const e = await rejects(submitComment(ANONYMOUS, c.id, { text: 'Dobrý den' }, nextIp()));
		expect(Object.keys(e.fields).sort()).toEqual(['authorEmail', 'authorName']);
		await expect(
			submitComment(
				ANONYMOUS,
				c.id,
				{ text: 'Dobrý den', authorName: 'Jan Novák', authorEmail: 'jan@example.cz' },
				nextIp()
			)
		).resolves.toMatchObject({ number: 1 });
	});

	it('refuses comments after the window closes and before it opens', async () => {
		const closed = await createConsultation(f.coordinator, planConsultationInput(f, 'closed'));
		const e = await rejects(submitComment(ANONYMOUS, closed.id, { text: 'Pozdě' }, nextIp()));
		expect(e.message).toMatch(/^Připomínkování skončilo .*Připomínky už nelze podávat\.$/);
		const upcoming = await createConsultation(f.coordinator, planConsultationInput(f, 'upcoming'));
		await expect(getPublicConsultation(ANONYMOUS, upcoming.id)).rejects.toBeInstanceOf(
			NotFoundError
		);
		const e2 = await rejects(submitComment(f.coordinator, upcoming.id, { text: 'Brzy' }, nextIp()));
		expect(e2.message).toMatch(/Připomínkování začne/);
		const list = await listPublicConsultations(ANONYMOUS, { pageSize: 100 });
		expect(list.rows.map((r) => r.id)).toContain(closed.id);
		expect(list.rows.map((r) => r.id)).not.toContain(upcoming.id);
		const managed = await listManagedConsultations(f.coordinator, { pageSize: 100 });
		expect(managed.rows.map((r) => r.id)).toContain(upcoming.id);
		const none = await listManagedConsultations(f.otherCoordinator);
		expect(none.rows.map((r) => r.id)).not.toContain(upcoming.id);
		await expect(listManagedConsultations(f.member)).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('staff entry, settlement and publication', () => {
	it('runs the whole settlement and exports the annex', async () => {
		const c = await createConsultation(f.coordinator, planConsultationInput(f, 'closed'));
		const view = await getPublicConsultation(ANONYMOUS, c.id);
		const m11 = view.sections.find((s) => s.number === '1.1')!;
		const m21 = view.sections.find((s) => s.number === '2.1')!;
		// A letter posted in time is entered after the close; one received too late is refused.
		const late = await rejects(
			addStaffComment(f.coordinator, c.id, {
				channel: 'paper',
				receivedOn: pragueDay(),
				text: 'Pozdě doručeno'
			})
		);
		expect(late.fields.receivedOn[0]).toMatch(/v době připomínkování/);
		const a = await addStaffComment(f.coordinator, c.id, {
			channel: 'paper',
			receivedOn: c.closesOn,
			sectionId: m11.id,
			text: 'Rozšířit pečovatelskou službu do Kelče.',
			authorName: 'Marie Dopisová',
			publishName: 'on'
		});
		const b = await addStaffComment(f.coordinator, c.id, {
			channel: 'hearing',
			receivedOn: c.opensOn,
			sectionId: m21.id,
			text: 'Klub by měl být otevřen i v sobotu.',
			authorName: 'Petr Skrytý',
			authorEmail: 'petr@example.cz'
		});
		await expect(
			addStaffComment(f.member, c.id, { channel: 'email', receivedOn: c.opensOn, text: 'x' })
		).rejects.toBeInstanceOf(ForbiddenError);

		// Settlement needs a justification, a fresh version, and the window to be over.
		const noReason = await rejects(
			settleComment(f.coordinator, c.id, a.id, {
				status: 'accepted',
				justification: '',
				version: a.version
			})
		);
		expect(noReason.fields.justification[0]).toMatch(/odůvodnění/i);
		const settled = await settleComment(f.coordinator, c.id, a.id, {
			status: 'accepted',
			justification: 'Doplněno do opatření.',
			decidedByBodyId: f.steering,
			decidedWhere: 'Manažerský tým 10. 1. 2026, usnesení MT/2026/01/02',
			measureId: f.measureIds.m11,
			version: a.version
		});
		expect(settled.measureNumber).toBe('1.1');
		expect(settled.decidedByLabel).toBe('Manažerský tým');
		await expect(
			settleComment(f.coordinator, c.id, a.id, {
				status: 'rejected',
				justification: 'x',
				version: a.version
			})
		).rejects.toBeInstanceOf(ConflictError);
		const wrongMeasure = await rejects(
			settleComment(f.coordinator, c.id, b.id, {
				status: 'rejected',
				justification: 'Nelze.',
				measureId: f.measureIds.m21,
				version: b.version
			})
		);
		expect(wrongMeasure.fields.measureId).toBeTruthy();

		// Publication needs every comment settled.
		const early = await rejects(publishSettlement(f.coordinator, c.id, c.version));
		expect(early.message).toMatch(/zbývá 1/);
		await expect(getSettlement(ANONYMOUS, c.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(listComments(ANONYMOUS, c.id)).rejects.toBeInstanceOf(UnauthorizedError);
		await settleComment(f.coordinator, c.id, b.id, {
			status: 'partly_accepted',
			justification: 'Sobotní provoz podle zájmu.',
			measureId: f.measureIds.m21,
			version: b.version
		});
		const admin = await getConsultationAdmin(f.coordinator, c.id);
		expect(admin.stats.byChannel.find((s) => s.channel === 'paper')?.count).toBe(1);
		expect(admin.stats.byStatus.find((s) => s.status === 'accepted')?.count).toBe(1);
		expect(admin.stats.bySection.map((s) => s.label)).toEqual([
			'1.1 Pečovatelská služba v obcích',
			'2.1 Klub pro mládež'
		]);
		await publishSettlement(f.coordinator, c.id, c.version);
		const again = await rejects(publishSettlement(f.coordinator, c.id, c.version + 1));
		expect(again.message).toMatch(/už zveřejněno/);
		const afterPublish = await rejects(
			updateConsultation(f.coordinator, c.id, { ...planConsultationInput(f), version: 2 })
		);
		expect(afterPublish.message).toMatch(/zveřejněno/);

		const settlement = await getSettlement(ANONYMOUS, c.id);
		expect(settlement.rows.map((r) => [r.number, r.author, r.status, r.measureNumber])).toEqual([
			[1, 'Marie Dopisová', 'accepted', '1.1'],
			[2, 'Fyzická osoba', 'partly_accepted', '2.1']
		]);
		const publicComments = await listComments(ANONYMOUS, c.id);
		expect(publicComments.full).toBe(false);

		const xlsx = new ExcelJS.Workbook();
		await xlsx.xlsx.load((await renderSettlementXlsx(settlement)) as never);
		const ws = xlsx.getWorksheet('Vypořádání')!;
		expect(ws.getCell('A1').value).toBe('Příloha: Vypořádání připomínek');
		expect(ws.getRow(6).getCell(9).value).toBe('Způsob vypořádání');
		expect(ws.getRow(7).getCell(4).value).toBe('Rozšířit pečovatelskou službu do Kelče.');
		expect(ws.getRow(7).getCell(9).value).toBe('akceptováno');
		expect(ws.getRow(7).getCell(13).value).toBe('1.1');
		expect(ws.getRow(8).getCell(5).value).toBe('Fyzická osoba');
		expect(ws.getRow(8).getCell(9).value).toBe('částečně akceptováno');
		const zip = await JSZip.loadAsync(await renderSettlementDocx(settlement));
		const xml = await zip.file('word/document.xml')!.async('string');
		const text = xml.replace(/<[^>]+>/g, ' ');
		expect(text).toContain('Příloha: Vypořádání připomínek');
		expect(text).toContain('Rozšířit pečovatelskou službu do Kelče.');
		expect(text).toContain('Zapracováno do opatření 1.1.');
		expect(text).toContain('částečně akceptováno');
		expect(text).not.toContain('Petr Skrytý');
		expect(xml).toContain('w:orient="landscape"');
	});

	it('refuses settlement while the window is open', async () => {
		const c = await createConsultation(f.coordinator, planConsultationInput(f));
		await submitComment(ANONYMOUS, c.id, { text: 'Připomínka' }, nextIp());
		const admin = await getConsultationAdmin(f.coordinator, c.id);
		const e = await rejects(
			settleComment(f.coordinator, c.id, admin.comments[0].id, {
				status: 'noted',
				justification: 'Bereme na vědomí.',
				version: admin.comments[0].version
			})
		);
		expect(e.message).toMatch(/až po skončení připomínkování/);
	});
});
