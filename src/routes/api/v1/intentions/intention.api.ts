/** API views of calls and development intentions: zod schemas (documented in OpenAPI) and presenters. */
import { z } from 'zod';
import {
	CHANGE_TYPES,
	DECISION_OUTCOMES,
	EVIDENCE_KINDS,
	INTENTION_STATUSES,
	INTENTION_TYPES,
	STATEMENT_VERDICTS,
	type CallDetail,
	type CallListItem,
	type IntentionDetail,
	type IntentionListItem
} from '#lib/modules/network/index.ts';

export const TAG = 'Záměry';

export const IdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor (UUID).' })
});

const form = z.enum(['amb', 'pob', 'ter']).meta({
	description: 'Forma: amb (ambulantní), pob (pobytová), ter (terénní).'
});
const amount = z.union([z.number(), z.string()]).meta({
	description: 'Číslo; řetězec smí být v českém zápisu („1 250 000,50“).'
});

// ── calls ──

export const CallBody = z
	.object({
		regionAreaId: z.uuid().meta({ description: 'Kraj (plánovací území druhu kraj).' }),
		year: z.number().int().meta({ description: 'Rok sítě, pro který výzva je.' }),
		title: z.string().max(300),
		opensOn: z.iso.date().meta({ description: 'Začátek příjmu záměrů (včetně).' }),
		closesOn: z.iso.date().meta({ description: 'Konec příjmu záměrů (včetně).' }),
		eligibleKinds: z
			.array(z.string())
			.optional()
			.meta({ description: 'Kódy způsobilých druhů služeb (§); prázdné = všechny.' }),
		eligibleNeeds: z.string().nullable().optional(),
		rulesText: z.string().nullable().optional(),
		measureIds: z
			.array(z.uuid())
			.optional()
			.meta({ description: 'Navázaná opatření schválených plánů z území kraje.' }),
		criteria: z
			.array(z.object({ name: z.string(), maxScore: z.number().int() }))
			.optional()
			.meta({ description: 'Hodnoticí kritéria s nejvyšším počtem bodů.' })
	})
	.meta({ id: 'CallBody', description: 'Nová výzva k předkládání rozvojových záměrů.' });

const callState = z.enum(['upcoming', 'open', 'closed']).meta({
	description: 'upcoming (připravovaná), open (otevřená), closed (uzavřená).'
});

export const CallSummarySchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		year: z.number().int(),
		regionAreaId: z.uuid(),
		regionName: z.string(),
		opensOn: z.string(),
		closesOn: z.string(),
		state: callState,
		intentionCount: z.number().int()
	})
	.meta({ id: 'CallSummary', description: 'Výzva v seznamu.' });

export const CallDetailSchema = CallSummarySchema.extend({
	eligibleKinds: z.array(z.string()),
	eligibleNeeds: z.string().nullable(),
	rulesText: z.string().nullable(),
	version: z.number().int(),
	measures: z.array(
		z.object({
			id: z.uuid(),
			number: z.string(),
			title: z.string(),
			planId: z.uuid(),
			planTitle: z.string()
		})
	),
	criteria: z.array(z.object({ id: z.uuid(), name: z.string(), maxScore: z.number().int() }))
}).meta({ id: 'CallDetail', description: 'Výzva s opatřeními a kritérii.' });

export const presentCall = (c: CallListItem) => ({
	id: c.id,
	title: c.title,
	year: c.year,
	regionAreaId: c.regionAreaId,
	regionName: c.regionName,
	opensOn: c.opensOn,
	closesOn: c.closesOn,
	state: c.state,
	intentionCount: c.intentionCount
});

export const presentCallDetail = (c: CallDetail) => ({
	...presentCall(c),
	eligibleKinds: c.eligibleKinds,
	eligibleNeeds: c.eligibleNeeds,
	rulesText: c.rulesText,
	version: c.version,
	measures: c.measures,
	criteria: c.criteria
});

// ── intentions ──

export const IntentionBody = z
	.object({
		type: z.enum(INTENTION_TYPES).meta({
			description:
				'A (odpovídá výzvě/opatření), B (místní potřeba mimo výzvu), C (opětovné zařazení).'
		}),
		callId: z.uuid().nullable().optional().meta({ description: 'Výzva (povinná u typu A).' }),
		regionAreaId: z
			.uuid()
			.nullable()
			.optional()
			.meta({ description: 'Kraj; bez výzvy povinný, s výzvou se převezme z ní.' }),
		organisationId: z.uuid().meta({ description: 'Předkládající organizace.' }),
		serviceId: z.uuid().nullable().optional().meta({ description: 'Stávající služba z katalogu.' }),
		plannedName: z.string().nullable().optional().meta({ description: 'Název nové služby.' }),
		kindCode: z.string().nullable().optional().meta({ description: 'Druh nové služby (kód §).' }),
		changeType: z.enum(CHANGE_TYPES),
		startDate: z.iso.date(),
		costEstimate: amount.nullable().optional(),
		territoryText: z.string().nullable().optional(),
		justification: z.string(),
		measureId: z
			.uuid()
			.nullable()
			.optional()
			.meta({ description: 'Opatření schváleného plánu, o které se záměr opírá (A, B povinné).' }),
		capacity: z
			.array(z.object({ form, delta: amount }))
			.optional()
			.meta({
				description: 'Změna kapacity v jednotkách sítě (úvazky, lůžka); záporná = snížení.'
			}),
		funding: z.array(z.object({ source: z.string(), amount })).optional(),
		evidence: z
			.array(
				z.object({
					kind: z.enum(EVIDENCE_KINDS),
					description: z.string(),
					link: z.string().nullable().optional(),
					count: z.number().int().nullable().optional()
				})
			)
			.optional()
			.meta({
				description: 'Doložení potřebnosti (odmítnutí zájemci, pořadník, šetření, podněty).'
			})
	})
	.meta({ id: 'IntentionBody', description: 'Nový rozvojový záměr.' });

export const IntentionSummarySchema = z
	.object({
		id: z.uuid(),
		reference: z.string(),
		type: z.enum(INTENTION_TYPES),
		status: z.enum(INTENTION_STATUSES),
		year: z.number().int(),
		name: z.string(),
		kindCode: z.string(),
		changeType: z.enum(CHANGE_TYPES),
		organisationName: z.string(),
		regionName: z.string(),
		measureLabel: z.string().nullable()
	})
	.meta({ id: 'IntentionSummary', description: 'Rozvojový záměr v seznamu.' });

export const IntentionDetailSchema = z
	.object({
		id: z.uuid(),
		reference: z.string(),
		type: z.enum(INTENTION_TYPES),
		status: z.enum(INTENTION_STATUSES).meta({
			description:
				'submitted (předložen), stated (se stanoviskem), approved (schválen), postponed (v zásobníku), rejected (zamítnut).'
		}),
		year: z.number().int(),
		version: z.number().int(),
		name: z.string(),
		serviceId: z.uuid().nullable(),
		kindCode: z.string(),
		changeType: z.enum(CHANGE_TYPES),
		startDate: z.string(),
		costEstimate: z.number().nullable(),
		territoryText: z.string().nullable(),
		justification: z.string(),
		organisation: z.object({ id: z.uuid(), name: z.string() }),
		region: z.object({ id: z.uuid(), name: z.string() }),
		call: z.object({ id: z.uuid(), title: z.string() }).nullable(),
		measure: z
			.object({
				id: z.uuid(),
				number: z.string(),
				title: z.string(),
				planId: z.uuid(),
				planTitle: z.string()
			})
			.nullable(),
		capacity: z.array(z.object({ form: z.string(), unit: z.string(), delta: z.number() })),
		funding: z.array(z.object({ source: z.string(), amount: z.number() })),
		evidence: z.array(
			z.object({
				kind: z.string(),
				description: z.string(),
				link: z.string().nullable(),
				count: z.number().int().nullable()
			})
		),
		statement: z
			.object({
				verdict: z.enum(STATEMENT_VERDICTS),
				reasons: z.string(),
				meetingId: z.uuid().nullable(),
				resolutionText: z.string().nullable(),
				statedAt: z.string()
			})
			.nullable(),
		scores: z.array(
			z.object({
				criterionId: z.uuid(),
				name: z.string(),
				maxScore: z.number().int(),
				score: z.number().int().nullable()
			})
		),
		decision: z
			.object({
				outcome: z.enum(DECISION_OUTCOMES),
				categoryCode: z.string().nullable(),
				fromYear: z.number().int().nullable(),
				capacity: z.array(z.object({ form: z.string(), delta: z.number() })),
				decisionRef: z.string(),
				decidedOn: z.string()
			})
			.nullable()
	})
	.meta({ id: 'IntentionDetail', description: 'Rozvojový záměr se stanoviskem a rozhodnutím.' });

export const presentIntentionRow = (r: IntentionListItem) => ({
	id: r.id,
	reference: r.reference,
	type: r.type as (typeof INTENTION_TYPES)[number],
	status: r.status,
	year: r.year,
	name: r.name,
	kindCode: r.kindCode,
	changeType: r.changeType as (typeof CHANGE_TYPES)[number],
	organisationName: r.organisationName,
	regionName: r.regionName,
	measureLabel: r.measureLabel
});

export const presentIntention = (d: IntentionDetail) => ({
	id: d.id,
	reference: d.reference,
	type: d.type as (typeof INTENTION_TYPES)[number],
	status: d.status,
	year: d.year,
	version: d.version,
	name: d.name,
	serviceId: d.serviceId,
	kindCode: d.kindCode,
	changeType: d.changeType as (typeof CHANGE_TYPES)[number],
	startDate: d.startDate,
	costEstimate: d.costEstimate,
	territoryText: d.territoryText,
	justification: d.justification,
	organisation: d.organisation,
	region: d.region,
	call: d.call,
	measure: d.measure,
	capacity: d.capacity,
	funding: d.funding,
	evidence: d.evidence,
	statement: d.statement
		? {
				verdict: d.statement.verdict as (typeof STATEMENT_VERDICTS)[number],
				reasons: d.statement.reasons,
				meetingId: d.statement.meetingId,
				resolutionText: d.statement.resolutionText,
				statedAt: d.statement.statedAt
			}
		: null,
	scores: d.scores,
	decision: d.decision
		? {
				outcome: d.decision.outcome as (typeof DECISION_OUTCOMES)[number],
				categoryCode: d.decision.categoryCode,
				fromYear: d.decision.fromYear,
				capacity: d.decision.capacity,
				decisionRef: d.decision.decisionRef,
				decidedOn: d.decision.decidedOn
			}
		: null
});

export const StatementBody = z
	.object({
		verdict: z.enum(STATEMENT_VERDICTS).meta({
			description: 'consistent (v souladu), partly (částečně), not_consistent (není v souladu).'
		}),
		reasons: z.string(),
		meetingId: z.uuid().nullable().optional().meta({ description: 'Jednání pracovní skupiny.' }),
		resolutionText: z.string().nullable().optional(),
		version: z.number().int().meta({ description: 'Verze záměru (optimistické zamykání).' })
	})
	.meta({ id: 'StatementBody', description: 'Stanovisko k souladu s komunitním plánem.' });

export const DecisionBody = z
	.object({
		outcome: z.enum(DECISION_OUTCOMES),
		categoryCode: z
			.string()
			.nullable()
			.optional()
			.meta({ description: 'Kód kategorie sítě kraje.' }),
		fromYear: z.number().int().nullable().optional(),
		capacity: z
			.array(z.object({ form, delta: amount }))
			.optional()
			.meta({ description: 'Schválená kapacita; bez ní se schválí požadovaná.' }),
		scores: z.array(z.object({ criterionId: z.uuid(), score: z.number().int() })).optional(),
		decisionRef: z.string().meta({ description: 'Usnesení nebo rozhodnutí kraje (povinné).' }),
		decidedOn: z.iso.date(),
		note: z.string().nullable().optional(),
		version: z.number().int()
	})
	.meta({ id: 'DecisionBody', description: 'Hodnocení a rozhodnutí kraje o záměru.' });
