/**
 * Demo organisation data from the seeds: the Liberec steering group (ŘPS) of 18. 11. 2015 with its
 * members and working-group managers (seed 001), and the MSK steering group with its five working
 * groups and their leaders in 2024 (seed 000). Entered as structured records through the audit trail.
 */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditedInsert } from '#lib/platform/audit/audit.server.ts';
import { bodies, memberships, organisations, people, targetGroups } from './organisation.schema.ts';

const demo = systemActor('demo');

/** `k.marcinkova@liberec.example` — reserved example domains, so demo invitations reach no one. */
function demoEmail(p: { firstName: string; lastName: string }, domain: string): string {
	const ascii = (text: string) =>
		text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z]+/g, '-');
	return `${ascii(p.firstName).charAt(0)}.${ascii(p.lastName)}@${domain}`;
}

export const DEFAULT_TARGET_GROUPS = [
	'Senioři',
	'Osoby se zdravotním postižením',
	'Rodiny s dětmi',
	'Děti a mládež',
	'Osoby ohrožené sociálním vyloučením',
	'Osoby ohrožené závislostmi',
	'Duševní zdraví',
	'Obce'
];

type PersonSeed = {
	ref: string;
	titlesBefore?: string;
	firstName: string;
	lastName: string;
	titlesAfter?: string;
	position?: string;
	triadRole: 'zadavatel' | 'poskytovatel' | 'uzivatel' | 'verejnost';
	publishName?: boolean;
	organisation?: string;
};

const LIBEREC_PEOPLE: PersonSeed[] = [
	{
		ref: 'person:marcinkova',
		firstName: 'Kateřina',
		lastName: 'Marcinková',
		position: 'koordinátorka komunitního plánování',
		triadRole: 'zadavatel',
		organisation: 'organisation:liberec'
	},
	{
		ref: 'person:merglova',
		firstName: 'Olga',
		lastName: 'Merglová',
		position: 'manažerka PS Osoby ohrožené závislostmi',
		triadRole: 'poskytovatel'
	},
	{
		ref: 'person:pokorna',
		firstName: 'Eliška',
		lastName: 'Pokorná',
		position: 'manažerka PS Duševní zdraví',
		triadRole: 'poskytovatel'
	},
	{
		ref: 'person:urbanova',
		firstName: 'Jana',
		lastName: 'Urbanová',
		position: 'manažerka PS Senioři',
		triadRole: 'poskytovatel'
	},
	{
		ref: 'person:sretrova',
		firstName: 'Kateřina',
		lastName: 'Šretrová',
		position: 'manažerka PS Zdravotně znevýhodnění',
		triadRole: 'poskytovatel'
	},
	{
		ref: 'person:hampacher',
		firstName: 'Petr',
		lastName: 'Hampacher',
		position: 'manažer PS Děti a mládež',
		triadRole: 'poskytovatel'
	},
	{
		ref: 'person:prucha',
		firstName: 'Lukáš',
		lastName: 'Průcha',
		position: 'manažer PS Osoby a rodiny ohrožené sociálním vyloučením',
		triadRole: 'poskytovatel'
	},
	{
		ref: 'person:prochazkova',
		firstName: 'Vladimíra',
		lastName: 'Procházková',
		triadRole: 'zadavatel',
		organisation: 'organisation:liberec'
	},
	{
		ref: 'person:kalous',
		firstName: 'Pavel',
		lastName: 'Kalous',
		triadRole: 'zadavatel',
		organisation: 'organisation:liberec'
	},
	{ ref: 'person:chlupacova', firstName: 'Eva', lastName: 'Chlupáčová', triadRole: 'poskytovatel' },
	{ ref: 'person:jager', firstName: 'Stanislav', lastName: 'Jäger', triadRole: 'uzivatel' },
	// No consent to publish: public outputs show only the role.
	{
		ref: 'person:langr',
		firstName: 'Ivan',
		lastName: 'Langr',
		triadRole: 'uzivatel',
		publishName: false
	}
];

const LIBEREC_GROUPS = [
	{
		code: 'ZZ',
		name: 'Pracovní skupina Zdravotně znevýhodnění',
		targetGroup: 'Osoby se zdravotním postižením',
		manager: 'person:sretrova'
	},
	{
		code: 'ZAV',
		name: 'Pracovní skupina Osoby ohrožené závislostmi',
		targetGroup: 'Osoby ohrožené závislostmi',
		manager: 'person:merglova'
	},
	{
		code: 'DM',
		name: 'Pracovní skupina Děti a mládež',
		targetGroup: 'Děti a mládež',
		manager: 'person:hampacher'
	},
	{
		code: 'SEN',
		name: 'Pracovní skupina Senioři',
		targetGroup: 'Senioři',
		manager: 'person:urbanova'
	},
	{
		code: 'SV',
		name: 'Pracovní skupina Osoby a rodiny ohrožené sociálním vyloučením, osoby v krizi a bez přístřeší, cizinci a národnostní menšiny',
		targetGroup: 'Osoby ohrožené sociálním vyloučením',
		manager: 'person:prucha'
	},
	{
		code: 'DZ',
		name: 'Pracovní skupina Duševní zdraví',
		targetGroup: 'Duševní zdraví',
		manager: 'person:pokorna'
	}
];

const MSK_PEOPLE: PersonSeed[] = [
	{
		ref: 'person:kopecky',
		titlesBefore: 'Mgr.',
		firstName: 'Stanislav',
		lastName: 'Kopecký',
		triadRole: 'zadavatel',
		organisation: 'organisation:msk'
	},
	{
		ref: 'person:valentova',
		titlesBefore: 'Mgr.',
		firstName: 'Michaela',
		lastName: 'Valentová',
		triadRole: 'zadavatel',
		organisation: 'organisation:msk'
	},
	{
		ref: 'person:susikova',
		titlesBefore: 'Mgr.',
		firstName: 'Daniela',
		lastName: 'Susíková',
		titlesAfter: 'MPA',
		triadRole: 'zadavatel',
		organisation: 'organisation:msk'
	},
	{
		ref: 'person:galiova',
		titlesBefore: 'Mgr.',
		firstName: 'Lenka',
		lastName: 'Galiová',
		triadRole: 'zadavatel',
		organisation: 'organisation:msk'
	},
	{
		ref: 'person:drabkova',
		titlesBefore: 'Mgr.',
		firstName: 'Hana',
		lastName: 'Drábková Sobková',
		titlesAfter: 'Ph.D.',
		triadRole: 'zadavatel',
		organisation: 'organisation:msk'
	},
	{
		ref: 'person:skvaridlova',
		titlesBefore: 'Mgr.',
		firstName: 'Lucie',
		lastName: 'Škvaridlová',
		triadRole: 'zadavatel',
		organisation: 'organisation:msk'
	},
	{
		ref: 'person:kupkova',
		titlesBefore: 'Mgr.',
		firstName: 'Jana',
		lastName: 'Kupková',
		triadRole: 'zadavatel',
		organisation: 'organisation:msk'
	}
];

const MSK_GROUPS = [
	{
		code: 'PS-FIN',
		name: 'Pracovní skupina pro tvorbu systému financování sociálních služeb v MSK',
		manager: 'person:susikova'
	},
	{
		code: 'PS-ORP',
		name: 'Pracovní skupina pro plánování sociálních služeb obcí s rozšířenou působností v MSK',
		manager: 'person:galiova',
		targetGroup: 'Obce'
	},
	{
		code: 'PS-ROZ',
		name: 'Pracovní skupina pro podporu a rozvoj sociálních služeb v MSK',
		manager: 'person:drabkova'
	},
	{
		code: 'PS-ROM',
		name: 'Pracovní skupina pro naplňování Strategie podpory rozvoje romských komunit MSK',
		manager: 'person:skvaridlova',
		targetGroup: 'Osoby ohrožené sociálním vyloučením'
	},
	{
		code: 'PS-DROG',
		name: 'Pracovní skupina protidrogové prevence v MSK',
		manager: 'person:kupkova',
		targetGroup: 'Osoby ohrožené závislostmi'
	}
];

export const organisationSeeder: Seeder = {
	id: 'organisation.bodies',
	order: 210,
	async run({ tx, refs }) {
		const ref = (key: string) => {
			const id = refs.get(key);
			if (!id) throw new Error(`demo seed: missing ${key}`);
			return id;
		};
		for (const [i, name] of DEFAULT_TARGET_GROUPS.entries()) {
			const row = await auditedInsert(tx, demo, targetGroups, 'organisation.target-group', {
				name,
				sort: i + 1
			});
			refs.set(`target-group:${name}`, row.id);
		}
		const orgs = [
			{
				ref: 'organisation:liberec',
				name: 'Statutární město Liberec',
				ico: '00262978',
				type: 'obec' as const,
				city: 'Liberec',
				street: 'nám. Dr. E. Beneše 1/1',
				postcode: '46001',
				area: 'area:orp-liberec'
			},
			{
				ref: 'organisation:msk',
				name: 'Moravskoslezský kraj',
				ico: '70890692',
				type: 'kraj' as const,
				city: 'Ostrava',
				street: '28. října 117',
				postcode: '70200',
				area: 'area:kraj-msk'
			},
			{
				ref: 'organisation:demo-provider',
				name: 'TyfloCentrum Liberec, o. p. s. (ukázka)',
				ico: null,
				type: 'poskytovatel' as const,
				city: 'Liberec',
				street: null,
				postcode: null,
				area: 'area:orp-liberec'
			}
		];
		for (const o of orgs) {
			const row = await auditedInsert(tx, demo, organisations, 'organisation.organisation', {
				name: o.name,
				ico: o.ico,
				type: o.type,
				city: o.city,
				street: o.street,
				postcode: o.postcode,
				areaId: ref(o.area)
			});
			refs.set(o.ref, row.id);
		}

		const addPeople = async (list: PersonSeed[], areaRef: string, domain: string) => {
			for (const p of list) {
				const publish = p.publishName ?? true;
				const row = await auditedInsert(
					tx,
					demo,
					people,
					'organisation.person',
					{
						titlesBefore: p.titlesBefore ?? null,
						email: demoEmail(p, domain),
						firstName: p.firstName,
						lastName: p.lastName,
						titlesAfter: p.titlesAfter ?? null,
						position: p.position ?? null,
						triadRole: p.triadRole,
						publishName: publish,
						consentAt: publish ? new Date('2015-01-05T09:00:00Z') : null,
						organisationId: p.organisation ? ref(p.organisation) : null,
						areaId: ref(areaRef)
					},
					{ areaId: ref(areaRef) }
				);
				refs.set(p.ref, row.id);
			}
		};
		const addBody = async (
			areaRef: string,
			key: string,
			values: Omit<typeof bodies.$inferInsert, 'areaId'>
		) => {
			const row = await auditedInsert(
				tx,
				demo,
				bodies,
				'organisation.body',
				{ ...values, areaId: ref(areaRef) },
				{ areaId: ref(areaRef) }
			);
			refs.set(key, row.id);
			return row.id;
		};
		const addMember = async (
			bodyId: string,
			personRef: string,
			role: (typeof memberships.$inferInsert)['role'],
			validFrom: string,
			areaRef: string
		) => {
			await auditedInsert(
				tx,
				demo,
				memberships,
				'organisation.membership',
				{ bodyId, personId: ref(personRef), role, validFrom },
				{ areaId: ref(areaRef) }
			);
		};

		// Liberec (seed 001): ŘPS meets at least once in two months; July–August only when needed.
		await addPeople(LIBEREC_PEOPLE, 'area:orp-liberec', 'liberec.example');
		const rps = await addBody('area:orp-liberec', 'body:liberec-rs', {
			kind: 'steering_group',
			name: 'Řídící pracovní skupina KPSS regionu Liberec',
			code: 'ŘPS',
			description:
				'Řídící pracovní skupina komunitního plánování sociálních služeb regionu Liberec. Dle statutu se schází dle potřeby, nejméně však 1× za dva měsíce.',
			maxMonthsBetweenMeetings: 2,
			noMeetingMonths: [7, 8]
		});
		for (const p of LIBEREC_PEOPLE) {
			const role = p.ref === 'person:marcinkova' ? 'zapisovatel' : 'clen';
			await addMember(rps, p.ref, role, '2015-01-01', 'area:orp-liberec');
		}
		for (const g of LIBEREC_GROUPS) {
			const id = await addBody('area:orp-liberec', `body:liberec-${g.code.toLowerCase()}`, {
				kind: 'working_group',
				name: g.name,
				code: g.code,
				targetGroupId: ref(`target-group:${g.targetGroup}`),
				parentBodyId: null,
				minMeetingsPerYear: 6
			});
			await addMember(id, g.manager, 'vedouci', '2015-01-01', 'area:orp-liberec');
		}

		// Moravskoslezský kraj (seed 000): steering group and five working groups, 2024.
		await addPeople(MSK_PEOPLE, 'area:kraj-msk', 'msk.example');
		const msk = await addBody('area:kraj-msk', 'body:msk-rs', {
			kind: 'steering_group',
			name: 'Pracovní skupina pro vznik a realizaci střednědobého plánu rozvoje sociálních služeb v Moravskoslezském kraji (Řídící skupina)',
			code: 'ŘS',
			minMeetingsPerYear: 1
		});
		await addMember(msk, 'person:kopecky', 'vedouci', '2024-01-01', 'area:kraj-msk');
		await addMember(msk, 'person:valentova', 'zapisovatel', '2024-01-01', 'area:kraj-msk');
		for (const g of MSK_GROUPS) {
			const id = await addBody('area:kraj-msk', `body:msk-${g.code.toLowerCase()}`, {
				kind: 'working_group',
				name: g.name,
				code: g.code,
				targetGroupId: g.targetGroup ? ref(`target-group:${g.targetGroup}`) : null
			});
			await addMember(id, g.manager, 'vedouci', '2024-01-01', 'area:kraj-msk');
			await addMember(msk, g.manager, 'clen', '2024-01-01', 'area:kraj-msk');
		}
	}
};
