/** GET /api/v1/me — the account behind the token (or session) and its role grants. */
import { z } from 'zod';
import { ROLES } from '#lib/platform/access/actor.ts';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { UnauthorizedError } from '#lib/platform/http/errors.ts';
import { findUserById } from '#lib/platform/auth/user.store.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

const GrantSchema = z
	.object({
		role: z.enum(ROLES).meta({
			description:
				'admin = správce instance, coordinator = koordinátor území, manager = vedoucí skupiny, member = člen skupiny, provider = poskytovatel.'
		}),
		areaId: z.uuid().nullable().meta({ description: 'Území (u koordinátora).' }),
		bodyId: z.uuid().nullable().meta({ description: 'Skupina (u vedoucího a člena).' }),
		organisationId: z.uuid().nullable().meta({ description: 'Organizace (u poskytovatele).' })
	})
	.meta({ id: 'RoleGrant', description: 'Přidělená role a její rozsah.' });

const MeSchema = z
	.object({
		id: z.uuid(),
		email: z.string(),
		name: z.string(),
		locale: z.string().meta({ description: 'Jazyk rozhraní (cs, en).' }),
		grants: z.array(GrantSchema)
	})
	.meta({ id: 'Me', description: 'Přihlášený uživatel.' });

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/me',
	summary: 'Přihlášený uživatel',
	description: 'Účet, kterému patří použitý API token, a jeho role.',
	tags: ['Účet'],
	auth: 'user',
	response: MeSchema,
	handler: async ({ actor }) => {
		const user = await findUserById(actor.userId);
		if (!user) throw new UnauthorizedError('Účet, kterému token patřil, už neexistuje.');
		return {
			id: user.id,
			email: user.email,
			name: user.name,
			locale: user.locale,
			grants: actor.grants.map((g) => ({
				role: g.role,
				areaId: g.areaId ?? null,
				bodyId: g.bodyId ?? null,
				organisationId: g.organisationId ?? null
			}))
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
