/** Staff JSON of a suggestion (with the original text and the submitter), shared by the suggestion endpoints. */
import { presentApiSuggestion } from '#lib/modules/participation/index.ts';

export function staffJson(r: {
	id: string;
	number: string;
	areaId: string;
	areaName: string;
	status: string;
	topic: string;
	channel: string;
	targetGroupName: string | null;
	place: string | null;
	text: string;
	publicText: string | null;
	receivedOn: string;
	handledBy: string | null;
	dueOn: string | null;
	outcome: string | null;
	answer: string | null;
	publishedAt: Date | null;
	submitterName: string | null;
	submitterEmail: string | null;
	submitterPhone: string | null;
}) {
	return presentApiSuggestion({
		...r,
		text: r.publicText ?? r.text,
		originalText: r.text,
		submitter: { name: r.submitterName, email: r.submitterEmail, phone: r.submitterPhone }
	});
}
