/** API view of an organisation: zod schemas (documented in OpenAPI), presenter, input mapping. */
import { z } from 'zod';
import { ORGANISATION_TYPES, type Organisation } from '#lib/modules/organisation/index.ts';

const timestamp = () => z.iso.datetime({ offset: true });
const text = (description: string) => z.string().nullable().meta({ description });

export const OrganisationSchema = z
	.object({
		id: z.uuid(),
		name: z.string().meta({ description: 'Název organizace.' }),
		ico: text('IČO (8 číslic s úvodními nulami), pokud ho organizace má.'),
		type: z.enum(ORGANISATION_TYPES).meta({
			description:
				'Typ: obec, kraj, poskytovatel (sociálních služeb), nno (nestátní nezisková organizace), urad_prace, zdravotnicke_zarizeni, jina.'
		}),
		street: text('Ulice a číslo.'),
		city: text('Obec.'),
		postcode: text('PSČ (5 číslic).'),
		email: text('Kontaktní e-mail.'),
		phone: text('Telefon.'),
		web: text('Webové stránky.'),
		version: z.number().int().min(1).meta({
			description: 'Verze záznamu; pošlete ji v PATCH, jinak změnu někoho jiného nepřepíšete.'
		}),
		createdAt: timestamp(),
		updatedAt: timestamp()
	})
	.meta({ id: 'Organisation', description: 'Organizace zapojená do plánování.' });

const optionalText = (description: string) =>
	z.string().max(5000).nullable().optional().meta({ description });

const fields = {
	name: z.string().max(300).meta({ description: 'Název organizace.' }),
	ico: optionalText('IČO; ověřuje se kontrolní číslice.'),
	type: z.enum(ORGANISATION_TYPES),
	street: optionalText('Ulice a číslo.'),
	city: optionalText('Obec.'),
	postcode: optionalText('PSČ, 5 číslic (mezera je dovolena).'),
	email: optionalText('Kontaktní e-mail.'),
	phone: optionalText('Telefon.'),
	web: optionalText('Adresa začínající http:// nebo https://.')
};

export const CreateOrganisationSchema = z
	.object(fields)
	.meta({ id: 'CreateOrganisation', description: 'Nová organizace.' });

export const UpdateOrganisationSchema = z
	.object({
		...z.object(fields).partial().shape,
		version: z
			.number()
			.int()
			.min(1)
			.meta({ description: 'Verze, kterou jste načetli; při neshodě odpověď 409.' })
	})
	.meta({
		id: 'UpdateOrganisation',
		description: 'Změna organizace: jen měněná pole a povinně `version`.'
	});

export function presentOrganisation(o: Organisation): z.output<typeof OrganisationSchema> {
	return {
		id: o.id,
		name: o.name,
		ico: o.ico ?? null,
		type: o.type,
		street: o.street ?? null,
		city: o.city ?? null,
		postcode: o.postcode ?? null,
		email: o.email ?? null,
		phone: o.phone ?? null,
		web: o.web ?? null,
		version: o.version,
		createdAt: o.createdAt.toISOString(),
		updatedAt: o.updatedAt.toISOString()
	};
}

/** JSON nulls → absent values, as the service's form-style validation expects. */
export function toServiceInput(body: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v ?? undefined]));
}
