/**
 * /pripominkovani/sprava/[id]: the coordinator's consultation: settings, statistics, comments with
 * their settlement, staff entry of comments received by e-mail/post/at the hearing, publication.
 */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	addStaffComment,
	getConsultationAdmin,
	publishSettlement,
	updateConsultation
} from '#lib/modules/participation/index.ts';
import { toPrague } from '#lib/modules/meetings/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale, pragueDay } from '#lib/platform/i18n/format.ts';

const HISTORY_LABELS: Record<string, string> = {
	title: 'Název',
	description: 'Úvodní text',
	opensOn: 'Připomínky od',
	closesOn: 'Připomínky do',
	hearingAt: 'Veřejné projednání',
	hearingPlace: 'Místo projednání',
	identityRequired: 'Povinné jméno a e-mail',
	settlementPublishedAt: 'Vypořádání zveřejněno',
	documentFileId: 'Dokument',
	areaId: 'Území',
	source: 'Předmět připomínkování',
	planId: 'Plán',
	planVersionNo: 'Verze plánu',
	createdById: 'Založil(a)'
};

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const page = Math.max(1, Number.parseInt(url.searchParams.get('strana') ?? '1', 10) || 1);
	let view;
	try {
		view = await getConsultationAdmin(locals.actor, params.id, page);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const c = view.consultation;
	const hearing = c.hearingAt ? toPrague(c.hearingAt) : null;
	return {
		title: c.title,
		breadcrumbs: [
			{ label: m.part_con_admin_title(), href: '/pripominkovani/sprava' },
			{ label: c.title }
		],
		consultation: {
			id: c.id,
			title: c.title,
			areaName: c.areaName,
			source: c.source,
			planId: c.planId,
			planVersionNo: c.planVersionNo,
			opensOn: c.opensOn,
			closesOn: c.closesOn,
			settlementPublishedAt: c.settlementPublishedAt,
			version: c.version
		},
		settings: {
			title: c.title,
			description: c.description ?? '',
			opensOn: c.opensOn,
			closesOn: c.closesOn,
			hearingDate: hearing?.date ?? '',
			hearingTime: hearing?.time ?? '',
			hearingPlace: c.hearingPlace ?? '',
			identityRequired: c.identityRequired
		},
		phase: view.phase,
		sections: view.sections.map((s) => ({ id: s.id, number: s.number, title: s.title })),
		comments: view.comments.map((r) => ({
			id: r.id,
			number: r.number,
			sectionLabel: r.sectionLabel,
			quote: r.quote,
			text: r.text,
			authorName: r.authorName,
			authorEmail: r.authorEmail,
			organisationName: r.organisationName,
			channel: r.channel,
			receivedOn: r.receivedOn,
			enteredByStaff: r.enteredByStaff,
			status: r.settlementStatus,
			measureNumber: r.measureNumber
		})),
		commentTotal: view.commentTotal,
		page: view.page,
		pageCount: Math.max(1, Math.ceil(view.commentTotal / view.pageSize)),
		stats: view.stats,
		today: pragueDay(),
		history: presentHistory(view.history, HISTORY_LABELS, currentLocale())
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await updateConsultation(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, { ...values, form: 'save' });
		}
		setFlash(cookies, { type: 'success', message: m.part_con_saved() });
		redirect(303, `/pripominkovani/sprava/${params.id}`);
	},
	comment: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let row;
		try {
			row = await addStaffComment(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, { ...values, form: 'comment' });
		}
		setFlash(cookies, {
			type: 'success',
			message: m.part_con_staff_added({ number: String(row.number) })
		});
		redirect(303, `/pripominkovani/sprava/${params.id}#pripominky`);
	},
	publish: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await publishSettlement(locals.actor, params.id, values.version);
		} catch (caught) {
			return failFrom(caught, { ...values, form: 'publish' });
		}
		setFlash(cookies, { type: 'success', message: m.part_con_published() });
		redirect(303, `/pripominkovani/sprava/${params.id}`);
	}
};
