/**
 * Life situations (životní situace): entry points of the public catalogue for people who do not
 * know the kinds of services by law. Each situation is a pre-filtered search: services of the
 * listed kinds (optionally only in the listed forms), plus services aimed at the listed registry
 * target groups, plus non-registered services whose description of kind mentions one of the words.
 * Client-safe data; the search service turns a situation into SQL.
 */
import type { ServiceForm } from './service-kinds.ts';

export interface LifeSituation {
	/** URL slug: /katalog/situace/<slug>. */
	slug: string;
	title: string;
	/** One sentence for the tile on /katalog. */
	summary: string;
	/** Czech explanation on the situation page (paragraphs). */
	intro: string[];
	/** `SERVICE_KINDS` codes. */
	kinds: string[];
	/** Only these forms of the listed kinds (e.g. residential care). */
	forms?: ServiceForm[];
	/** Registry target group codes: services aimed at them are included whatever their kind. */
	targetGroups?: string[];
	/** Words (folded) in `kindText` of non-registered services (e.g. "dluh" → dluhové poradenství). */
	kindTextWords?: string[];
}

export const LIFE_SITUATIONS: readonly LifeSituation[] = [
	{
		slug: 'pecuji-o-blizkeho-doma',
		title: 'Pečuji o blízkého doma',
		summary: 'Pomoc s péčí doma, odlehčení pro pečující, tísňové tlačítko.',
		intro: [
			'Když se staráte o člověka, který kvůli věku, nemoci nebo postižení potřebuje pomoc, nemusíte na to být sami. Pečovatelská služba a osobní asistence pomohou s hygienou, jídlem či nákupy přímo doma.',
			'Odlehčovací služba převezme péči na několik hodin nebo dní, abyste si mohli odpočinout. Tísňová péče zajistí rychlou pomoc, když je váš blízký doma sám. Odborné sociální poradenství poradí s příspěvkem na péči a dalšími dávkami.'
		],
		kinds: ['40', '39', '44', '41', '42', '45', '46', '66'],
		targetGroups: ['CilovaSkupinaOsoby/26']
	},
	{
		slug: 'pobytove-zarizeni-pro-seniora',
		title: 'Hledám pobytové zařízení pro seniora',
		summary: 'Domovy pro seniory, domovy se zvláštním režimem a pobytové odlehčovací služby.',
		intro: [
			'Domov pro seniory poskytuje celoroční bydlení a péči lidem, kteří už nemohou žít doma ani s pomocí terénních služeb. Domov se zvláštním režimem je určen lidem se sníženou soběstačností například kvůli demenci.',
			'Na krátkou dobu (třeba během dovolené pečujících nebo po propuštění z nemocnice) lze využít pobytovou odlehčovací službu. O přijetí se žádá přímo u poskytovatele; čekací doby se liší, proto je dobré podat žádost včas do více zařízení.'
		],
		kinds: ['49', '50', '44', '47'],
		forms: ['pob']
	},
	{
		slug: 'jsem-v-krizi',
		title: 'Jsem v krizi',
		summary: 'Okamžitá pomoc v náročné životní situaci, i anonymně a po telefonu.',
		intro: [
			'Pokud se cítíte v ohrožení nebo nevíte, jak dál, obraťte se na krizovou pomoc nebo telefonickou krizovou linku. Pomoc je dostupná rychle, často nepřetržitě a můžete zůstat v anonymitě.',
			'Při bezprostředním ohrožení života volejte tísňovou linku 112 nebo 155.'
		],
		kinds: ['60', '55', '60a', 'cdz']
	},
	{
		slug: 'dluhy',
		title: 'Dluhy',
		summary: 'Dluhové poradenství, pomoc s exekucemi a oddlužením.',
		intro: [
			'S dluhy, exekucemi a oddlužením (osobním bankrotem) pomáhá odborné sociální poradenství – například občanské poradny a dluhové poradny. Poradenství je bezplatné a diskrétní.',
			'Čím dříve se na poradnu obrátíte, tím více možností řešení zbývá. Vezměte s sebou dopisy od věřitelů a exekutorů, které máte k dispozici.'
		],
		kinds: ['37', '69', '65'],
		kindTextWords: ['dluh', 'oddluz', 'exeku']
	},
	{
		slug: 'bydleni',
		title: 'Bydlení',
		summary: 'Ztráta bydlení, azylové domy, noclehárny a podpora při hledání bydlení.',
		intro: [
			'Pokud jste přišli o bydlení nebo vám jeho ztráta hrozí, pomohou azylové domy, noclehárny a nízkoprahová denní centra. Mladým lidem po odchodu z ústavní péče pomáhají domy na půl cesty.',
			'Terénní programy a podpora samostatného bydlení pomáhají bydlení udržet. Chráněné bydlení je dlouhodobé bydlení s podporou pro lidi se zdravotním postižením nebo duševním onemocněním.'
		],
		kinds: ['57', '58', '63', '61', '43', '51', '69'],
		kindTextWords: ['bydl', 'ubytov']
	},
	{
		slug: 'dite-se-zdravotnim-postizenim',
		title: 'Dítě se zdravotním postižením',
		summary: 'Raná péče, stacionáře, osobní asistence a odlehčení pro rodiny.',
		intro: [
			'Rodinám dětí se zdravotním postižením nebo s ohroženým vývojem pomáhá od narození do sedmi let raná péče – poradci dojíždějí přímo do rodiny.',
			'Starším dětem slouží denní a týdenní stacionáře, osobní asistence (i do školy) a odlehčovací služby, které rodičům umožní si odpočinout. Sociálně aktivizační služby pro rodiny s dětmi podpoří celou rodinu.'
		],
		kinds: ['54', '46', '47', '39', '44', '65']
	},
	{
		slug: 'zavislost',
		title: 'Závislost',
		summary: 'Kontaktní centra, terapeutické komunity a následná péče.',
		intro: [
			'Lidem, kteří užívají alkohol nebo jiné návykové látky nebo hrají hazardní hry, a jejich blízkým pomáhají kontaktní centra a terénní programy – anonymně a bez poplatku.',
			'Dlouhodobou léčbu a návrat do běžného života podporují terapeutické komunity a služby následné péče.'
		],
		kinds: ['59', '68', '64', '69'],
		kindTextWords: ['zavisl', 'adikt']
	},
	{
		slug: 'domaci-nasili',
		title: 'Domácí násilí',
		summary: 'Intervenční centra, krizová pomoc a bezpečné ubytování.',
		intro: [
			'Domácí násilí není soukromá věc. Intervenční centra pomáhají lidem ohroženým násilím v rodině – i po vykázání násilné osoby policií. Krizová pomoc a krizové linky jsou dostupné rychle a diskrétně.',
			'Bezpečné ubytování nabízejí azylové domy (i pro matky s dětmi). Při bezprostředním ohrožení volejte policii na lince 158 nebo 112.'
		],
		kinds: ['60a', '60', '55', '57'],
		kindTextWords: ['nasil']
	},
	{
		slug: 'dusevni-onemocneni',
		title: 'Duševní onemocnění',
		summary: 'Centra duševního zdraví, sociální rehabilitace a chráněné bydlení.',
		intro: [
			'Lidem s duševním onemocněním pomáhají centra duševního zdraví, která propojují zdravotní a sociální péči, a služby sociální rehabilitace při hledání práce a samostatném životě.',
			'Sociálně terapeutické dílny nabízejí pravidelnou činnost, chráněné bydlení a podpora samostatného bydlení pomáhají bydlet co nejsamostatněji.'
		],
		kinds: ['cdz', '70', '67', '51', '43']
	},
	{
		slug: 'rodina-s-detmi',
		title: 'Rodina s dětmi v obtížích',
		summary: 'Podpora rodin, kluby pro děti a mládež, poradenství.',
		intro: [
			'Rodinám, které se ocitly v obtížné situaci (výchova, školní docházka, bydlení, finance), pomáhají sociálně aktivizační služby pro rodiny s dětmi přímo v domácnosti.',
			'Dětem a mladým lidem slouží nízkoprahová zařízení pro děti a mládež (kluby), rodičům odborné sociální poradenství.'
		],
		kinds: ['65', '62', '37']
	}
];

const bySlug = new Map(LIFE_SITUATIONS.map((s) => [s.slug, s]));

export function lifeSituation(slug: string): LifeSituation | undefined {
	return bySlug.get(slug);
}
