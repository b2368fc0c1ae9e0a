/** API view of a person (for coordinators): zod schema and presenter. */
import { z } from 'zod';
import { fullName, TRIAD_ROLES, type Person } from '#lib/modules/organisation/index.ts';

const timestamp = () => z.iso.datetime({ offset: true });

export const PersonSchema = z
	.object({
		id: z.uuid(),
		name: z
			.string()
			.meta({ description: 'Celé jméno s tituly, např. „Mgr. Jana Urbanová, Ph.D.“.' }),
		titlesBefore: z.string().nullable(),
		firstName: z.string(),
		lastName: z.string(),
		titlesAfter: z.string().nullable(),
		email: z.string().nullable(),
		phone: z.string().nullable(),
		organisationId: z.uuid().nullable().meta({ description: 'Organizace, za kterou osoba jedná.' }),
		position: z.string().nullable().meta({ description: 'Funkce, jak se uvádí v zápisech.' }),
		triadRole: z.enum(TRIAD_ROLES).meta({
			description:
				'Role v triádě: zadavatel, poskytovatel, uzivatel (i zástupce uživatelů), verejnost.'
		}),
		publishName: z.boolean().meta({
			description: 'Souhlas se zveřejněním jména; bez něj veřejné výstupy ukazují jen funkci.'
		}),
		consentAt: timestamp().nullable().meta({ description: 'Kdy byl souhlas udělen.' }),
		hasAccount: z.boolean().meta({ description: 'Zda je osoba propojena s uživatelským účtem.' }),
		areaId: z.uuid().meta({ description: 'Území, ve kterém je osoba evidována.' }),
		createdAt: timestamp(),
		updatedAt: timestamp()
	})
	.meta({ id: 'Person', description: 'Osoba zapojená do plánování (člen triády).' });

export function presentPerson(p: Person): z.output<typeof PersonSchema> {
	return {
		id: p.id,
		name: fullName(p),
		titlesBefore: p.titlesBefore ?? null,
		firstName: p.firstName,
		lastName: p.lastName,
		titlesAfter: p.titlesAfter ?? null,
		email: p.email ?? null,
		phone: p.phone ?? null,
		organisationId: p.organisationId ?? null,
		position: p.position ?? null,
		triadRole: p.triadRole,
		publishName: p.publishName,
		consentAt: p.consentAt ? p.consentAt.toISOString() : null,
		hasAccount: p.userId !== null,
		areaId: p.areaId,
		createdAt: p.createdAt.toISOString(),
		updatedAt: p.updatedAt.toISOString()
	};
}
