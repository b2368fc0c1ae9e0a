/** API views of consultations: zod schemas (documented in OpenAPI) and presenters. */
import { z } from 'zod';
import {
	CHANNELS,
	publicAuthor,
	SETTLEMENT_STATUSES,
	type CommentView,
	type ConsultationListRow,
	type ConsultationView
} from '#lib/modules/participation/index.ts';

export const ConsultationIdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor připomínkování (UUID).' })
});

const phase = z.enum(['upcoming', 'open', 'closed', 'settled']).meta({
	description:
		'Fáze: upcoming (připravuje se), open (otevřeno), closed (uzavřeno, vypořádává se), settled (vypořádání zveřejněno).'
});
const date = z.string().meta({ description: 'Datum RRRR-MM-DD.' });

export const ConsultationSummarySchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		area: z.string(),
		source: z.enum(['plan', 'document']),
		opensOn: date,
		closesOn: date,
		hearingAt: z.string().nullable().meta({ description: 'Veřejné projednání (ISO 8601).' }),
		hearingPlace: z.string().nullable(),
		phase,
		commentCount: z.number().int()
	})
	.meta({ id: 'ConsultationSummary' });

export function presentSummary(r: ConsultationListRow): z.output<typeof ConsultationSummarySchema> {
	return {
		id: r.id,
		title: r.title,
		area: r.areaName,
		source: r.source,
		opensOn: r.opensOn,
		closesOn: r.closesOn,
		hearingAt: r.hearingAt ? r.hearingAt.toISOString() : null,
		hearingPlace: r.hearingPlace,
		phase: r.phase,
		commentCount: r.commentCount
	};
}

export const ConsultationSchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		description: z.string().nullable(),
		areaId: z.uuid(),
		area: z.string(),
		source: z.enum(['plan', 'document']),
		planId: z.uuid().nullable(),
		planVersionNo: z.number().int().nullable(),
		opensOn: date,
		closesOn: date,
		hearingAt: z.string().nullable(),
		hearingPlace: z.string().nullable(),
		identityRequired: z.boolean(),
		settlementPublishedAt: z.string().nullable(),
		phase,
		commentCount: z.number().int(),
		sections: z.array(
			z.object({
				id: z.uuid(),
				kind: z.enum(['intro', 'priority', 'measure', 'text']),
				number: z.string().nullable(),
				title: z.string(),
				body: z.string().meta({ description: 'Text oddílu zmrazený při vyhlášení.' })
			})
		)
	})
	.meta({ id: 'Consultation' });

export function presentConsultation(v: ConsultationView): z.output<typeof ConsultationSchema> {
	const c = v.consultation;
	return {
		id: c.id,
		title: c.title,
		description: c.description,
		areaId: c.areaId,
		area: c.areaName,
		source: c.source,
		planId: c.planId,
		planVersionNo: c.planVersionNo,
		opensOn: c.opensOn,
		closesOn: c.closesOn,
		hearingAt: c.hearingAt ? c.hearingAt.toISOString() : null,
		hearingPlace: c.hearingPlace,
		identityRequired: c.identityRequired,
		settlementPublishedAt: c.settlementPublishedAt ? c.settlementPublishedAt.toISOString() : null,
		phase: v.phase,
		commentCount: v.commentCount,
		sections: v.sections.map((s) => ({
			id: s.id,
			kind: s.kind,
			number: s.number,
			title: s.title,
			body: s.body
		}))
	};
}

export const ConsultationBody = z
	.object({
		source: z.enum(['plan', 'document']),
		planVersion: z
			.string()
			.optional()
			.meta({ description: 'U source=plan: „{planId}:{číslo verze}“ uložené verze plánu.' }),
		areaId: z.string().optional().meta({ description: 'U source=document: území (UUID).' }),
		sections: z.string().optional().meta({
			description: 'U source=document: text dokumentu; každý oddíl začíná řádkem „# Nadpis“.'
		}),
		title: z.string(),
		description: z.string().optional(),
		opensOn: date,
		closesOn: date,
		hearingDate: z.string().optional(),
		hearingTime: z.string().optional().meta({ description: 'Čas HH:MM (pražský čas).' }),
		hearingPlace: z.string().optional(),
		identityRequired: z.boolean().optional()
	})
	.meta({ id: 'ConsultationInput' });

export const CommentSchema = z
	.object({
		id: z.uuid(),
		number: z.number().int().meta({ description: 'Pořadové číslo připomínky.' }),
		sectionId: z.uuid().nullable().meta({ description: 'Oddíl; null = celý dokument.' }),
		section: z.string(),
		quote: z.string().nullable(),
		text: z.string(),
		author: z.string().meta({
			description: 'Jméno jen se souhlasem nebo u organizace, jinak „Fyzická osoba“.'
		}),
		authorName: z.string().nullable().meta({ description: 'Jen pro koordinátory.' }),
		authorEmail: z.string().nullable().meta({ description: 'Jen pro koordinátory.' }),
		organisation: z.string().nullable(),
		channel: z.enum(CHANNELS),
		receivedOn: date,
		status: z.enum(SETTLEMENT_STATUSES).nullable(),
		justification: z.string().nullable(),
		decidedBy: z.string().nullable(),
		decidedWhere: z.string().nullable(),
		measureId: z.uuid().nullable(),
		measureNumber: z.string().nullable()
	})
	.meta({ id: 'ConsultationComment' });

export function presentComment(r: CommentView, full: boolean): z.output<typeof CommentSchema> {
	return {
		id: r.id,
		number: r.number,
		sectionId: r.sectionId,
		section: r.sectionLabel,
		quote: r.quote,
		text: r.text,
		author: publicAuthor(r),
		authorName: full ? r.authorName : null,
		authorEmail: full ? r.authorEmail : null,
		organisation: r.organisationName,
		channel: r.channel,
		receivedOn: r.receivedOn,
		status: r.settlementStatus,
		justification: r.justification,
		decidedBy: r.decidedByLabel,
		decidedWhere: r.decidedWhere,
		measureId: r.measureId,
		measureNumber: r.measureNumber
	};
}

export const CommentBody = z
	.object({
		sectionId: z.string().optional().meta({ description: 'Oddíl (UUID); bez něj celý dokument.' }),
		quote: z.string().optional(),
		text: z.string(),
		authorName: z.string().optional(),
		authorEmail: z.string().optional(),
		organisationName: z.string().optional(),
		publishName: z.boolean().optional(),
		channel: z.enum(CHANNELS).optional().meta({
			description:
				'Jen koordinátor: email, paper nebo hearing zapíše připomínku došlou jinou cestou (s receivedOn).'
		}),
		receivedOn: z
			.string()
			.optional()
			.meta({ description: 'Datum doručení (u zápisu koordinátorem).' })
	})
	.meta({ id: 'ConsultationCommentInput' });
