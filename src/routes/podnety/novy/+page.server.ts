/** /podnety/novy: the public suggestion form (no login; honeypot, rate limit, consent). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import {
	publicAreaOptions,
	submitSuggestion,
	suggestionNumber,
	targetGroupOptions
} from '#lib/modules/participation/index.ts';

export const load: PageServerLoad = async ({ url }) => {
	const [areaOptions, groupOptions] = await Promise.all([
		publicAreaOptions(),
		targetGroupOptions()
	]);
	const wanted = url.searchParams.get('uzemi');
	return {
		title: m.part_sug_new_title(),
		breadcrumbs: [
			{ label: m.part_sug_hub_title(), href: '/zapojte-se' },
			{ label: m.part_sug_new_title() }
		],
		areaOptions,
		groupOptions,
		defaultAreaId: areaOptions.some((a) => a.value === wanted) ? wanted : ''
	};
};

export const actions: Actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const values = formToObject(data);
		const files = data.getAll('attachments').filter((f): f is File => f instanceof File);
		let number: string | null;
		try {
			const { suggestion } = await submitSuggestion(
				event.locals.actor,
				values,
				event.getClientAddress(),
				files
			);
			number = suggestion ? suggestionNumber(suggestion) : null;
		} catch (error) {
			const { homepage: _h, ...kept } = values;
			void _h;
			return failFrom(error, kept);
		}
		setFlash(event.cookies, {
			type: 'success',
			message: number ? m.part_sug_submitted_number({ number }) : m.part_sug_submitted()
		});
		redirect(303, '/podnety');
	}
};
