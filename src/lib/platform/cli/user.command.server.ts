/**
 * CLI commands for accounts: `user:create` (e.g. the first administrator of a new instance) and
 * `token:create` (an API token for scripts, printed alone on stdout).
 */
import { ROLES, systemActor, type Role, type RoleGrant } from '../access/actor.ts';
import { db, type Db } from '../db/client.server.ts';
import { ForbiddenError, NotFoundError } from '../http/errors.ts';
import { createUser } from '../auth/user.service.server.ts';
import { createApiToken } from '../auth/api-token.service.server.ts';
import { findUserByEmail } from '../auth/user.store.server.ts';
import {
	createResetToken,
	INVITATION_TTL_MS,
	publicOrigin
} from '../auth/password-reset.service.server.ts';
import { formatDateTime } from '../i18n/format.ts';
import { UsageError, type CliContext, type Command } from './cli.types.ts';
import { withDatabase } from './database.server.ts';

const CLI_ACTOR = systemActor('příkazová řádka');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function required(values: Record<string, unknown>, name: string): string {
	const value = values[name];
	if (typeof value !== 'string' || !value.trim()) {
		throw new UsageError(`Chybí povinná volba --${name}.`);
	}
	return value.trim();
}

type PlannedGrant = RoleGrant & { areaRef?: string };

/** Role + scope options → the grant (area still by reference); a missing scope is a usage error. */
function planGrant(values: Record<string, unknown>): PlannedGrant {
	const role = required(values, 'role') as Role;
	if (!ROLES.includes(role)) {
		throw new UsageError(`Neznámá role „${role}“. Možnosti: ${ROLES.join(', ')}.`);
	}
	for (const [option, allowed] of [
		['area', ['coordinator']],
		['body', ['manager', 'member']],
		['organisation', ['provider']]
	] as const) {
		if (values[option] !== undefined && !(allowed as readonly string[]).includes(role)) {
			throw new UsageError(`Volba --${option} patří jen k roli ${allowed.join(' a ')}.`);
		}
	}
	const scope = (option: string, what: string, uuid: boolean): string => {
		const value = values[option];
		if (typeof value !== 'string' || !value.trim()) {
			throw new UsageError(
				`Role ${role} potřebuje ${what}: --${option} <${uuid ? 'id' : 'id nebo přesný název'}>.`
			);
		}
		if (uuid && !UUID.test(value.trim())) {
			throw new UsageError(`--${option}: zadejte identifikátor (UUID).`);
		}
		return value.trim();
	};
	if (role === 'coordinator') return { role, areaRef: scope('area', 'území', false) };
	if (role === 'manager' || role === 'member') {
		return { role, bodyId: scope('body', 'skupinu', true) };
	}
	if (role === 'provider') {
		return { role, organisationId: scope('organisation', 'organizaci', true) };
	}
	return { role };
}

/** Resolve the area reference of a coordinator's grant. */
async function resolveGrant(planned: PlannedGrant, ctx: CliContext): Promise<RoleGrant> {
	const { areaRef, ...grant } = planned;
	if (areaRef === undefined) return grant;
	const all = await ctx.listAreas();
	const byId = all.find((a) => a.id.toLowerCase() === areaRef.toLowerCase());
	const byName = all.filter((a) => a.name === areaRef);
	if (byId) return { ...grant, areaId: byId.id };
	if (byName.length > 1) {
		throw new UsageError(
			`Název „${areaRef}“ má více území; zadejte id: ${byName.map((a) => a.id).join(', ')}.`
		);
	}
	if (!byName.length) {
		throw new NotFoundError(`Území „${areaRef}“ neexistuje (zadejte jeho id nebo přesný název).`);
	}
	return { ...grant, areaId: byName[0].id };
}

const userCreate: Command = {
	name: 'user:create',
	usage:
		'user:create --email <e-mail> --name <jméno> --role <role> [--area <území>] [--password <heslo>]',
	summary: 'Založí uživatelský účet s rolí (např. prvního správce instance).',
	details: [
		`Role: ${ROLES.join(', ')}. Koordinátor potřebuje --area, vedoucí a člen --body, poskytovatel --organisation.`,
		'Bez --password vypíše jednorázový odkaz pro nastavení hesla (platí 7 dní); předejte ho uživateli.',
		'Heslo zadané na příkazové řádce zůstane v historii shellu – odkaz je bezpečnější.',
		'Příklad: npm run -s cli -- user:create --email jana@obec.cz --name "Jana Nováková" --role admin'
	],
	options: {
		email: {
			type: 'string',
			description: 'E-mailová adresa (přihlašovací jméno).',
			valueName: 'e-mail'
		},
		name: { type: 'string', description: 'Celé jméno.', valueName: 'jméno' },
		role: { type: 'string', description: `Role: ${ROLES.join(' | ')}.`, valueName: 'role' },
		area: {
			type: 'string',
			description: 'Území koordinátora: id nebo přesný název.',
			valueName: 'území'
		},
		body: { type: 'string', description: 'Skupina vedoucího nebo člena (id).', valueName: 'id' },
		organisation: {
			type: 'string',
			description: 'Organizace poskytovatele (id).',
			valueName: 'id'
		},
		password: {
			type: 'string',
			description: 'Heslo (alespoň 10 znaků); jinak se vypíše odkaz.',
			valueName: 'heslo'
		},
		locale: {
			type: 'string',
			description: 'Jazyk rozhraní: cs (výchozí) nebo en.',
			valueName: 'jazyk'
		}
	},
	positionals: [0, 0],
	async run({ values }, ctx) {
		const email = required(values, 'email');
		const name = required(values, 'name');
		const planned = planGrant(values);
		await withDatabase(ctx, { migrate: true }, async () => {
			const grant = await resolveGrant(planned, ctx);
			const password = typeof values.password === 'string' ? values.password : undefined;
			const user = await createUser(CLI_ACTOR, {
				email,
				name,
				password,
				locale: values.locale ?? 'cs',
				grants: [grant],
				sendInvitation: false
			});
			ctx.io.out(
				`Účet vytvořen: ${user.name} <${user.email}>, role ${grant.role} (id ${user.id}).`
			);
			if (!password) {
				const { token, expiresAt } = await db().transaction((tx) =>
					createResetToken(tx as unknown as Db, user.id, INVITATION_TTL_MS)
				);
				ctx.io.out(
					`Heslo si uživatel nastaví na adrese (platí do ${formatDateTime(expiresAt, 'cs')}, jen jednou):\n` +
						`${publicOrigin()}/obnova-hesla/${token}`
				);
			}
		});
	}
};

const tokenCreate: Command = {
	name: 'token:create',
	usage: 'token:create --email <e-mail> [--name <název>]',
	summary: 'Vytvoří osobní API token uživatele a vypíše jen token.',
	details: [
		'Na standardní výstup jde jen token, takže ho lze uložit do proměnné:',
		'  TOKEN=$(npm run -s cli -- token:create --email jana@obec.cz --name "Export")',
		'  curl -H "Authorization: Bearer $TOKEN" http://localhost:3000/api/v1/me',
		'Token se zobrazí jen jednou; zneplatnit ho lze v profilu nebo přes API.'
	],
	options: {
		email: {
			type: 'string',
			description: 'E-mail uživatele, kterému token patří.',
			valueName: 'e-mail'
		},
		name: {
			type: 'string',
			description: 'Název tokenu (výchozí „Příkazová řádka“).',
			valueName: 'název'
		}
	},
	positionals: [0, 0],
	async run({ values }, ctx) {
		const email = required(values, 'email');
		await withDatabase(ctx, { migrate: true }, async () => {
			const user = await findUserByEmail(email);
			if (!user) throw new NotFoundError(`Uživatel s e-mailem ${email} neexistuje.`);
			if (!user.isActive) {
				throw new ForbiddenError(`Účet ${email} je deaktivovaný; token by nefungoval.`);
			}
			const created = await createApiToken(CLI_ACTOR, {
				userId: user.id,
				name:
					typeof values.name === 'string' && values.name.trim() ? values.name : 'Příkazová řádka'
			});
			ctx.io.out(created.token);
			ctx.io.err(`Token „${created.prefix}…“ pro ${user.email} vytvořen. Zobrazuje se jen jednou.`);
		});
	}
};

export const userCommands: Command[] = [userCreate, tokenCreate];
