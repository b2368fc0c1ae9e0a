/** /podnety/sprava/novy: staff entry of a suggestion on behalf of someone; `?bod=<agendaItemId>` prefills a meeting item. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { authorize } from '#lib/platform/access/can.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import {
	agendaItemPrefill,
	recordSuggestion,
	staffAreaOptions,
	suggestionNumber,
	targetGroupOptions
} from '#lib/modules/participation/index.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const areaOptions = await staffAreaOptions(locals.actor);
	// Only coordinators record suggestions (the service checks the chosen area again).
	if (!areaOptions.length) {
		authorize(locals.actor, 'participation.suggestions.manage', { areaIds: [] });
	}
	const bod = url.searchParams.get('bod');
	const [groupOptions, prefill] = await Promise.all([
		targetGroupOptions(),
		bod ? agendaItemPrefill(locals.actor, bod) : Promise.resolve(null)
	]);
	return {
		title: m.part_sug_staff_new_title(),
		breadcrumbs: [
			{ label: m.part_sug_admin_title(), href: '/podnety/sprava' },
			{ label: m.part_sug_staff_new_title() }
		],
		areaOptions,
		groupOptions,
		prefill,
		defaults: {
			areaId: prefill?.areaId ?? (areaOptions.length === 1 ? areaOptions[0].value : ''),
			channel: prefill ? 'meeting' : '',
			receivedOn: pragueDay()
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let created;
		try {
			created = await recordSuggestion(locals.actor, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.part_sug_staff_created({ number: suggestionNumber(created) })
		});
		redirect(303, `/podnety/sprava/${created.id}`);
	}
};
