/**
 * /omluva/<token>: public page (no login) from the invitation e-mail — the person confirms they
 * cannot come, with an optional note. A tampered or expired link gets a Czech 400 page.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { isAppError, ValidationError } from '#lib/platform/http/errors.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';
import {
	excuseByToken,
	getExcuseInfo,
	toPrague,
	type ExcuseInfo
} from '#lib/modules/meetings/index.ts';
import {
	isoWeekdayOf,
	placeText,
	timeRange,
	weekdayName
} from '#lib/modules/meetings/views/meeting.presenter.ts';

function present(info: ExcuseInfo) {
	return {
		bodyName: info.bodyName,
		personName: info.personName,
		date: formatDate(info.startsAt),
		weekday: weekdayName(isoWeekdayOf(toPrague(info.startsAt).date)),
		time: timeRange(info.startsAt, null),
		place: placeText(info.place, info.room),
		excused: info.excused
	};
}

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	try {
		const info = await getExcuseInfo(params.token);
		return {
			title: m.meetings_excuse_title(),
			meeting: present(info),
			done: url.searchParams.has('hotovo')
		};
	} catch (caught) {
		if (isAppError(caught) && caught.status < 500) error(caught.status, caught.message);
		throw caught;
	}
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		const values = formToObject(await request.formData());
		const note = typeof values.note === 'string' ? values.note : '';
		try {
			await excuseByToken(params.token, note);
		} catch (caught) {
			if (!isAppError(caught)) throw caught;
			const fields =
				caught instanceof ValidationError
					? Object.fromEntries(
							Object.entries(caught.fields).map(([k, v]) => [k === '_form' ? 'note' : k, v])
						)
					: {};
			return fail(caught.status, { errors: fields, message: caught.message, values: { note } });
		}
		redirect(303, `/omluva/${encodeURIComponent(params.token)}?hotovo`);
	}
};
