/**
 * REST views of suggestions (`/api/v1/suggestions`, tag "Podněty"): zod schemas documented in
 * OpenAPI and presenters that pick fields explicitly. The submitter's personal data appear only
 * in answers to staff who handle the suggestion, never in public answers.
 */
import { z } from 'zod';
import { pageQuery } from '#lib/platform/http/pagination.ts';
import {
	SUGGESTION_CHANNELS,
	SUGGESTION_OUTCOMES,
	SUGGESTION_STATUSES,
	SUGGESTION_TOPICS,
	StaffSuggestionInput
} from './suggestion.validation.ts';

const date = () => z.string().meta({ description: 'Datum RRRR-MM-DD.' });
const timestamp = () => z.iso.datetime({ offset: true });

export const SuggestionIdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor podnětu (UUID).' })
});

export const SuggestionListQuery = pageQuery.extend({
	status: z
		.enum([...SUGGESTION_STATUSES, 'open'])
		.optional()
		.meta({
			description:
				'Stav (jen pro pracovníky; veřejnost vidí jen zveřejněné). `open` = všechny nevyřízené.'
		}),
	topic: z.enum(SUGGESTION_TOPICS).optional().meta({ description: 'Téma.' }),
	outcome: z.enum(SUGGESTION_OUTCOMES).optional().meta({ description: 'Výsledek vypořádání.' }),
	targetGroupId: z.uuid().optional().meta({ description: 'Cílová skupina.' }),
	areaId: z.uuid().optional().meta({ description: 'Území (včetně území pod ním).' }),
	year: z.coerce.number().int().min(2000).max(2100).optional().meta({ description: 'Rok přijetí.' })
});

const Submitter = z
	.object({
		name: z.string().nullable(),
		email: z.string().nullable(),
		phone: z.string().nullable()
	})
	.meta({
		id: 'SuggestionSubmitter',
		description: 'Podavatel – jen pro pracovníky, kteří podnět vyřizují; nikdy se nezveřejňuje.'
	});

export const SuggestionSchema = z
	.object({
		id: z.uuid(),
		number: z.string().meta({ description: 'Číslo podnětu v rámci území a roku, např. 2026/7.' }),
		areaId: z.uuid(),
		areaName: z.string(),
		status: z.enum(SUGGESTION_STATUSES),
		topic: z.enum(SUGGESTION_TOPICS),
		channel: z.enum(SUGGESTION_CHANNELS),
		targetGroupName: z.string().nullable(),
		place: z.string().nullable(),
		text: z.string().meta({ description: 'Veřejné znění (nebo původní text, když není upraven).' }),
		originalText: z.string().nullable().meta({ description: 'Původní text – jen pro pracovníky.' }),
		receivedOn: date(),
		handledBy: z
			.string()
			.nullable()
			.meta({ description: 'Skupina nebo odbor, který podnět řeší.' }),
		dueOn: date().nullable(),
		outcome: z.enum(SUGGESTION_OUTCOMES).nullable(),
		answer: z.string().nullable(),
		publishedAt: timestamp().nullable(),
		submitter: Submitter.nullable()
	})
	.meta({ id: 'Suggestion', description: 'Podnět nebo připomínka.' });
export type SuggestionJson = z.output<typeof SuggestionSchema>;

export const SuggestionCreateBody = StaffSuggestionInput.meta({
	id: 'SuggestionCreate',
	description:
		'Zápis podnětu pracovníkem (koordinátor území) za občana: kanál, datum přijetí, volitelně bod programu jednání.'
});

export interface SuggestionPresentable {
	id: string;
	number: string;
	areaId?: string;
	areaName: string;
	status: string;
	topic: string;
	channel: string;
	targetGroupName: string | null;
	place: string | null;
	text: string;
	originalText?: string | null;
	receivedOn: string;
	handledBy: string | null;
	dueOn?: string | null;
	outcome: string | null;
	answer: string | null;
	publishedAt?: Date | null;
	submitter?: { name: string | null; email: string | null; phone: string | null } | null;
}

export function presentApiSuggestion(
	s: SuggestionPresentable & { areaId: string }
): SuggestionJson {
	return {
		id: s.id,
		number: s.number,
		areaId: s.areaId,
		areaName: s.areaName,
		status: s.status as SuggestionJson['status'],
		topic: s.topic as SuggestionJson['topic'],
		channel: s.channel as SuggestionJson['channel'],
		targetGroupName: s.targetGroupName,
		place: s.place,
		text: s.text,
		originalText: s.originalText ?? null,
		receivedOn: s.receivedOn,
		handledBy: s.handledBy,
		dueOn: s.dueOn ?? null,
		outcome: (s.outcome as SuggestionJson['outcome']) ?? null,
		answer: s.answer,
		publishedAt: s.publishedAt ? s.publishedAt.toISOString() : null,
		submitter: s.submitter ?? null
	};
}
