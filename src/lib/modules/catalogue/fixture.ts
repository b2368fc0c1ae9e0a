/**
 * Synthetic registry file in exactly the structure of MPSV `rpss.json` (domain-cz.md §3.2):
 * deterministic (seeded PRNG), realistic distributions (kinds by national frequency, kraje by
 * population, ≈ 2.8 facilities per service, ≈ 5 % ended services, ≈ 3.6 % facilities without
 * RÚIAN address point, some facilities ended while the service continues). Statutory bodies and
 * heads of facilities carry invented names, as the real file carries real ones — the importer
 * must drop them. Every municipality comes from the built-in list so that addresses resolve.
 *
 * Items are generated one by one (`fixtureItems`), so a caller can stream them without building
 * the file in memory. Client-safe (no Node APIs).
 */
import { SERVICE_KINDS, type ServiceForm, type ServiceKind } from './service-kinds.ts';
import {
	BUILTIN_KRAJE,
	BUILTIN_OBCE,
	BUILTIN_ORP,
	type BuiltinObec,
	type CodeListName
} from './codelist.ts';
import builtinLists from './data/registry-code-lists.json' with { type: 'json' };

/** Registry ids the fixture uses for kinds whose open-data id is not known (assumption, see README). */
export const FIXTURE_KIND_IDS: Record<string, string> = {
	'60a': 'DruhSocialniSluzby/2',
	cdz: 'DruhSocialniSluzby/34'
};

/** Approximate number of registered services per kind in the Czech Republic (shape, not statistics). */
const KIND_WEIGHTS: Record<string, number> = {
	'37': 700,
	'39': 230,
	'40': 760,
	'41': 25,
	'42': 20,
	'43': 120,
	'44': 330,
	'45': 70,
	'46': 270,
	'47': 50,
	'48': 200,
	'49': 530,
	'50': 380,
	'51': 150,
	'52': 110,
	'54': 50,
	'55': 30,
	'56': 20,
	'57': 200,
	'58': 35,
	'59': 60,
	'60': 45,
	'60a': 16,
	'61': 70,
	'62': 240,
	'63': 70,
	'64': 40,
	'65': 500,
	'66': 240,
	'67': 130,
	'68': 20,
	'69': 200,
	'70': 450,
	cdz: 30
};

export function fixtureKindId(kind: ServiceKind): string | null {
	return kind.openDataId ?? FIXTURE_KIND_IDS[kind.code] ?? null;
}

/** Kinds the fixture generates (all kinds with a registry id; §36 has none yet). */
export const FIXTURE_KINDS: readonly ServiceKind[] = SERVICE_KINDS.filter(
	(k) => fixtureKindId(k) && KIND_WEIGHTS[k.code]
);

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

class Random {
	constructor(readonly next: () => number) {}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)];
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	weighted<T>(list: readonly T[], weight: (t: T) => number): T {
		const total = list.reduce((s, t) => s + weight(t), 0);
		let r = this.next() * total;
		for (const t of list) {
			r -= weight(t);
			if (r < 0) return t;
		}
		return list[list.length - 1];
	}
}

/** A valid IČO (8 digits, checksum of organisation's `isValidIco`) from 7 digits. */
export function icoWithCheck(seven: string): string {
	let sum = 0;
	for (let i = 0; i < 7; i++) sum += Number(seven[i]) * (8 - i);
	const r = sum % 11;
	const check = r === 0 ? 1 : r === 1 ? 0 : 11 - r;
	return `${seven}${check}`;
}

const FIRST_NAMES = ['Alena', 'Bohumil', 'Dagmar', 'Emil', 'Hedvika', 'Ivo', 'Kvido', 'Libuše'];
const SURNAMES = ['Vymyšlená', 'Smyšlený', 'Fiktivní', 'Ukázková', 'Nereálný', 'Vzorová'];
const TITLES = [null, 'Mgr.', 'Ing.', 'Bc.', 'PhDr.'];
const MAIL_NAMES = ['jana.novakova', 'petr.svoboda', 'eva.prikladna', 'tomas.vzor'];
const STREETS = [
	'Masarykova',
	'Husova',
	'Nádražní',
	'Palackého',
	'Školní',
	'Zahradní',
	'Komenského',
	'Sokolská',
	'Tyršova',
	'Lidická',
	'Jiráskova',
	'Nemocniční'
];

interface Place {
	obec: BuiltinObec;
	orpIndex: number;
}

const OBCE_BY_ORP = new Map<string, BuiltinObec[]>();
for (const o of BUILTIN_OBCE) {
	const key = o.orp ?? `kraj:${o.kraj}`;
	OBCE_BY_ORP.set(key, [...(OBCE_BY_ORP.get(key) ?? []), o]);
}
const orpKey = (o: (typeof BUILTIN_ORP)[number]) => o.code ?? `kraj:${o.kraj}`;

/** Territory of a fixture: the whole country, or the demo areas of the seeds. */
export type FixtureScope = 'national' | 'demo';

const DEMO_ORP: { code: string; weight: number }[] = [
	{ code: '5105', weight: 40 }, // Liberec
	{ code: '7210', weight: 16 }, // Valašské Meziříčí
	{ code: '7213', weight: 4 }, // Zlín
	{ code: '7212', weight: 3 }, // Vsetín
	{ code: '7206', weight: 2 }, // Rožnov pod Radhoštěm
	{ code: '8019', weight: 14 }, // Ostrava
	{ code: '8017', weight: 5 }, // Opava
	{ code: '8006', weight: 4 }, // Frýdek-Místek
	{ code: '8008', weight: 3 }, // Havířov
	{ code: '8011', weight: 3 }, // Karviná
	{ code: '8015', weight: 3 }, // Nový Jičín
	{ code: '8005', weight: 2 }, // Frenštát pod Radhoštěm
	{ code: '8021', weight: 1 } // Třinec
];

function chooseOrp(rnd: Random, scope: FixtureScope): number {
	if (scope === 'demo') {
		const code = rnd.weighted(DEMO_ORP, (o) => o.weight).code;
		return BUILTIN_ORP.findIndex((o) => o.code === code);
	}
	const kraj = rnd.weighted(BUILTIN_KRAJE, (k) => k.population);
	const candidates = BUILTIN_ORP.map((o, i) => ({ o, i })).filter((x) => x.o.kraj === kraj.code);
	return rnd.weighted(candidates, (x) => x.o.weight).i;
}

function placeIn(rnd: Random, orpIndex: number): Place {
	const obce = OBCE_BY_ORP.get(orpKey(BUILTIN_ORP[orpIndex])) ?? [];
	// The seat town hosts most facilities; other municipalities (demo areas) the rest.
	const obec = obce.length > 1 && rnd.chance(0.45) ? rnd.pick(obce.slice(1)) : obce[0];
	return { obec, orpIndex };
}

/** A neighbouring ORP in the same kraj (facilities of one service spread a little). */
function nearbyOrp(rnd: Random, orpIndex: number, scope: FixtureScope): number {
	if (scope === 'demo' || rnd.chance(0.7)) return orpIndex;
	const kraj = BUILTIN_ORP[orpIndex].kraj;
	const same = BUILTIN_ORP.map((o, i) => ({ o, i })).filter((x) => x.o.kraj === kraj);
	return rnd.pick(same).i;
}

function isoDate(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function address(rnd: Random, place: Place, withPoint: boolean, addressSeq: number) {
	const { obec } = place;
	return {
		cisloDomovni: rnd.int(1, 3200),
		cisloOrientacni: rnd.chance(0.6) ? String(rnd.int(1, 120)) : null,
		dodatekAdresy: rnd.chance(0.05) ? 'vchod ze dvora' : null,
		kodAdresnihoMista: withPoint ? 20000000 + addressSeq : null,
		psc: obec.psc,
		typCislaDomovniho: { id: 'TypStavebnihoObjektu/1' },
		kraj: { id: `Kraj/${obec.kraj}` },
		okres: obec.kraj === '19' ? null : { id: `Okres/${obec.okres}` },
		obec: { id: `Obec/${obec.code}` },
		castObce: { id: `CastObce/${900000 + (addressSeq % 90000)}` },
		mestskyObvodMestskaCast: null,
		mestskyObvodVPraze: obec.kraj === '19' ? { id: `MestskyObvodVPraze/${rnd.int(1, 22)}` } : null,
		ulice: { nazev: rnd.pick(STREETS) }
	};
}

function person(rnd: Random) {
	return {
		titulPredJmenem: rnd.pick(TITLES),
		jmeno: rnd.pick(FIRST_NAMES),
		prijmeni: rnd.pick(SURNAMES),
		titulZaJmenem: null
	};
}

interface FixtureProvider {
	nazev: string;
	ico: string;
	pravniForma: string;
	place: Place;
	domain: string;
	statutarniOrgany: (ReturnType<typeof person> & { funkce: string })[];
}

const LEGAL_FORMS = [
	{ id: 'FormaPravniSubjektivity/331', suffix: 'příspěvková organizace', weight: 30 },
	{ id: 'FormaPravniSubjektivity/141', suffix: 'o. p. s.', weight: 14 },
	{ id: 'FormaPravniSubjektivity/161', suffix: 'z. ú.', weight: 16 },
	{ id: 'FormaPravniSubjektivity/706', suffix: 'z. s.', weight: 14 },
	{ id: 'FormaPravniSubjektivity/745', suffix: '', weight: 16 },
	{ id: 'FormaPravniSubjektivity/801', suffix: '', weight: 6 },
	{ id: 'FormaPravniSubjektivity/112', suffix: 's. r. o.', weight: 4 }
];

const PROVIDER_STEMS = [
	'Centrum sociálních služeb',
	'Sociální služby',
	'Domov',
	'Naděje',
	'Společně',
	'Krok',
	'Most',
	'Světlo',
	'Rovnováha',
	'Cesta'
];

function asciiSlug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function kindPhrase(kind: ServiceKind): string {
	return kind.name;
}

function facilityName(rnd: Random, kind: ServiceKind, obec: BuiltinObec, n: number): string {
	const town = obec.name === 'Hlavní město Praha' ? 'Praha' : obec.name;
	const base = `${kindPhrase(kind)} ${town}`;
	return n === 0 ? base : `${base} – pracoviště ${n + 1}`;
}

export interface FixtureOptions {
	services: number;
	seed?: number;
	scope?: FixtureScope;
	/** "Today" for ended services and facilities (ISO date); defaults to 2026-08-31. */
	today?: string;
}

/** The demo provider of seed 001 (TyfloCentrum-like; the organisation `organisation:demo-provider`). */
export const DEMO_PROVIDER = {
	name: 'TyfloCentrum Liberec, o. p. s. (ukázka)',
	ico: icoWithCheck('2746715')
};

type FixedService = {
	kind: string;
	forms: ServiceForm[];
	orp: string;
	facility: string;
	provider: { nazev: string; ico: string; pravniForma: string };
	ageNote?: string;
	targetGroups: number[];
};

/** Fixed services of the demo fixture (found by the seeds' searches), then random ones. */
const DEMO_FIXED: FixedService[] = [
	{
		kind: '70',
		forms: ['amb', 'ter'],
		orp: '5105',
		facility: 'TyfloCentrum Liberec – sociální rehabilitace',
		provider: {
			nazev: DEMO_PROVIDER.name,
			ico: DEMO_PROVIDER.ico,
			pravniForma: 'FormaPravniSubjektivity/141'
		},
		targetGroups: [16],
		ageNote: 'Služba je určena osobám se zrakovým postižením od 15 let.'
	},
	{
		kind: '42',
		forms: ['ter', 'amb'],
		orp: '5105',
		facility: 'TyfloCentrum Liberec – průvodcovské a předčitatelské služby',
		provider: {
			nazev: DEMO_PROVIDER.name,
			ico: DEMO_PROVIDER.ico,
			pravniForma: 'FormaPravniSubjektivity/141'
		},
		targetGroups: [16, 24]
	},
	{
		kind: '40',
		forms: ['ter', 'amb'],
		orp: '5105',
		facility: 'Pečovatelská služba Liberec',
		provider: {
			nazev: 'Centrum sociálních služeb Liberec, příspěvková organizace (ukázka)',
			ico: icoWithCheck('7108142'),
			pravniForma: 'FormaPravniSubjektivity/331'
		},
		targetGroups: [24, 11]
	},
	{
		kind: '49',
		forms: ['pob'],
		orp: '5105',
		facility: 'Domov pro seniory Liberec-Vratislavice',
		provider: {
			nazev: 'Centrum sociálních služeb Liberec, příspěvková organizace (ukázka)',
			ico: icoWithCheck('7108142'),
			pravniForma: 'FormaPravniSubjektivity/331'
		},
		targetGroups: [24]
	},
	{
		kind: '40',
		forms: ['ter'],
		orp: '7210',
		facility: 'Pečovatelská služba Valašské Meziříčí',
		provider: {
			nazev: 'Sociální služby Valašskomeziříčsko, z. ú. (ukázka)',
			ico: icoWithCheck('0527140'),
			pravniForma: 'FormaPravniSubjektivity/161'
		},
		targetGroups: [24, 11]
	},
	{
		kind: '37',
		forms: ['amb', 'ter'],
		orp: '8019',
		facility: 'Odborné sociální poradenství Ostrava',
		provider: {
			nazev: 'Poradna Ostrava, z. s. (ukázka)',
			ico: icoWithCheck('2284690'),
			pravniForma: 'FormaPravniSubjektivity/706'
		},
		targetGroups: [7, 4]
	}
];

function formsFor(rnd: Random, kind: ServiceKind): ServiceForm[] {
	const allowed = kind.forms.length ? kind.forms : (['amb'] as ServiceForm[]);
	const out: ServiceForm[] = [allowed[0]];
	for (const f of allowed.slice(1)) if (rnd.chance(0.35)) out.push(f);
	return out;
}

function unitFor(kind: ServiceKind, form: ServiceForm): string {
	if (form === 'pob' || kind.code === '63') return 'luzka';
	if (kind.code === '55') return 'hovor';
	if (kind.code === '37') return 'interv';
	if (['59', '61', '62', '69'].includes(kind.code)) return 'kontakt';
	return 'klient';
}

function capacityFor(rnd: Random, unit: string): number {
	switch (unit) {
		case 'luzka':
			return rnd.int(8, 140);
		case 'hovor':
			return rnd.int(2, 20);
		case 'interv':
			return rnd.int(2, 30);
		case 'kontakt':
			return rnd.int(5, 60);
		default:
			return rnd.int(3, 120);
	}
}

function timeRanges(rnd: Random) {
	const from = rnd.pick(['07:00', '07:30', '08:00', '09:00']);
	const to = rnd.pick(['15:00', '15:30', '16:00', '17:00', '18:00']);
	return [1, 2, 3, 4, 5].map((d) => ({
		denVTydnu: { id: `DenVTydnu/${d}` },
		casOd: from,
		casDo: to,
		poznamka: null
	}));
}

const FACILITY_COUNTS = [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7];

/**
 * The registry items, one by one. Identical options give identical items. The demo scope starts
 * with the fixed services of the seeds and keeps every item in the demo areas.
 */
export function* fixtureItems(options: FixtureOptions): Generator<Record<string, unknown>> {
	const rnd = new Random(prng(options.seed ?? 1));
	const scope = options.scope ?? 'national';
	const todayYear = Number((options.today ?? '2026-08-31').slice(0, 4));
	const usedIds = new Set<string>();
	const usedIcos = new Set<string>();
	const providersByOrp = new Map<number, FixtureProvider[]>();
	let addressSeq = 0;

	const newIco = (): string => {
		for (;;) {
			const seven = String(rnd.int(0, 9_999_999)).padStart(7, '0');
			const ico = icoWithCheck(seven);
			if (!usedIcos.has(ico)) {
				usedIcos.add(ico);
				return ico;
			}
		}
	};
	const newIdentifier = (): string => {
		for (;;) {
			const id = String(rnd.int(1_000_000, 9_999_999));
			if (!usedIds.has(id)) {
				usedIds.add(id);
				return id;
			}
		}
	};
	const makeProvider = (orpIndex: number, kind: ServiceKind): FixtureProvider => {
		const form = rnd.weighted(LEGAL_FORMS, (f) => f.weight);
		const place = placeIn(rnd, orpIndex);
		const town = place.obec.name === 'Hlavní město Praha' ? 'Praha' : place.obec.name;
		let nazev: string;
		if (form.id.endsWith('/745')) {
			nazev = rnd.pick(['Oblastní charita', 'Diakonie – středisko', 'Farní charita']) + ` ${town}`;
		} else if (form.id.endsWith('/801')) nazev = `Město ${town}`;
		else if (form.id.endsWith('/331') && kind.forms.includes('pob')) {
			nazev = `${kind.name} ${town}, ${form.suffix}`;
		} else nazev = `${rnd.pick(PROVIDER_STEMS)} ${town}, ${form.suffix}`;
		return {
			nazev,
			ico: newIco(),
			pravniForma: form.id,
			place,
			domain: `${asciiSlug(nazev).slice(0, 24)}.example`,
			statutarniOrgany: [
				{
					...person(rnd),
					funkce: rnd.pick(['ředitel/ka', 'předseda/předsedkyně', 'statutární ředitel/ka'])
				}
			]
		};
	};

	const fixed = scope === 'demo' ? DEMO_FIXED : [];
	const fixedProviders = new Map<string, FixtureProvider>();
	for (const f of fixed) usedIcos.add(f.provider.ico);

	for (let n = 0; n < options.services; n++) {
		const spec = fixed[n];
		const kind = spec
			? (SERVICE_KINDS.find((k) => k.code === spec.kind) as ServiceKind)
			: rnd.weighted(FIXTURE_KINDS, (k) => KIND_WEIGHTS[k.code] ?? 0);
		const orpIndex = spec
			? BUILTIN_ORP.findIndex((o) => o.code === spec.orp)
			: chooseOrp(rnd, scope);

		let provider: FixtureProvider;
		if (spec) {
			provider =
				fixedProviders.get(spec.provider.ico) ??
				({
					...spec.provider,
					place: { obec: (OBCE_BY_ORP.get(spec.orp) ?? [])[0], orpIndex },
					domain: `${asciiSlug(spec.provider.nazev).slice(0, 24)}.example`,
					statutarniOrgany: [{ ...person(rnd), funkce: 'ředitel/ka' }]
				} as FixtureProvider);
			fixedProviders.set(spec.provider.ico, provider);
		} else {
			const pool = providersByOrp.get(orpIndex) ?? [];
			if (pool.length > 0 && rnd.chance(0.6)) {
				provider = rnd.pick(pool);
			} else {
				provider = makeProvider(orpIndex, kind);
				pool.push(provider);
				providersByOrp.set(orpIndex, pool);
			}
		}

		const registryId = newIdentifier();
		const startYear = rnd.int(2007, todayYear - 1);
		const ended = !spec && rnd.chance(0.05);
		const validTo = ended ? isoDate(rnd.int(startYear, todayYear - 1), rnd.int(1, 12), 28) : null;
		const forms = spec ? spec.forms : formsFor(rnd, kind);

		const facilityCount = spec ? 1 : rnd.pick(FACILITY_COUNTS);
		const zarizeni = [];
		for (let z = 0; z < facilityCount; z++) {
			const place = placeIn(rnd, z === 0 ? orpIndex : nearbyOrp(rnd, orpIndex, scope));
			if (spec && z === 0) place.obec = (OBCE_BY_ORP.get(spec.orp) ?? [])[0];
			addressSeq++;
			const facilityEnded = !ended && z > 0 && rnd.chance(0.06);
			zarizeni.push({
				nazev: spec && z === 0 ? spec.facility : facilityName(rnd, kind, place.obec, z),
				poskytujeOd: isoDate(startYear, rnd.int(1, 12), 1),
				poskytujeDo: facilityEnded
					? isoDate(rnd.int(startYear, todayYear - 1), rnd.int(1, 12), 28)
					: validTo,
				vedouci: person(rnd),
				adresa: address(rnd, place, !rnd.chance(0.036), addressSeq)
			});
		}

		const mail = (local: string) => `${local}@${provider.domain}`;
		const emaily = [
			{
				email: rnd.chance(0.2)
					? mail(rnd.pick(MAIL_NAMES))
					: mail(rnd.pick(['info', 'socialni', 'sluzby', 'poradna'])),
				poznamka: null
			}
		];
		const telefony = [
			{
				telefon: `${rnd.pick(['4', '5', '6', '7'])}${String(rnd.int(10_000_000, 99_999_999))}`,
				poznamka: null
			}
		];
		if (rnd.chance(0.4)) {
			telefony.push({
				telefon: `7${String(rnd.int(10_000_000, 99_999_999))}`,
				poznamka: rnd.pick(['mobil', 'vedoucí služby', 'pohotovost']) as unknown as null
			});
		}
		const weby = rnd.chance(0.9) ? [{ web: `https://www.${provider.domain}`, poznamka: null }] : [];
		const faxy = rnd.chance(0.05)
			? [{ fax: `4${String(rnd.int(10_000_000, 99_999_999))}`, poznamka: null }]
			: [];

		const targetCount = rnd.int(1, 4);
		const targets = spec
			? spec.targetGroups
			: [...new Set(Array.from({ length: targetCount }, () => rnd.int(1, 30)))];
		const ages = [...new Set(Array.from({ length: rnd.int(1, 4) }, () => rnd.int(1, 10)))];

		yield {
			portalId: String(100000 + n),
			id: `PoskytovaniSocialniSluzby/${200000 + n}`,
			identifikator: registryId,
			datumPoskytovaniOd: isoDate(startYear, rnd.int(1, 12), 1),
			datumPoskytovaniDo: validTo,
			kontaktniAdresy: [{ adresa: address(rnd, provider.place, true, ++addressSeq) }],
			druhSocialniSluzby: { id: fixtureKindId(kind) },
			zarizeni,
			poskytovatel: {
				nazev: provider.nazev,
				ico: provider.ico,
				pravniForma: { id: provider.pravniForma },
				adresa: address(rnd, provider.place, true, ++addressSeq),
				statutarniOrgany: provider.statutarniOrgany,
				emaily: [{ email: `info@${provider.domain}`, poznamka: null }],
				telefony: [{ telefon: `${rnd.int(200_000_000, 599_999_999)}`, poznamka: null }],
				weby: [{ web: `https://www.${provider.domain}`, poznamka: null }]
			},
			emaily,
			telefony,
			faxy,
			weby,
			ciloveSkupiny: targets.map((t) => ({ cilovaSkupina: { id: `CilovaSkupinaOsoby/${t}` } })),
			vekoveSkupiny: ages.map((a) => ({ vekovaSkupina: { id: `VekovaSkupinaOsoby/${a}` } })),
			doplnujiciInformaceVekoveSkupiny:
				spec?.ageNote ?? (rnd.chance(0.3) ? 'Bez omezení věku.' : null),
			formy: forms.map((form) => {
				const continuous = form === 'pob' || (kind.code === '41' && form === 'ter');
				const unit = unitFor(kind, form);
				const pocet = capacityFor(rnd, unit);
				return {
					forma: { id: `FormaSocialniSluzby/${form}` },
					nepretrzitePoskytovani: continuous,
					casoveRozsahy: continuous ? null : timeRanges(rnd),
					kapacity: [
						{
							pocet,
							popis: `Maximální kapacita ${pocet} s účinností od 01.01.${startYear}.`,
							typ: { id: `TypKapacitySocialniSluzby/${unit}` }
						}
					]
				};
			}),
			rozsirenePusobnostiVKraji: rnd.chance(0.03)
				? [{ kraj: { id: `Kraj/${rnd.pick(BUILTIN_KRAJE).code}` } }]
				: [],
			doplnkoveUdaje: {
				realizacePoskytovani: [
					{
						priloha: {
							nazev: 'Popis realizace poskytování.pdf',
							url: `https://www.mpsv.cz/agportal-server/rest/documents/${registryId}-1`
						}
					}
				],
				planyFinancnihoZajisteni: [
					{
						priloha: {
							nazev: 'Finanční plán.pdf',
							url: `https://www.mpsv.cz/agportal-server/rest/documents/${registryId}-2`
						}
					}
				],
				personalniZajisteni: [
					{
						priloha: {
							nazev: 'Personální zajištění.pdf',
							url: `https://www.mpsv.cz/agportal-server/rest/documents/${registryId}-3`
						}
					}
				]
			}
		};
	}
}

/** The file text in pieces: `{"polozky":[` item, item, … `]}` (one item per piece). */
export function* fixtureChunks(options: FixtureOptions): Generator<string> {
	yield '{"polozky":[';
	let n = 0;
	for (const item of fixtureItems(options)) {
		yield (n++ === 0 ? '\n' : ',\n') + JSON.stringify(item);
	}
	yield '\n]}';
}

/** The MPSV code-list documents matching the fixture (file name without `.json` → document). */
export function fixtureCodeLists(): Record<string, { polozky: Record<string, unknown>[] }> {
	const named = (list: CodeListName) =>
		(builtinLists as unknown as Record<string, { code: string; label: string }[]>)[list].map(
			(i) => ({ id: i.code, kod: i.code.split('/')[1], nazev: { cs: i.label } })
		);
	const okresy = new Map<string, Record<string, unknown>>();
	for (const o of BUILTIN_OBCE) {
		if (o.kraj === '19' || okresy.has(o.okres)) continue;
		const orp = BUILTIN_ORP.find((x) => x.code === o.orp);
		okresy.set(o.okres, {
			id: `Okres/${o.okres}`,
			kod: o.okres,
			kodLau: null,
			nazev: { cs: `${orp?.name ?? o.name} (syntetický okres)` },
			kraj: { id: `Kraj/${o.kraj}` }
		});
	}
	return {
		'druhy-socialni-sluzby': {
			polozky: FIXTURE_KINDS.map((k) => ({
				id: fixtureKindId(k),
				kod: (fixtureKindId(k) as string).split('/')[1],
				nazev: { cs: k.name.toLowerCase() }
			}))
		},
		'cilove-skupiny-osoby': { polozky: named('CilovaSkupinaOsoby') },
		'vekove-skupiny-osoby': { polozky: named('VekovaSkupinaOsoby') },
		'formy-soc-sluzby': { polozky: named('FormaSocialniSluzby') },
		'typy-kapacity-socialni-sluzby': { polozky: named('TypKapacitySocialniSluzby') },
		kraje: {
			polozky: BUILTIN_KRAJE.map((k) => ({
				id: `Kraj/${k.code}`,
				kod: k.code,
				kodNuts3: k.nuts,
				nazev: { cs: k.name }
			}))
		},
		okresy: { polozky: [...okresy.values()] },
		obce: {
			polozky: BUILTIN_OBCE.map((o) => ({
				id: `Obec/${o.code}`,
				kod: o.code,
				nazev: { cs: o.name },
				okres: o.kraj === '19' ? null : { id: `Okres/${o.okres}` },
				kraj: { id: `Kraj/${o.kraj}` },
				kodOrp: o.orp
			}))
		}
	};
}
