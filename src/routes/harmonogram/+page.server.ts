/**
 * /harmonogram?skupina=<id>&rok=<year>: a group's yearly schedule (printable like seed 001),
 * statute warnings, planning a whole year at once (with a server-side repeat helper) and
 * publishing the schedule.
 */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import {
	getSchedule,
	listMeetings,
	planSchedule,
	publishSchedule,
	toPrague
} from '#lib/modules/meetings/index.ts';
import { bodyOptions } from '#lib/modules/meetings/views/body-options.server.ts';
import { attempt, idFrom, isId } from '#lib/modules/meetings/views/form.server.ts';
import {
	isoWeekdayOf,
	placeText,
	statusView,
	timeRange,
	weekdayName
} from '#lib/modules/meetings/views/meeting.presenter.ts';
import { fillRows, type ScheduleRowValues } from '#lib/modules/meetings/views/schedule.fill.ts';
import { currentLocale, formatDate } from '#lib/platform/i18n/format.ts';

const EMPTY_ROWS = 12;

function yearOf(raw: string | null): number {
	const n = Number(raw);
	return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : toPrague(new Date()).year;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const options = await bodyOptions(locals.actor);
	const wanted = url.searchParams.get('skupina') ?? '';
	const bodyId = isId(wanted) ? wanted : options.length === 1 ? options[0].id : '';
	const year = yearOf(url.searchParams.get('rok'));
	const picker = {
		bodyOptions: options.map((o) => ({ value: o.id, label: `${o.name} (${o.areaName})` })),
		bodyId,
		year
	};
	if (!bodyId) {
		return {
			title: m.meetings_schedule_nav(),
			breadcrumbs: [
				{ label: m.meetings_list_title(), href: '/jednani' },
				{ label: m.meetings_schedule_nav() }
			],
			picker,
			schedule: null
		};
	}
	const s = await getSchedule(locals.actor, bodyId, year);
	const canManage = options.find((o) => o.id === bodyId)?.canManage ?? false;
	const active = s.meetings.filter((x) => x.status !== 'cancelled');
	// The usual hour and place: this year's last meeting, else the group's latest one.
	const usualFrom =
		active.at(-1) ??
		s.meetings.at(-1) ??
		(await listMeetings(locals.actor, { bodyId, pageSize: 1 })).items[0];
	const usual: ScheduleRowValues = usualFrom
		? {
				date: '',
				time: toPrague(usualFrom.startsAt).time,
				place: usualFrom.place ?? '',
				room: usualFrom.room ?? ''
			}
		: { date: '', time: '14:00', place: '', room: '' };
	const title = m.meetings_schedule_title({ body: s.body.name, year });
	const monthName = new Intl.DateTimeFormat(currentLocale() === 'en' ? 'en-GB' : 'cs-CZ', {
		month: 'long',
		timeZone: 'UTC'
	});
	return {
		title,
		breadcrumbs: [
			{ label: m.meetings_list_title(), href: '/jednani' },
			{ label: m.meetings_schedule_nav(), href: '/harmonogram' },
			{ label: `${s.body.name} ${year}` }
		],
		picker,
		schedule: {
			title,
			bodyId: s.body.id,
			bodyName: s.body.name,
			year,
			isPublished: s.isPublished,
			unpublished: s.meetings.filter((x) => !x.isPublished).length,
			warnings: s.warnings.map((w) => w.message),
			noMeetingMonths: s.body.noMeetingMonths,
			rows: s.meetings.map((x) => ({
				id: x.id,
				date: formatDate(x.startsAt),
				dateIso: x.startsAt.toISOString(),
				weekday: weekdayName(isoWeekdayOf(toPrague(x.startsAt).date)),
				time: timeRange(x.startsAt, x.endsAt),
				place: placeText(x.place, x.room),
				status: statusView(x.status),
				cancelReason: x.cancelReason
			}))
		},
		canManage,
		usual,
		months: Array.from({ length: 12 }, (_, i) => ({
			value: String(i + 1),
			label: monthName.format(new Date(Date.UTC(2020, i, 15)))
		})),
		emptyRows: Array.from({ length: EMPTY_ROWS }, () => ({ ...usual }))
	};
};

const list = (v: string | string[] | undefined) =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Form arrays → rows; blank dates are skipped but row numbers are kept for the errors. */
function rowsFrom(values: Record<string, string | string[]>) {
	const dates = list(values.date);
	const times = list(values.time);
	const places = list(values.place);
	const rooms = list(values.room);
	const all = dates.map((date, i) => ({
		date: date.trim(),
		time: (times[i] ?? '').trim(),
		place: places[i] ?? '',
		room: rooms[i] ?? ''
	}));
	const filled = all.map((row, i) => ({ row, i })).filter(({ row }) => row.date !== '');
	return { all, rows: filled.map((f) => f.row), index: filled.map((f) => f.i) };
}

export const actions: Actions = {
	fill: async ({ request, locals }) => {
		const values = formToObject(await request.formData());
		if (locals.actor.kind !== 'user') {
			return fail(401, {
				errors: {},
				message: m.meetings_signin_needed(),
				values: { action: 'fill' }
			});
		}
		try {
			const rows = fillRows({
				year: values.rok,
				startMonth: values.startMonth,
				every: values.every,
				week: values.week,
				weekday: values.weekday,
				time: values.fillTime,
				place: values.fillPlace ?? '',
				room: values.fillRoom ?? '',
				skipMonths: values.skip === 'on' ? list(values.skipMonths).map(Number) : []
			});
			return { filled: { rows, params: values } };
		} catch (error) {
			if (!(error instanceof ValidationError)) throw error;
			const fields = Object.fromEntries(
				Object.entries(error.fields).map(([k, v]) => [k === 'time' ? 'fillTime' : k, v])
			);
			return fail(400, {
				errors: fields,
				message: error.message,
				values: { ...values, action: 'fill' }
			});
		}
	},
	plan: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		const { rows, index } = rowsFrom(values);
		const bodyId = String(values.skupina ?? '');
		const r = await attempt(locals.actor, 'plan', values, async () => {
			try {
				return await planSchedule(locals.actor, {
					bodyId: idFrom(values, 'skupina'),
					year: values.rok,
					rows
				});
			} catch (error) {
				if (!(error instanceof ValidationError)) throw error;
				// `rows.2.date` of the filled rows → the row number the user sees.
				const fields = Object.fromEntries(
					Object.entries(error.fields).map(([key, messages]) => {
						const match = /^rows\.(\d+)\.(\w+)$/.exec(key);
						return [match ? `rows.${index[Number(match[1])]}.${match[2]}` : key, messages];
					})
				);
				throw new ValidationError(fields, error.message);
			}
		});
		if (!r.ok) return r.failure;
		setFlash(cookies, {
			type: 'success',
			message: m.meetings_schedule_planned({ count: r.value.length })
		});
		redirect(303, `/harmonogram?skupina=${bodyId}&rok=${String(values.rok)}`);
	},
	publish: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		const bodyId = String(values.skupina ?? '');
		const r = await attempt(locals.actor, 'publish', values, () =>
			publishSchedule(locals.actor, idFrom(values, 'skupina'), values.rok)
		);
		if (!r.ok) return r.failure;
		setFlash(cookies, {
			type: 'success',
			message: m.meetings_schedule_published({ count: r.value, year: String(values.rok) })
		});
		redirect(303, `/harmonogram?skupina=${bodyId}&rok=${String(values.rok)}`);
	}
};
