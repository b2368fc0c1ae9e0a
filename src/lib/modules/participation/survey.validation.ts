/** Input schemas of the survey builder (Czech messages come from the global zod error map). */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { QUESTION_KINDS } from './views/surveys/survey.form.ts';

const isoDay = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? v : null))
	.refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Zadejte datum ve tvaru RRRR-MM-DD.');

const checkbox = z
	.union([z.boolean(), z.string()])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

const optionalUuid = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? v : null))
	.pipe(z.uuid().nullable());

/** Lines of a textarea → trimmed, non-empty, unique labels. */
const lines = (max: number) =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => {
			const text = Array.isArray(v) ? v.join('\n') : (v ?? '');
			return [
				...new Set(
					text
						.split(/\r?\n/)
						.map((l) => l.trim())
						.filter(Boolean)
				)
			];
		})
		.pipe(z.array(z.string().max(300, 'Každá možnost může mít nejvýše 300 znaků.')).max(max));

export const surveyInput = z
	.object({
		areaId: z.uuid('Vyberte území plánování.'),
		title: fields.text(200),
		description: fields.optionalText(5000),
		opensOn: isoDay,
		closesOn: isoDay,
		publicLink: checkbox,
		planId: optionalUuid
	})
	.superRefine((v, ctx) => {
		if (v.opensOn && v.closesOn && v.closesOn < v.opensOn) {
			ctx.addIssue({
				code: 'custom',
				path: ['closesOn'],
				message: 'Konec sběru odpovědí nesmí být před jeho začátkem.'
			});
		}
	});
export type SurveyInput = z.output<typeof surveyInput>;

export const surveyUpdateInput = z
	.object({
		title: fields.text(200),
		description: fields.optionalText(5000),
		opensOn: isoDay,
		closesOn: isoDay,
		publicLink: checkbox,
		planId: optionalUuid,
		version: fields.version()
	})
	.superRefine((v, ctx) => {
		if (v.opensOn && v.closesOn && v.closesOn < v.opensOn) {
			ctx.addIssue({
				code: 'custom',
				path: ['closesOn'],
				message: 'Konec sběru odpovědí nesmí být před jeho začátkem.'
			});
		}
	});

export const sectionInput = z.object({
	title: fields.text(200),
	description: fields.optionalText(2000)
});

export const questionInput = z.object({
	sectionId: z.uuid('Vyberte oddíl dotazníku.'),
	kind: z.enum(QUESTION_KINDS),
	text: fields.text(500),
	help: fields.optionalText(1000),
	required: checkbox,
	/** Choices, or the columns of a matrix: one per line. */
	options: lines(50),
	/** Matrix rows: one per line. */
	rows: lines(30),
	/** Condition: `<questionId>:<optionId>` or empty. */
	condition: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.refine(
			(v) => v === null || /^[0-9a-f-]{36}:[0-9a-f-]{36}$/i.test(v),
			'Vyberte podmínku z nabídky.'
		)
});
export type QuestionInput = z.output<typeof questionInput>;

export const questionUpdateInput = z.object({
	text: fields.text(500),
	help: fields.optionalText(1000),
	required: checkbox,
	hidden: checkbox,
	/** New choices (or matrix columns) to add: one per line. */
	newOptions: lines(50),
	newRows: lines(30),
	condition: questionInput.shape.condition,
	version: fields.version()
});

export const invitationsInput = z.object({
	emails: z
		.string()
		.max(200_000, 'Seznam je příliš dlouhý (nejvýše 200 000 znaků).')
		.transform((text) => [
			...new Set(
				text
					.split(/[\s,;]+/)
					.map((e) => e.trim().toLowerCase())
					.filter(Boolean)
			)
		])
		.pipe(z.array(z.string()).min(1, 'Zadejte alespoň jednu e-mailovou adresu.').max(2000))
});

export const surveyListQuery = z.object({
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(25)
});

export const resultsFilterInput = z.object({
	/** `<questionId>:<optionId>` of one answer: only respondents who chose it. */
	filter: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.refine(
			(v) => v === null || /^[0-9a-f-]{36}:[0-9a-f-]{36}$/i.test(v),
			'Vyberte filtr z nabídky.'
		)
});
