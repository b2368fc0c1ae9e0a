/** /pripominkovani/sprava/[id]/pripominky/[commentId]: settle one comment (status, justification, who and where, measure). */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getCommentForSettlement, settleComment } from '#lib/modules/participation/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';

const HISTORY_LABELS: Record<string, string> = {
	settlementStatus: 'Způsob vypořádání',
	justification: 'Odůvodnění',
	decidedByLabel: 'Kdo rozhodl',
	decidedWhere: 'Kde',
	measureNumber: 'Zapracováno do opatření',
	text: 'Text připomínky',
	channel: 'Způsob podání',
	receivedOn: 'Doručeno',
	decidedByBodyId: 'Skupina',
	measureId: 'Opatření',
	settledAt: 'Vypořádáno',
	settledById: 'Vypořádal(a)',
	sectionId: 'Oddíl',
	quote: 'Citovaný text',
	authorName: 'Jméno',
	authorEmail: 'E-mail',
	organisationName: 'Organizace',
	publishName: 'Souhlas se zveřejněním jména',
	number: 'Číslo',
	consultationId: 'Připomínkování',
	userId: 'Uživatel',
	enteredByStaff: 'Zapsáno pracovníkem'
};

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	let view;
	try {
		view = await getCommentForSettlement(locals.actor, params.id, params.commentId);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const r = view.comment;
	const title = m.part_con_settle_title({ number: String(r.number) });
	return {
		title,
		breadcrumbs: [
			{ label: m.part_con_admin_title(), href: '/pripominkovani/sprava' },
			{ label: view.consultation.title, href: `/pripominkovani/sprava/${params.id}` },
			{ label: title }
		],
		consultationId: params.id,
		closesOn: view.consultation.closesOn,
		phase: view.phase,
		comment: {
			id: r.id,
			number: r.number,
			sectionLabel: r.sectionLabel,
			sectionKind: r.sectionKind,
			quote: r.quote,
			text: r.text,
			authorName: r.authorName,
			authorEmail: r.authorEmail,
			organisationName: r.organisationName,
			channel: r.channel,
			receivedOn: r.receivedOn,
			status: r.settlementStatus,
			measureId: r.measureId,
			measureNumber: r.measureNumber,
			version: r.version
		},
		values: {
			status: r.settlementStatus ?? '',
			justification: r.justification ?? '',
			decidedByBodyId: r.decidedByBodyId ?? '',
			decidedWhere: r.decidedWhere ?? '',
			measureId: r.measureId ?? ''
		},
		/** The measure of the commented section (suggested target of an accepted comment). */
		sectionMeasureId: view.sectionMeasureId,
		bodies: view.bodies,
		measures: view.measures,
		planEdit: view.planEdit,
		history: presentHistory(view.history, HISTORY_LABELS, currentLocale())
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let row;
		try {
			row = await settleComment(locals.actor, params.id, params.commentId, values);
		} catch (caught) {
			return failFrom(caught, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.part_con_settled({ number: String(row.number) })
		});
		redirect(303, `/pripominkovani/sprava/${params.id}#pripominky`);
	}
};
