/**
 * Input of a non-registered service (návazná služba) entered by a coordinator, and of a provider's
 * proposed change (description and contacts). Zod with Czech messages; client-safe.
 */
import { z } from 'zod';
import { fields } from '#lib/platform/http/validation.ts';
import { isValidIco, normalizeIco } from '#lib/modules/organisation/index.ts';
import { SERVICE_FORMS } from './service-kinds.ts';

const optional = (max = 300) => fields.optionalText(max);

export const optionalEmail = () =>
	z
		.string()
		.trim()
		.toLowerCase()
		.max(200)
		.optional()
		.transform((v) => (v ? v : null))
		.refine(
			(v) => v === null || z.email().safeParse(v).success,
			'Zadejte platnou e-mailovou adresu (např. jana@obec.cz).'
		);

export const optionalPhone = () =>
	z
		.string()
		.trim()
		.max(40)
		.optional()
		.transform((v) => (v ? v.replace(/\s+/g, ' ') : null))
		.refine(
			(v) => v === null || /^\+?[\d ()/-]{6,}$/.test(v),
			'Zadejte telefon jen s číslicemi, mezerami a případně předvolbou +420.'
		);

export const optionalWeb = () =>
	z
		.string()
		.trim()
		.max(300)
		.optional()
		.transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
		.refine((v) => {
			if (v === null) return true;
			try {
				const url = new URL(v);
				return /^https?:$/.test(url.protocol) && url.hostname.includes('.');
			} catch {
				return false;
			}
		}, 'Zadejte platnou webovou adresu, např. https://www.sluzba.cz.');

/** `amb`, `pob`, `ter` from checkboxes (one value or several) or a JSON array. */
const formList = z
	.union([z.enum(SERVICE_FORMS), z.array(z.enum(SERVICE_FORMS))])
	.optional()
	.transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])].sort());

export const TERRITORY_PATTERN = /^(kraj:\d{2}|orp:(\d{4}|praha))$/;

export const ManualServiceInput = z.object({
	ico: z
		.string()
		.trim()
		.min(1, 'Zadejte IČO poskytovatele.')
		.transform((v) => normalizeIco(v))
		.refine((v) => isValidIco(v), 'IČO musí mít 8 číslic a platnou kontrolní číslici.'),
	providerName: optional(300),
	name: fields.text(300),
	kindText: fields.text(200),
	description: optional(5000),
	email: optionalEmail(),
	phone: optionalPhone(),
	web: optionalWeb(),
	forms: formList,
	street: optional(200),
	houseNumber: optional(20),
	postcode: z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v.replace(/\s+/g, '') : null))
		.refine((v) => v === null || /^\d{5}$/.test(v), 'PSČ má 5 číslic, např. 460 01.'),
	city: fields.text(200),
	territory: z
		.string()
		.trim()
		.regex(TERRITORY_PATTERN, 'Vyberte kraj nebo obvod ORP, kde služba působí.')
});
export type ManualServiceData = z.output<typeof ManualServiceInput>;

export const ManualServiceUpdate = ManualServiceInput.extend({ version: fields.version() });

/** A provider's proposal: the new text of the description and contacts. */
export const ServiceEditInput = z.object({
	description: optional(5000),
	email: optionalEmail(),
	phone: optionalPhone(),
	web: optionalWeb()
});
export type ServiceEditData = z.output<typeof ServiceEditInput>;

export const EDIT_FIELDS = ['description', 'email', 'phone', 'web'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

export const DecisionInput = z.object({ version: fields.version() });
export const RejectInput = z.object({
	version: fields.version(),
	reason: fields.text(1000)
});
