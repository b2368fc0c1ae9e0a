/** API view of personal API tokens: schemas (documented in OpenAPI) and the presenter. */
import { z } from 'zod';
import type { ApiTokenView } from '#lib/platform/auth/api-token.service.server.ts';

const timestamp = () => z.iso.datetime({ offset: true });

export const ApiTokenSchema = z
	.object({
		id: z.uuid(),
		name: z.string().meta({ description: 'Název tokenu (k čemu slouží).' }),
		prefix: z.string().meta({ description: 'Začátek tokenu, podle kterého ho poznáte.' }),
		createdAt: timestamp(),
		lastUsedAt: timestamp()
			.nullable()
			.meta({ description: 'Poslední použití (přesnost 1 minuta).' }),
		expiresAt: timestamp().nullable().meta({ description: 'Konec platnosti; null = neomezeně.' }),
		revokedAt: timestamp().nullable().meta({ description: 'Kdy byl token zneplatněn.' })
	})
	.meta({ id: 'ApiToken', description: 'Osobní API token (bez tajné části).' });

export const CreateApiTokenSchema = z
	.strictObject({
		name: z
			.string()
			.min(1)
			.max(100)
			.meta({ description: 'Název tokenu, např. „Export do tabulky“ (1–100 znaků).' }),
		expiresAt: z
			.union([z.iso.date(), z.iso.datetime({ offset: true })])
			.optional()
			.meta({
				description:
					'Konec platnosti: datum (platí do konce dne v Praze) nebo okamžik ISO 8601. Bez něj platí token do zneplatnění.'
			})
	})
	.meta({ id: 'CreateApiToken', description: 'Nový osobní API token.' });

export const CreatedApiTokenSchema = z
	.object({
		id: z.uuid(),
		token: z.string().meta({ description: 'Celý token. Zobrazí se jen teď – uložte si ho.' }),
		prefix: z.string()
	})
	.meta({ id: 'CreatedApiToken', description: 'Vytvořený token včetně tajné části.' });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Service view → API JSON (the owner's id is implied by the request). */
export function presentApiToken(token: ApiTokenView): z.output<typeof ApiTokenSchema> {
	return {
		id: token.id,
		name: token.name,
		prefix: token.prefix,
		createdAt: token.createdAt.toISOString(),
		lastUsedAt: iso(token.lastUsedAt),
		expiresAt: iso(token.expiresAt),
		revokedAt: iso(token.revokedAt)
	};
}
