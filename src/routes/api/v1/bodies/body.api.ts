/** API view of bodies (groups) and their members: zod schemas and presenters. */
import { z } from 'zod';
import {
	BODY_KINDS,
	MEMBERSHIP_ROLES,
	type Body,
	type MemberRow
} from '#lib/modules/organisation/index.ts';

const timestamp = () => z.iso.datetime({ offset: true });

export const StatuteSchema = z
	.object({
		minMeetingsPerYear: z
			.number()
			.int()
			.nullable()
			.meta({ description: 'Nejmenší počet jednání za rok (null = bez pravidla).' }),
		maxMonthsBetweenMeetings: z
			.number()
			.int()
			.nullable()
			.meta({ description: 'Jednání alespoň jednou za tolik měsíců (null = bez pravidla).' }),
		noMeetingMonths: z
			.array(z.number().int().min(1).max(12))
			.meta({ description: 'Měsíce (1–12) bez pravidelných jednání.' }),
		invitationLeadDays: z
			.number()
			.int()
			.meta({ description: 'Pozvánka nejpozději tolik dní předem.' }),
		agendaProposalDays: z
			.number()
			.int()
			.meta({ description: 'Návrhy bodů programu nejpozději tolik dní předem.' }),
		excuseDays: z
			.number()
			.int()
			.meta({ description: 'Omluvy nejpozději tolik dní předem (0 = do začátku jednání).' }),
		quorumPercent: z
			.number()
			.int()
			.meta({ description: 'Usnášeníschopnost: přítomno více než toto procento hlasujících.' })
	})
	.meta({ id: 'Statute', description: 'Pravidla statutu skupiny.' });

export const BodySchema = z
	.object({
		id: z.uuid(),
		areaId: z.uuid(),
		kind: z.enum(BODY_KINDS).meta({
			description: 'steering_group (řídící skupina), working_group, managerial_team, subgroup.'
		}),
		name: z.string(),
		code: z.string().meta({ description: 'Zkratka pro čísla usnesení (ŘS → ŘS/2025/07).' }),
		targetGroupId: z.uuid().nullable(),
		parentBodyId: z.uuid().nullable(),
		description: z.string().nullable(),
		statute: StatuteSchema,
		isActive: z.boolean(),
		createdAt: timestamp(),
		updatedAt: timestamp()
	})
	.meta({ id: 'Body', description: 'Skupina: řídící, pracovní, manažerský tým nebo podskupina.' });

export function presentBody(b: Body): z.output<typeof BodySchema> {
	return {
		id: b.id,
		areaId: b.areaId,
		kind: b.kind,
		name: b.name,
		code: b.code,
		targetGroupId: b.targetGroupId ?? null,
		parentBodyId: b.parentBodyId ?? null,
		description: b.description ?? null,
		statute: {
			minMeetingsPerYear: b.minMeetingsPerYear ?? null,
			maxMonthsBetweenMeetings: b.maxMonthsBetweenMeetings ?? null,
			noMeetingMonths: [...b.noMeetingMonths],
			invitationLeadDays: b.invitationLeadDays,
			agendaProposalDays: b.agendaProposalDays,
			excuseDays: b.excuseDays,
			quorumPercent: b.quorumPercent
		},
		isActive: b.isActive,
		createdAt: b.createdAt.toISOString(),
		updatedAt: b.updatedAt.toISOString()
	};
}

export const MemberSchema = z
	.object({
		membershipId: z.uuid(),
		personId: z
			.uuid()
			.nullable()
			.meta({ description: 'Osoba; null, pokud volající nesmí znát osoby a jméno je skryté.' }),
		name: z.string().meta({
			description:
				'Jméno; bez souhlasu se zveřejněním (a bez oprávnění číst osoby) jen funkce nebo „člen skupiny“.'
		}),
		nameHidden: z.boolean().meta({ description: 'Jméno je nahrazeno funkcí.' }),
		position: z.string().nullable(),
		role: z.enum(MEMBERSHIP_ROLES).meta({
			description: 'vedouci, zastupce (zástupce vedoucího), clen, zapisovatel, host.'
		}),
		validFrom: z.iso.date(),
		validTo: z.iso.date().nullable()
	})
	.meta({ id: 'Member', description: 'Člen skupiny k danému dni.' });

/** A member row for the API; `showNames` = the caller may read the area's people. */
export function presentMember(
	row: MemberRow,
	showNames: boolean,
	hiddenLabel: string
): z.output<typeof MemberSchema> {
	const visible = showNames || row.publishName;
	return {
		membershipId: row.membershipId,
		personId: showNames ? row.personId : null,
		name: visible ? row.name : row.position || hiddenLabel,
		nameHidden: !visible,
		position: visible ? (row.position ?? null) : null,
		role: row.role,
		validFrom: row.validFrom,
		validTo: row.validTo ?? null
	};
}
