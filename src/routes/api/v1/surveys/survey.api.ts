/** API views of surveys: zod schemas (documented in OpenAPI), presenters and the streamed export. */
import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { SurveyListRow } from '#lib/modules/participation/index.ts';
import type { SurveyDefinition } from '#lib/modules/participation/views/surveys/survey.form.ts';
import type { SurveyResults } from '#lib/modules/participation/views/surveys/survey.results.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { problemFromError } from '#lib/platform/http/problem.server.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import type { ExportStream } from '#lib/modules/participation/index.ts';
import type { Actor } from '#lib/platform/access/actor.ts';

export const SurveyIdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor dotazníku (UUID).' })
});

const status = z
	.enum(['draft', 'open', 'closed'])
	.meta({ description: 'Stav: draft (v přípravě), open (sbírá odpovědi), closed (uzavřený).' });
const kind = z
	.enum(['single', 'multiple', 'scale', 'matrix', 'number', 'short_text', 'long_text'])
	.meta({
		description:
			'Druh otázky: single (jedna možnost), multiple (více možností), scale (stupnice 1–5), matrix (matice), number (číslo), short_text (krátký text), long_text (dlouhý text).'
	});
const option = z.object({ id: z.uuid(), label: z.string() });

export const SurveySummarySchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		area: z.object({ id: z.uuid(), name: z.string() }),
		status,
		opensOn: z.string().nullable().meta({ description: 'Začátek sběru odpovědí (RRRR-MM-DD).' }),
		closesOn: z.string().nullable().meta({ description: 'Konec sběru odpovědí (RRRR-MM-DD).' }),
		publicLink: z.boolean(),
		planId: z.uuid().nullable().meta({ description: 'Plán, jehož je dotazník podkladem.' }),
		responses: z.number().int()
	})
	.meta({ id: 'SurveySummary' });

export function presentSurveyRow(r: SurveyListRow): z.output<typeof SurveySummarySchema> {
	return {
		id: r.id,
		title: r.title,
		area: { id: r.areaId, name: r.areaName },
		status: r.status,
		opensOn: r.opensOn,
		closesOn: r.closesOn,
		publicLink: r.publicLink,
		planId: r.planId,
		responses: r.responseCount
	};
}

export const SurveyDefinitionSchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		description: z.string().nullable(),
		sections: z.array(
			z.object({
				id: z.uuid(),
				title: z.string(),
				description: z.string().nullable(),
				questions: z.array(
					z.object({
						id: z.uuid(),
						number: z.number().int(),
						kind,
						text: z.string(),
						help: z.string().nullable(),
						required: z.boolean(),
						hidden: z.boolean(),
						options: z.array(option),
						rows: z.array(option).meta({ description: 'Řádky matice.' }),
						condition: z.object({ questionId: z.uuid(), optionId: z.uuid() }).nullable().meta({
							description: 'Otázka se zobrazí, jen pokud byla u questionId zvolena optionId.'
						})
					})
				)
			})
		)
	})
	.meta({ id: 'SurveyDefinition' });

export function presentDefinition(d: SurveyDefinition): z.output<typeof SurveyDefinitionSchema> {
	return {
		id: d.id,
		title: d.title,
		description: d.description,
		sections: d.sections.map((s) => ({
			id: s.id,
			title: s.title,
			description: s.description,
			questions: s.questions
				.filter((q) => !q.hidden)
				.map((q) => ({
					id: q.id,
					number: q.number,
					kind: q.kind,
					text: q.text,
					help: q.help,
					required: q.required,
					hidden: q.hidden,
					options: q.options,
					rows: q.rows,
					condition: q.condition
						? { questionId: q.condition.questionId, optionId: q.condition.optionId }
						: null
				}))
		}))
	};
}

const countRow = z.object({
	key: z.string().meta({ description: 'Id možnosti, u stupnice hodnota 1–5.' }),
	label: z.string(),
	count: z.number().int(),
	share: z.number().meta({ description: 'Podíl z respondentů, kteří na otázku odpověděli (0–1).' })
});

export const SurveyResultsSchema = z
	.object({
		respondents: z.number().int().meta({ description: 'Počet respondentů (po filtru).' }),
		filter: z.object({ questionId: z.uuid(), optionId: z.uuid(), label: z.string() }).nullable(),
		questions: z.array(
			z.object({
				id: z.uuid(),
				number: z.number().int(),
				text: z.string(),
				kind,
				hidden: z.boolean(),
				answered: z.number().int(),
				counts: z.array(countRow),
				matrix: z
					.object({
						columns: z.array(z.string()),
						rows: z.array(
							z.object({ label: z.string(), answered: z.number().int(), cells: z.array(countRow) })
						)
					})
					.nullable(),
				stats: z.object({ mean: z.number(), min: z.number(), max: z.number() }).nullable()
			})
		)
	})
	.meta({ id: 'SurveyResults' });

export function presentResults(r: SurveyResults): z.output<typeof SurveyResultsSchema> {
	return {
		respondents: r.respondents,
		filter: r.filter,
		questions: r.questions.map((q) => ({
			id: q.id,
			number: q.number,
			text: q.text,
			kind: q.kind,
			hidden: q.hidden,
			answered: q.answered,
			counts: q.counts.map((c) => ({ key: c.key, label: c.label, count: c.count, share: c.share })),
			matrix: q.matrix
				? {
						columns: q.matrix.columns,
						rows: q.matrix.rows.map((row) => ({
							label: row.label,
							answered: row.answered,
							cells: row.cells.map((c) => ({
								key: c.key,
								label: c.label,
								count: c.count,
								share: c.share
							}))
						}))
					}
				: null,
			stats: q.stats
		}))
	};
}

/**
 * A streamed download: validates the id, lets the service authorize (before the first byte) and
 * answers its body stream as an attachment; errors are problem+json like every endpoint.
 */
export async function streamedExport(
	event: RequestEvent,
	open: (actor: Actor, id: string) => Promise<ExportStream>
): Promise<Response> {
	try {
		const actor = event.locals.actor ?? ANONYMOUS;
		const parsed = SurveyIdParams.safeParse(event.params);
		if (!parsed.success) {
			throw new ValidationError({ id: ['Neplatný identifikátor.'] }, 'Neplatný parametr v adrese.');
		}
		const file = await open(actor, parsed.data.id);
		return new Response(file.body, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': contentDisposition(file.filename),
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (error) {
		return problemFromError(error, event.url.pathname);
	}
}
