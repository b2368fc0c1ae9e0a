/**
 * A frozen, published minutes snapshot → the public page's view model: every line already
 * formatted the way the DOCX/PDF print it (shared helpers of the meetings module), the item
 * HTML sanitised once more before it is rendered as is.
 */
import { m } from '#lib/paraglide/messages.js';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { formatDateTime } from '#lib/platform/i18n/format.ts';
import {
	czDate,
	czTime,
	eventDateText,
	getPublishedMinutes,
	publicBodyPath,
	sanitizeMinutesHtml,
	signatureText,
	taskAssignmentText,
	votesText
} from '#lib/modules/meetings/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The published minutes of a meeting (latest, or revision `n`); 404 when there are none. */
export async function loadPublished(meetingId: string, n?: string) {
	if (!UUID.test(meetingId)) throw new NotFoundError(m.minutes_public_not_found());
	let revision: number | undefined;
	if (n !== undefined) {
		if (!/^\d{1,6}$/.test(n)) throw new NotFoundError(m.minutes_public_not_found());
		revision = Number(n);
	}
	const published = await getPublishedMinutes(meetingId, revision);
	const doc = published.document;
	const latest = published.history[0]?.revision ?? published.revision;
	const date = czDate(doc.startsAt);
	return {
		meetingId,
		title: doc.title,
		date,
		bodyHref: publicBodyPath(doc.bodyId),
		bodyName: doc.bodyName,
		document: {
			headerLine: doc.headerLine,
			title: doc.title,
			place: doc.place,
			when: `${date}, v ${czTime(doc.startsAt)} hod.`,
			present: doc.present.join(', '),
			excused: doc.excused.join(', '),
			absent: doc.absent.join(', '),
			guests: doc.guests
				.map((g) => (g.organisation ? `${g.name} (${g.organisation})` : g.name))
				.join(', '),
			programme: doc.programme,
			items: doc.items.map((item) => ({
				position: item.position,
				title: item.title,
				reportedBy: item.reportedBy,
				html: sanitizeMinutesHtml(item.html),
				resolutions: item.resolutions.map((r) => ({
					number: r.number,
					text: r.text,
					votes: votesText(r)
				})),
				tasks: item.tasks.map((t) => ({
					text: t.text,
					assignment: taskAssignmentText(t),
					status: t.status
				}))
			})),
			events: doc.events.map((e) => ({
				when: eventDateText(e),
				title: e.title,
				place: e.place
			})),
			closingNote: doc.closingNote,
			signature: signatureText(doc.signature),
			approver: doc.signature.approver
				? `${doc.signature.approverVerb} ${doc.signature.approver}`
				: null,
			schedule: {
				heading: doc.schedule.heading,
				rows: doc.schedule.rows.map((r) => ({
					date: czDate(r.startsAt),
					time: czTime(r.startsAt),
					place: r.place
				}))
			}
		},
		revision: published.revision,
		latest,
		publishedAt: formatDateTime(published.publishedAt),
		reason: published.reason,
		history: published.history.map((h) => ({
			revision: h.revision,
			publishedAt: formatDateTime(h.publishedAt),
			reason: h.reason
		}))
	};
}

export type PublishedView = Awaited<ReturnType<typeof loadPublished>>;
