/**
 * Demo accounts, one per role, all with the password `souhra-demo`. Written straight with the
 * seeding transaction (no permission checks) but recorded in the audit trail as `systém: demo`.
 */
import type { Seeder, SeedContext } from '#lib/platform/seed/seed.server.ts';
import { systemActor, type RoleGrant } from '#lib/platform/access/actor.ts';
import { grantsForHistory, replaceGrants } from '#lib/platform/access/grant.server.ts';
import { auditedInsert, recordAudit } from '#lib/platform/audit/audit.server.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { hashPassword } from '#lib/platform/auth/password.server.ts';

export const DEMO_PASSWORD = 'souhra-demo';

interface DemoAccount {
	email: string;
	name: string;
	role: string;
	note: string;
	grants: (refs: Map<string, string>) => RoleGrant[];
}

const ACCOUNTS: DemoAccount[] = [
	{
		email: 'spravce@souhra.example',
		name: 'Petra Správcová',
		role: 'správce',
		note: 'správa uživatelů, rolí a celé instance',
		grants: () => [{ role: 'admin' }]
	},
	{
		email: 'koordinator@souhra.example',
		name: 'Jan Koordinátor',
		role: 'koordinátor',
		note: 'koordinátor KPSS pro ORP Liberec, Moravskoslezský kraj a Mikroregion Valašskomeziříčsko-Kelečsko',
		grants: (refs) =>
			['area:orp-liberec', 'area:kraj-msk', 'area:mr-valmez']
				.map((ref) => refs.get(ref))
				.filter((id): id is string => !!id)
				.map((areaId) => ({ role: 'coordinator', areaId }))
	},
	{
		email: 'kraj@souhra.example',
		name: 'Kateřina Krajská',
		role: 'kraj',
		note: 'krajská koordinátorka pro Liberecký a Zlínský kraj (síť služeb, hodnocení záměrů)',
		grants: (refs) =>
			['area:kraj-lbc', 'area:kraj-zlk']
				.map((ref) => refs.get(ref))
				.filter((id): id is string => !!id)
				.map((areaId) => ({ role: 'coordinator', areaId }))
	},
	{
		email: 'manazer@souhra.example',
		name: 'Marie Manažerová',
		role: 'manažer',
		note: 'manažerka řídící skupiny v Liberci',
		grants: (refs) => [{ role: 'manager', bodyId: refs.get('body:liberec-rs') ?? null }]
	},
	{
		email: 'clen@souhra.example',
		name: 'Tomáš Člen',
		role: 'člen',
		note: 'člen řídící skupiny v Liberci',
		grants: (refs) => [{ role: 'member', bodyId: refs.get('body:liberec-rs') ?? null }]
	},
	{
		email: 'poskytovatel@souhra.example',
		name: 'Lucie Poskytovatelová',
		role: 'poskytovatel',
		note: 'zástupkyně poskytovatele sociálních služeb',
		grants: (refs) => [
			{ role: 'provider', organisationId: refs.get('organisation:demo-provider') ?? null }
		]
	}
];

async function createAccount(ctx: SeedContext, account: DemoAccount): Promise<void> {
	const actor = systemActor('demo');
	const row = await auditedInsert(
		ctx.tx,
		actor,
		users,
		'auth.user',
		{ email: account.email, name: account.name, passwordHash: await hashPassword(DEMO_PASSWORD) },
		{ redact: ['passwordHash'] }
	);
	const grants = account.grants(ctx.refs);
	if (grants.length) {
		await replaceGrants(ctx.tx, row.id, grants, null);
		await recordAudit(ctx.tx, actor, {
			entityType: 'auth.user',
			entityId: row.id,
			action: 'update',
			before: { grants: [] },
			after: { grants: grantsForHistory(grants) }
		});
	}
	ctx.refs.set(`user:${account.email.split('@')[0]}`, row.id);
	ctx.logins.push({
		email: account.email,
		password: DEMO_PASSWORD,
		role: account.role,
		note: account.note
	});
}

export const demoAccountsSeeder: Seeder = {
	id: 'platform.demo-accounts',
	order: 300,
	async run(ctx) {
		for (const account of ACCOUNTS) await createAccount(ctx, account);
	}
};
