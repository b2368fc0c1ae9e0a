/** /jednani/novy: plan one meeting of a group (the standard item "Kontrola úkolů" comes with it). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';
import { createMeeting, listMeetings, toPrague } from '#lib/modules/meetings/index.ts';
import { bodyOptions } from '#lib/modules/meetings/views/body-options.server.ts';
import { attempt } from '#lib/modules/meetings/views/form.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const options = (await bodyOptions(locals.actor)).filter((o) => o.canManage);
	if (!options.length) throw new ForbiddenError(m.meetings_new_forbidden());
	const wanted = url.searchParams.get('skupina') ?? '';
	const bodyId = options.some((o) => o.id === wanted)
		? wanted
		: options.length === 1
			? options[0].id
			: '';
	// The group's latest meeting suggests the usual hour and place.
	let usual = { time: '14:00', place: '', room: '' };
	if (bodyId) {
		const [last] = (await listMeetings(locals.actor, { bodyId, pageSize: 1 })).items;
		if (last) {
			usual = {
				time: toPrague(last.startsAt).time,
				place: last.place ?? '',
				room: last.room ?? ''
			};
		}
	}
	return {
		title: m.meetings_new_title(),
		breadcrumbs: [
			{ label: m.meetings_list_title(), href: '/jednani' },
			{ label: m.meetings_new_title() }
		],
		bodyOptions: options.map((o) => ({ value: o.id, label: `${o.name} (${o.areaName})` })),
		today: formatDate(new Date()),
		values: {
			bodyId,
			date: '',
			time: usual.time,
			endTime: '',
			place: usual.place,
			room: usual.room,
			onlineUrl: '',
			note: ''
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		const result = await attempt(locals.actor, 'create', values, () =>
			createMeeting(locals.actor, values)
		);
		if (!result.ok) return result.failure;
		setFlash(cookies, {
			type: 'success',
			message: m.meetings_created({ date: formatDate(result.value.startsAt) })
		});
		redirect(303, `/jednani/${result.value.id}`);
	}
};
