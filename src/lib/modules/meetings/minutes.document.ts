/**
 * The minutes as one plain, JSON-safe object: what the DOCX and PDF renderers print and what
 * `publishMinutes` freezes as a revision snapshot. Dates are ISO strings (instants for times,
 * `YYYY-MM-DD` for calendar dates); names are already resolved (public view: role only for
 * people who did not consent to publishing their name).
 */
import { formatDate, formatTime } from '#lib/platform/i18n/format.ts';

export const MINUTES_DOCUMENT_SCHEMA = 1;

export interface MinutesResolution {
	number: string;
	text: string;
	votesFor: number | null;
	votesAgainst: number | null;
	votesAbstained: number | null;
	adopted: boolean;
}

export interface MinutesTask {
	text: string;
	/** "K. Marcinková" (or the person's role in the public view). */
	responsible: string;
	/** `YYYY-MM-DD` */
	dueDate: string | null;
	status: 'open' | 'done' | 'cancelled';
}

export interface MinutesItem {
	position: number;
	title: string;
	reportedBy: string | null;
	/** Sanitised HTML of the item's minutes (see html.ts for the allowed tags). */
	html: string;
	resolutions: MinutesResolution[];
	tasks: MinutesTask[];
}

export interface MinutesEvent {
	/** `YYYY-MM-DD` */
	date: string;
	dateTo: string | null;
	title: string;
	place: string | null;
}

export interface MinutesScheduleRow {
	/** ISO instant of the start. */
	startsAt: string;
	place: string | null;
}

export interface MinutesDocument {
	schema: typeof MINUTES_DOCUMENT_SCHEMA;
	meetingId: string;
	bodyId: string;
	bodyName: string;
	/** Short code used in resolution numbers and the schedule heading ("ŘPS"). */
	bodyCode: string;
	areaId: string;
	areaName: string;
	/** "KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ORP Liberec – Řídící pracovní skupina …" */
	headerLine: string;
	/** "Zápis z jednání Řídící pracovní skupina …" */
	title: string;
	/** Place and room in one line. */
	place: string | null;
	/** ISO instant. */
	startsAt: string;
	endsAt: string | null;
	present: string[];
	excused: string[];
	absent: string[];
	guests: { name: string; organisation: string | null }[];
	/** Accepted agenda items, in order. */
	programme: { position: number; title: string }[];
	items: MinutesItem[];
	events: MinutesEvent[];
	signature: {
		/** "V Liberci" */
		signedPlace: string | null;
		/** `YYYY-MM-DD` */
		writtenOn: string | null;
		/** "K. Marcinková" */
		author: string | null;
		/** "zapsala" when the author's surname ends in "á", else "zapsal". */
		authorVerb: 'zapsal' | 'zapsala';
		approver: string | null;
		/** "ověřila" when the approver's surname ends in "á", else "ověřil". */
		approverVerb: 'ověřil' | 'ověřila';
	};
	schedule: {
		/** "Harmonogram jednání ŘPS pro rok 2016" */
		heading: string;
		rows: MinutesScheduleRow[];
	};
	closingNote: string | null;
	status: 'draft' | 'approved' | 'published';
	/** Number of the published revision (0 = never published). */
	revision: number;
	publicView: boolean;
	/** ISO instant when this object was built. */
	generatedAt: string;
}

/** "18. 11. 2015" from an ISO instant or a `YYYY-MM-DD` date (calendar dates are not shifted). */
export function czDate(value: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		const [y, m, d] = value.split('-').map(Number);
		return `${d}. ${m}. ${y}`;
	}
	return formatDate(value, 'cs');
}

/** "14:00" in Europe/Prague. */
export function czTime(value: string): string {
	return formatTime(value, 'cs');
}

/** "19. 11. 2015", or "26. 11. 2015 – 27. 11. 2015" for a multi-day event. */
export function eventDateText(event: Pick<MinutesEvent, 'date' | 'dateTo'>): string {
	if (!event.dateTo || event.dateTo === event.date) return czDate(event.date);
	return `${czDate(event.date)} – ${czDate(event.dateTo)}`;
}

/** "Hlasování: pro 9, proti 0, zdržel se 0 – usnesení bylo přijato." */
export function votesText(r: MinutesResolution): string {
	const outcome = r.adopted ? 'usnesení bylo přijato' : 'usnesení nebylo přijato';
	if (r.votesFor === null && r.votesAgainst === null && r.votesAbstained === null) {
		return `${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}.`;
	}
	return `Hlasování: pro ${r.votesFor ?? 0}, proti ${r.votesAgainst ?? 0}, zdržel se ${r.votesAbstained ?? 0} – ${outcome}.`;
}

/** "Z: K. Marcinková, T: 9. 12. 2015" */
export function taskAssignmentText(t: Pick<MinutesTask, 'responsible' | 'dueDate'>): string {
	return t.dueDate ? `Z: ${t.responsible}, T: ${czDate(t.dueDate)}` : `Z: ${t.responsible}`;
}

/** "V Liberci dne 23. 11. 2015, zapsala K. Marcinková" (parts that are missing are left out). */
export function signatureText(s: MinutesDocument['signature']): string {
	const where = [s.signedPlace, s.writtenOn ? `dne ${czDate(s.writtenOn)}` : null]
		.filter(Boolean)
		.join(' ');
	const who = s.author ? `${s.authorVerb} ${s.author}` : null;
	return [where, who].filter(Boolean).join(', ');
}

/** The marker printed next to the title of minutes that are not approved yet. */
export function statusLabel(status: MinutesDocument['status']): string | null {
	return status === 'draft' ? 'NÁVRH' : null;
}

/** Whether a stored snapshot has the shape this version renders. */
export function isMinutesDocument(value: unknown): value is MinutesDocument {
	if (!value || typeof value !== 'object') return false;
	const v = value as Record<string, unknown>;
	return (
		v.schema === MINUTES_DOCUMENT_SCHEMA &&
		typeof v.meetingId === 'string' &&
		typeof v.title === 'string' &&
		Array.isArray(v.items) &&
		Array.isArray(v.present)
	);
}

/**
 * Download file name stem in Czech, `zápis-ŘPS-2015-11-18` (the Content-Disposition helper adds
 * the ASCII fallback `zapis-RPS-2015-11-18`).
 */
export function fileStem(prefix: string, bodyCode: string, startsAt: string): string {
	const code = bodyCode.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
	const day = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Prague',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(startsAt));
	return [prefix, code, day].filter(Boolean).join('-');
}
