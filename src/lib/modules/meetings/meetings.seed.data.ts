/**
 * Demo content of the meetings seed, transcribed from the seeds: the minutes of the Liberec
 * ŘPS of 18. 11. 2015 with its 2016 schedule (seed 001) and the 2024 meetings of the MSK steering
 * group and working groups (seed 000). Kept apart from the seeder so the text is easy to compare.
 */

export const LIBEREC_MEETING = {
	date: '2015-11-18',
	time: '14:00',
	place: 'tř. 1. máje 108, Liberec – budova „Uran“',
	room: 'zasedací místnost č. 17',
	present: [
		'person:merglova',
		'person:pokorna',
		'person:urbanova',
		'person:sretrova',
		'person:hampacher',
		'person:prucha',
		'person:prochazkova',
		'person:kalous',
		'person:marcinkova'
	],
	excused: ['person:chlupacova', 'person:jager', 'person:langr']
};

export const LIBEREC_AGENDA: { title: string; reportedBy?: string; html?: string }[] = [
	{ title: 'Úvod' },
	{
		title: 'Informace z pracovních skupin Komunitního plánování v sociální oblasti',
		reportedBy: 'manažeři pracovních skupin',
		html: `<ul>
<li>K. Šretrová, manažerka pracovní skupiny Zdravotně znevýhodnění, sdělila, že do pracovní skupiny nyní dochází 20 členů. Na nejbližším jednání budou představeny 2 nové služby – sociální rehabilitace od organizace TyfloCentrum, o. p. s., a sociální rehabilitace od organizace Sarema, s. r. o.</li>
<li>O. Merglová, manažerka pracovní skupiny Osoby ohrožené závislostmi, informovala, že v termínu 26.–27. 11. 2015 proběhne v hotelu Orion AT seminář, který pořádá Advaita, z. ú., společně s protidrogovou koordinátorkou Libereckého kraje Ing. Jitkou Sochovou. Téma semináře je „Podpora zaměstnání lidí s problematikou závislosti a jejich uplatnění na pracovním trhu“.<br>Pracovní skupina plánuje 3. ročník setkání poskytovatelů služeb pro lidi ohrožené závislostmi (dne 9. 3. 2016 v prostorách organizace Maják, o. p. s.).<br>Advaita, z. ú., nyní realizuje ve spolupráci s Centrem zdravotní a sociální péče Liberec, p. o., program primární prevence a závislostí pro seniory a osoby předseniorského věku.</li>
<li>P. Hampacher, manažer pracovní skupiny Děti a mládež, sdělil, že nyní do skupiny dochází 16 členů. Tématem poslední pracovní skupiny byla diskuze o rozdělení skupiny na poskytovatele služeb se zaměřením na oblast děti a mládež × poskytovatele se zaměřením na problematiku zaměstnání (sociální poradenství, dluhové poradny a organizace zabývající se rekvalifikací a zaměstnáváním osob atd.).</li>
<li>J. Urbanová, manažerka pracovní skupiny Senioři, informovala, že setkání pracovní skupiny proběhne 25. 11. 2015. Na tomto setkání představí organizace Anděl Strážný, z. ú., a Občanské sdružení D.R.A.K. své sociální služby. Očekává se diskuze na téma zahájení činnosti kamenného hospice (provozuje Hospicová péče sv. Zdislavy) a domova pro seniory se zvláštním režimem (provozuje organizace Rodina24).<br>Paní Urbanová sdělila, že navštívila nově otevřený Domov pro seniory Anavita v Jablonci nad Nisou, kde jsou pokoje vyššího standardu s komplexními ošetřovatelskými službami. Z celkového počtu 110 lůžek nabízí toto zařízení 80 lůžek v domově se zvláštním režimem, kde poskytují specializovanou péči určenou zejména pro osoby postižené Alzheimerovou chorobou a demencí. Jedná se o registrovanou sociální službu.</li>
<li>L. Průcha, manažer pracovní skupiny Osoby a rodiny ohrožené sociálním vyloučením, osoby v krizi a bez přístřeší, cizinci a národnostní menšiny, informoval, že systém prostupného bydlení, na kterém tato skupina dlouhodobě pracovala, byl začleněn do pravidel pro přidělení městských bytů.<br>Pracovní skupina nyní vypracovává návod na řešení krizových situací (potřeba vznikla po zkušenosti s uzavřením vody na ubytovně v Ještědské ul., v minulých letech s ukončením provozu ubytovny v Riegerově ul.). Návod by měl nastavit pravidla spolupráce mezi jednotlivými subjekty v případě krizové situace.<br>Setkání pracovní skupiny 14. 12. 2015 bylo zrušeno.</li>
<li>E. Pokorná, manažerka pracovní skupiny Duševní zdraví, sdělila, že pracovní skupina se skládá ze zástupců organizace Fokus, o. p. s., sociální pracovnice z oddělení psychiatrie Krajské nemocnice Liberec a zástupce dobrovolnického centra Dobromysl. Dále informovala o vzniku Center duševního zdraví.</li>
</ul>`
	},
	{
		title: 'Informace z Libereckého kraje',
		html: `<ul>
<li>Dne 11. 11. 2015 Liberecký kraj uspořádal kulatý stůl na téma „Poptávka po službách pro osoby s postižením spojených se zajištěním ubytování či podporou v přirozeném prostředí“. Liberecký kraj plánuje v roce 2017 v rámci individuálního projektu „Podpora rozvoje kvality a dostupnosti sociálních služeb v komunitě pro osoby se zdravotním postižením v Libereckém kraji“ finančně podpořit služby dle zákona č. 108/2006 Sb., o sociálních službách: § 39 osobní asistence, § 70 sociální rehabilitace (terénní a ambulantní forma), § 43 podpora samostatného bydlení a § 67 sociálně terapeutické dílny se zaměřením na osoby zdravotně postižené.<br>Liberecký kraj výše uvedené služby podpoří v případě uvedení těchto služeb v Rozvojové síti sociálních služeb na rok 2017. Rozvojová síť sociálních služeb na rok 2017 byla rozeslána poskytovatelům sociálních služeb, kteří se účastní komunitního plánování pro region Liberec, s termínem navrácení do 9. 12. 2015. Zároveň byly osloveny obce II. typu za ORP Liberec.</li>
<li>Liberecký kraj v sociální oblasti připravuje individuální projekty:
<ul>
<li>V roce 2016:
<ul>
<li>Podpora a rozvoj sociálních služeb pro rodiny s dětmi v Libereckém kraji (se zaměřením na sociálně aktivizační služby pro rodiny s dětmi, nízkoprahová zařízení pro děti a mládež v Libereckém kraji) – délka trvání 40 měsíců,</li>
<li>Nastavení systémové podpory rodin s dětmi v Libereckém kraji – délka trvání 36 měsíců.</li>
</ul></li>
<li>V roce 2017:
<ul>
<li>Podpora rozvoje kvality a dostupnosti sociálních služeb v komunitě pro osoby se zdravotním postižením v Libereckém kraji (zmíněno výše),</li>
<li>Procesy střednědobého plánování, síťování a financování sociálních služeb v Libereckém kraji.</li>
</ul></li>
</ul></li>
<li>Liberecký kraj zveřejnil Plán protidrogové politiky Libereckého kraje na období 2015–2018 (bližší informace <a href="http://odbor-socialni.kraj-lbc.cz">http://odbor-socialni.kraj-lbc.cz</a>).</li>
</ul>`
	},
	{
		title: 'Informace o základní síti sociálních služeb v regionu Liberec',
		reportedBy: 'Odbor školství a sociálních věcí, oddělení humanitní (SKHU)',
		html: `<p>Odbor školství a sociálních věcí, oddělení humanitní (dále jen SKHU) uvažuje o realizaci dalších analýz se zaměřením:</p>
<ul>
<li>na městskou síť sociálních služeb,</li>
<li>na zjištění skutečné potřebnosti sociálních služeb dle zákona č. 108/2006 Sb., o sociálních službách, § 60 krizová lůžka a § 65 sociálně aktivizační služby pro rodiny s dětmi.</li>
</ul>
<p>Potřebnost rozvoje sociálně aktivizační služby pro rodiny s dětmi (SAS) byla v letošním roce zjišťována Libereckým krajem ve spolupráci s oddělením sociálně-právní ochrany dětí, poskytovateli sociálních služeb a koordinátory komunitního plánování. Liberecký kraj, v rámci individuálních projektů vyhlášených v roce 2016, počítá se vznikem dvou nízkoprahových zařízení pro děti a mládež (lokalita Františkov, Vratislavice nad Nisou) a rozvojem sociálně aktivizačních služeb pro rodiny s dětmi na území Liberce. Tato potřeba vzešla z jednání s poskytovateli soc. služeb a zástupci SML.</p>
<p>Manažeři upozornili, že sledování potřebnosti jedné sociální služby bez kontextu s ostatními službami je zavádějící. Některé sociální služby v případě nedostupnosti nebo nedostatečné kapacity lze nahradit obdobnou službou, např. SAS pro rodiny s dětmi – terénními programy atd.</p>
<p>SKHU předkládá ke schválení do ZM projekt k navázání spolupráce s Agenturou pro sociální začleňování. Dále se pracuje na projektu „Taxík Maxík“ – jedná se o přepravu seniorů a zdravotně postižených osob. Provozovatelem bude Komunitní středisko Kontakt, p. o.</p>`
	},
	{ title: 'Diskuze' }
];

/** "Z: K. Marcinková" under Ad 3 (the return deadline of the development network). */
export const LIBEREC_TASK = {
	item: 2,
	text: 'Rozvojová síť sociálních služeb na rok 2017: zajistit navrácení podkladů od poskytovatelů sociálních služeb a obcí II. typu za ORP Liberec',
	responsible: 'person:marcinkova',
	dueDate: '2015-12-09'
};

export const LIBEREC_EVENTS = [
	{ date: '2015-11-19', title: '2. ročník zážitkové akce Noc venku' },
	{ date: '2015-11-21', title: '2. ročník benefice Kašparovo taškaření' },
	{
		date: '2015-11-21',
		title: 'národní potravinová sbírka ve spolupráci s Potravinovou bankou Liberec'
	},
	{
		date: '2015-11-30',
		title: 'den otevřených dveří v Centru zdravotních a sociálních služeb Liberec'
	},
	{ date: '2015-12-11', title: 'den otevřených dveří ve Vile Vitae' }
];

export const LIBEREC_CLOSING_NOTE =
	'V březnu až dubnu budou hodnoceny žádosti o dotační program pro poskytovatele služeb v soc. oblasti, z tohoto důvodu se nebude konat jednání ŘPS (dle Statutu ŘPS se schází dle potřeby, nejméně však 1× za dva měsíce). V červenci a srpnu bude jednání ŘPS svoláno v případě potřeby.';

export const LIBEREC_SCHEDULE_2016 = {
	dates: [
		'2016-01-13',
		'2016-02-10',
		'2016-05-11',
		'2016-06-15',
		'2016-09-14',
		'2016-10-12',
		'2016-11-16'
	],
	time: '14:00',
	place: 'tř. 1. máje 108, Liberec – budova „Uran“',
	room: '2. patro, místnost č. 17'
};

/** Seed 000 gives dates and topics but no times or places. */
export const MSK_TIME_NOTE =
	'Termín převzat ze Zprávy o činnosti za rok 2024; čas a místo jednání zpráva neuvádí (uveden orientační začátek 9:00).';

export const MSK_STEERING = {
	body: 'body:msk-rs',
	date: '2024-01-29',
	author: 'person:valentova',
	approver: 'person:kopecky',
	agenda: [
		{
			title:
				'Novinky ve Střednědobém plánu rozvoje sociálních služeb a dalších aktivit v Moravskoslezském kraji pro období 2024–2026 (SPRSS 2024-2026)',
			html: '<p>Řídící skupina byla seznámena s novinkami v SPRSS 2024-2026 a průběžně sledovala naplňování harmonogramu procesu přípravy SPRSS 2024-2026.</p>'
		},
		{
			title: 'Katalog sociálních služeb v Moravskoslezském kraji',
			html: '<p>Řídící skupina byla seznámena s elektronickým Katalogem sociálních služeb v Moravskoslezském kraji.</p>'
		},
		{
			title: 'Zpráva o činnosti Řídící skupiny a pracovních skupin za rok 2023',
			html: '<p>Řídící skupina byla informována o činnosti pracovních skupin zapojených do plánování sociálních služeb v Moravskoslezském kraji za rok 2023 a byla seznámena se Zprávou o činnosti Řídící skupiny za rok 2023.</p>'
		},
		{
			title: 'Výstupy z vyhodnocení procesu plánování a přípravy SPRSS 2024-2026 – diskuze',
			html: '<p>Řídící skupina v rámci diskuze projednala témata a předala podněty.</p>'
		},
		{
			title:
				'Příprava strategického dokumentu Moravskoslezského kraje Koncepce kvality sociálních služeb v Moravskoslezském kraji',
			html: '<p>Řídící skupina byla informována o připravovaném dokumentu na podporu kvality sociálních služeb v Moravskoslezském kraji.</p>'
		}
	]
};

export const MSK_WORKING_GROUPS: {
	body: string;
	leader: string;
	meetings: { date: string; endDate?: string }[];
	topics: string[];
}[] = [
	{
		body: 'body:msk-ps-fin',
		leader: 'person:susikova',
		meetings: [{ date: '2024-01-04' }, { date: '2024-03-14' }, { date: '2024-11-19' }],
		topics: [
			'Diskusní fórum „Lze poskytování finančních prostředků a vykazování dat poskytovatelů sociálních služeb sjednotit či zjednodušit?“ – příprava programu a shrnutí výstupů',
			'Seminář pro obce II. a III. typu na téma „Financování sociálních služeb“',
			'Návrh strategického dokumentu Koncepce kvality sociálních služeb v Moravskoslezském kraji',
			'Společný fond pro financování sociálních služeb pro Třinecko',
			'Kontrola plnění nastavených opatření v SPRSS 2024-2026'
		]
	},
	{
		body: 'body:msk-ps-orp',
		leader: 'person:galiova',
		meetings: [{ date: '2024-04-02' }, { date: '2024-06-07' }, { date: '2024-11-22' }],
		topics: [
			'Výměna informací týkající se financování a plánování sociálních služeb',
			'Metodika aktualizace Krajské sítě sociálních služeb a zadavatelská role obcí',
			'Doporučení k plánování a financování sociálních služeb v Moravskoslezském kraji',
			'Výstupy z workshopů k pečovatelské službě, azylovým domům pro rodiny s dětmi a domům na půl cesty',
			'Příprava Koncepce kvality sociálních služeb v MSK'
		]
	},
	{
		body: 'body:msk-ps-roz',
		leader: 'person:drabkova',
		meetings: [
			{ date: '2024-01-19' },
			{ date: '2024-04-12' },
			{ date: '2024-05-30', endDate: '2024-05-31' },
			{ date: '2024-11-18' }
		],
		topics: [
			'Příprava strategického dokumentu Koncepce kvality sociálních služeb v Moravskoslezském kraji',
			'Podněty k záměru individuálního projektu „Standardizace poskytování sociálních služeb v Moravskoslezském kraji“',
			'Návrh aktualizace modelů vybraných sociálních služeb',
			'Připravenost systému sociálních služeb a sociální ochrany na mimořádné a krizové situace'
		]
	},
	{
		body: 'body:msk-ps-rom',
		leader: 'person:skvaridlova',
		meetings: [
			{ date: '2024-04-05' },
			{ date: '2024-05-24' },
			{ date: '2024-11-01' },
			{ date: '2024-12-06' }
		],
		topics: [
			'Sledování a naplňování opatření Strategie podpory rozvoje romských komunit Moravskoslezského kraje na období 2021-2027',
			'Zpráva o stavu romské menšiny v Moravskoslezském kraji',
			'Připomínky ke Koncepci kvality sociálních služeb a návazných aktivit Moravskoslezského kraje',
			'Postupy a komunikační strategie pro případy krizových situací',
			'Obsahová náplň dotačního programu na podporu komunitní práce a zmírňování následků sociálního vyloučení'
		]
	},
	{
		body: 'body:msk-ps-drog',
		leader: 'person:kupkova',
		meetings: [{ date: '2024-05-16' }, { date: '2024-12-03' }],
		topics: [
			'Monitoring plnění opatření Strategie prevence a snižování škod spojených se závislostním chováním v Moravskoslezském kraji na období 2021-2027',
			'Koncepce kvality sociálních služeb v Moravskoslezském kraji',
			'Projekt Zvládání závislostí ve službách pro lidi bez domova',
			'Představení činnosti organizace Klub Absolvent & Recovery koučové, z. s.',
			'Nastavení efektivní spolupráce se sítí odborných služeb v oblasti závislostního chování v MSK'
		]
	}
];

export const MSK_WG_NOTE =
	'Program sestaven z témat, kterými se skupina v roce 2024 zabývala podle Zprávy o činnosti za rok 2024; zpráva je neuvádí po jednotlivých jednáních.';
