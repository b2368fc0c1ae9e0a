/**
 * Test and preview fixture: the minutes of the Liberec steering group of 18. 11. 2015 (seed 001)
 * as a `MinutesDocument` literal, so the renderers can be tested without a database. The one
 * resolution is added for the tests; the seed itself has none.
 */
import type { MinutesDocument } from './minutes.document.ts';

const AD2 = `<ul>
<li>K. Šretrová, manažerka pracovní skupiny Zdravotně znevýhodnění, sdělila, že do pracovní skupiny nyní dochází 20 členů. Na nejbližším jednání budou představeny 2 nové služby – sociální rehabilitace od organizace TyfloCentrum, o. p. s., a sociální rehabilitace od organizace Sarema, s. r. o.</li>
<li>O. Merglová, manažerka pracovní skupiny Osoby ohrožené závislostmi, informovala, že v termínu 26. – 27. 11. 2015 proběhne v hotelu Orion AT seminář, který pořádá Advaita, z. ú., společně s protidrogovou koordinátorkou Libereckého kraje Ing. Jitkou Sochovou. Téma semináře je „Podpora zaměstnání lidí s problematikou závislosti a jejich uplatnění na pracovním trhu.“
<p>Pracovní skupina plánuje 3. ročník setkání poskytovatelů služeb pro lidi ohrožené závislostmi (dne 9. 3. 2016 v prostorách organizace Maják, o. p. s.).</p>
<p>Advaita, z. ú., nyní realizuje ve spolupráci s Centrem zdravotní a sociální péče Liberec, p. o., program primární prevence a závislostí pro seniory a osoby předseniorského věku.</p></li>
<li>P. Hampacher, manažer pracovní skupiny Děti a mládež, sdělil, že nyní do skupiny dochází 16 členů. Tématem poslední pracovní skupiny byla diskuze o rozdělení skupiny na poskytovatele služeb se zaměřením na oblast děti a mládež × poskytovatele se zaměřením na problematiku zaměstnání (sociální poradenství, dluhové poradny a organizace zabývající se rekvalifikací a zaměstnáváním osob atd.).</li>
<li>J. Urbanová, manažerka pracovní skupiny Senioři, informovala, že setkání pracovní skupiny proběhne 25. 11. 2015. Na tomto setkání představí organizace Anděl Strážný, z. ú., a Občanské sdružení D.R.A.K své sociální služby. Očekává se diskuze na téma zahájení činnosti kamenného hospice (provozuje Hospicová péče sv. Zdislavy) a domova pro seniory se zvláštním režimem (provozuje organizace Rodina24).
<p>Paní Urbanová sdělila, že navštívila nově otevřený Domov pro seniory Anavita v Jablonci nad Nisou, kde jsou pokoje vyššího standardu s komplexními ošetřovatelskými službami. Z celkového počtu 110 lůžek nabízí toto zařízení 80 lůžek v domově se zvláštním režimem. Jedná se o registrovanou sociální službu.</p></li>
<li>L. Průcha, manažer pracovní skupiny Osoby a rodiny ohrožené sociálním vyloučením, osoby v krizi a bez přístřeší, cizinci a národnostní menšiny, informoval, že systém prostupného bydlení, na kterém tato skupina dlouhodobě pracovala, byl začleněn do pravidel pro přidělení městských bytů.
<p>Pracovní skupina nyní vypracovává návod na řešení krizových situací. Návod by měl nastavit pravidla spolupráce mezi jednotlivými subjekty v případě krizové situace.</p>
<p><strong>Setkání pracovní skupiny 14. 12. 2015 bylo zrušeno.</strong></p></li>
<li>E. Pokorná, manažerka pracovní skupiny Duševní zdraví, sdělila, že pracovní skupina se skládá ze zástupců organizace Fokus, o. p. s., sociální pracovnice z oddělení psychiatrie Krajské nemocnice Liberec a zástupce dobrovolnického centra Dobromysl. Dále informovala o vzniku Center duševního zdraví.</li>
</ul>`;

const AD3 = `<ul>
<li>Dne 11. 11. 2015 Liberecký kraj uspořádal kulatý stůl na téma „Poptávka po službách pro osoby s postižením spojených se zajištěním ubytování či podporou v přirozeném prostředí“. Liberecký kraj plánuje v roce 2017 v rámci individuálního projektu „Podpora rozvoje kvality a dostupnosti sociálních služeb v komunitě pro osoby se zdravotním postižením v Libereckém kraji“ finančně podpořit služby dle zákona č. 108/2006 Sb., o sociálních službách: § 39 osobní asistence, § 70 sociální rehabilitace (terénní a ambulantní forma), § 43 podpora samostatného bydlení a § 67 sociálně terapeutické dílny se zaměřením na osoby zdravotně postižené.
<p>Liberecký kraj výše uvedené služby podpoří v případě uvedení těchto služeb v Rozvojové síti sociálních služeb na rok 2017. Rozvojová síť sociálních služeb na rok 2017 byla rozeslána poskytovatelům sociálních služeb, kteří se účastní komunitního plánování pro region Liberec, s termínem navrácení do 9. 12. 2015. Zároveň byly osloveny obce II. typu za ORP Liberec.</p></li>
<li>Liberecký kraj v sociální oblasti připravuje individuální projekty:
<h4>V roce 2016:</h4>
<ul>
<li>Podpora a rozvoj sociálních služeb pro rodiny s dětmi v Libereckém kraji (se zaměřením na sociálně aktivizační služby pro rodiny s dětmi, nízkoprahová zařízení pro děti a mládež v Libereckém kraji) – délka trvání 40 měsíců,</li>
<li>Nastavení systémové podpory rodin s dětmi v Libereckém kraji – délka trvání 36 měsíců.</li>
</ul>
<h4>V roce 2017:</h4>
<ul>
<li>Podpora rozvoje kvality a dostupnosti sociálních služeb v komunitě pro osoby se zdravotním postižením v Libereckém kraji (zmíněno výše),</li>
<li>Procesy střednědobého plánování, síťování a financování sociálních služeb v Libereckém kraji.</li>
</ul></li>
<li>Liberecký kraj zveřejnil Plán protidrogové politiky Libereckého kraje na období 2015–2018 (bližší informace <a href="http://odbor-socialni.kraj-lbc.cz">http://odbor-socialni.kraj-lbc.cz</a>).</li>
</ul>`;

const AD4 = `<p>Odbor školství a sociálních věcí, oddělení humanitní (dále jen SKHU) uvažuje o realizaci dalších analýz se zaměřením:</p>
<ul>
<li>na městskou síť sociálních služeb,</li>
<li>na zjištění skutečné potřebnosti sociálních služeb dle zákona č. 108/2006 Sb., o sociálních službách, § 60 krizová lůžka a § 65 sociálně aktivizační služby pro rodiny s dětmi.</li>
</ul>
<p>Potřebnost rozvoje sociálně aktivizační služby pro rodiny s dětmi (SAS) byla v letošním roce zjišťována Libereckým krajem ve spolupráci s oddělením sociálně právní ochrany dětí, poskytovateli sociálních služeb a koordinátory komunitního plánování. Liberecký kraj v rámci individuálních projektů vyhlášených v roce 2016 počítá se vznikem dvou nízkoprahových zařízení pro děti a mládež (lokalita Františkov, Vratislavice nad Nisou) a rozvojem sociálně aktivizačních služeb pro rodiny s dětmi na území Liberce.</p>
<p><em>Manažeři upozornili, že sledování potřebnosti jedné sociální služby bez kontextu s ostatními službami je zavádějící.</em> Některé sociální služby v případě nedostupnosti nebo nedostatečné kapacity lze nahradit obdobnou službou, např. SAS pro rodiny s dětmi – terénními programy atd.</p>
<p>SKHU předkládá ke schválení do ZM projekt k navázání spolupráce s Agenturou pro sociální začleňování. Dále se pracuje na projektu „Taxík Maxík“ – jedná se o přepravu seniorů a zdravotně postižených osob. Provozovatelem bude Komunitní středisko Kontakt, p. o.</p>`;

/** Seed 001 as approved minutes (not draft), full names (not the public view). */
export function seed001Minutes(overrides: Partial<MinutesDocument> = {}): MinutesDocument {
	const bodyName = 'Řídící pracovní skupina KPSS regionu Liberec';
	return {
		schema: 1,
		meetingId: '6479d9da-9af0-4862-8000-000000000001',
		bodyId: '6479d9da-9af0-4862-8000-0000000000b1',
		bodyName,
		bodyCode: 'ŘPS',
		areaId: '6479d9da-9af0-4862-8000-0000000000a1',
		areaName: 'ORP Liberec',
		headerLine: `KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ORP Liberec – ${bodyName}`,
		title: `Zápis z jednání – ${bodyName}`,
		place: 'tř. 1. máje 108, Liberec – budova „Uran“, zasedací místnost č. 17',
		startsAt: '2015-11-18T13:00:00.000Z',
		endsAt: null,
		present: [
			'Petr Hampacher',
			'Pavel Kalous',
			'Kateřina Marcinková',
			'Olga Merglová',
			'Eliška Pokorná',
			'Vladimíra Procházková',
			'Lukáš Průcha',
			'Kateřina Šretrová',
			'Jana Urbanová'
		],
		excused: ['Eva Chlupáčová', 'Stanislav Jäger', 'Ivan Langr'],
		absent: [],
		guests: [],
		programme: [
			{ position: 1, title: 'Úvod' },
			{
				position: 2,
				title: 'Informace z pracovních skupin Komunitního plánování v sociální oblasti'
			},
			{ position: 3, title: 'Informace z Libereckého kraje' },
			{ position: 4, title: 'Informace o základní síti sociálních služeb v regionu Liberec' },
			{ position: 5, title: 'Diskuze' }
		],
		items: [
			{ position: 1, title: 'Úvod', reportedBy: null, html: '', resolutions: [], tasks: [] },
			{
				position: 2,
				title: 'Informace z pracovních skupin Komunitního plánování v sociální oblasti',
				reportedBy: 'manažeři pracovních skupin',
				html: AD2,
				resolutions: [],
				tasks: []
			},
			{
				position: 3,
				title: 'Informace z Libereckého kraje',
				reportedBy: null,
				html: AD3,
				resolutions: [],
				tasks: [
					{
						text: 'Rozeslat Rozvojovou síť sociálních služeb na rok 2017 obcím II. typu a zajistit její navrácení.',
						responsible: 'K. Marcinková',
						dueDate: '2015-12-09',
						status: 'open'
					}
				]
			},
			{
				position: 4,
				title: 'Informace o základní síti sociálních služeb v regionu Liberec',
				reportedBy: 'SKHU',
				html: AD4,
				resolutions: [],
				tasks: []
			},
			{
				position: 5,
				title: 'Diskuze',
				reportedBy: null,
				html: '',
				resolutions: [
					{
						number: 'ŘPS/2015/01',
						text: 'Řídící pracovní skupina schvaluje harmonogram svých jednání pro rok 2016.',
						votesFor: 9,
						votesAgainst: 0,
						votesAbstained: 0,
						adopted: true
					}
				],
				tasks: []
			}
		],
		events: [
			{
				date: '2015-11-19',
				dateTo: null,
				title: '2. ročník zážitkové akce Noc venku',
				place: null
			},
			{
				date: '2015-11-21',
				dateTo: null,
				title: '2. ročník benefice Kašparovo taškaření',
				place: null
			},
			{
				date: '2015-11-21',
				dateTo: null,
				title: 'národní potravinová sbírka ve spolupráci s Potravinovou bankou Liberec',
				place: null
			},
			{
				date: '2015-11-30',
				dateTo: null,
				title: 'den otevřených dveří v Centru zdravotních a sociálních služeb Liberec',
				place: null
			},
			{ date: '2015-12-11', dateTo: null, title: 'den otevřených dveří ve Vile Vitae', place: null }
		],
		signature: {
			signedPlace: 'V Liberci',
			writtenOn: '2015-11-23',
			author: 'K. Marcinková',
			authorVerb: 'zapsala',
			approver: null,
			approverVerb: 'ověřil'
		},
		schedule: {
			heading: 'Harmonogram jednání ŘPS pro rok 2016',
			rows: [
				'2016-01-13',
				'2016-02-10',
				'2016-05-11',
				'2016-06-15',
				'2016-09-14',
				'2016-10-12',
				'2016-11-16'
			].map((d) => ({
				// 14:00 CET/CEST: winter dates are 13:00 UTC, summer dates 12:00 UTC.
				startsAt: new Date(
					`${d}T${['2016-05-11', '2016-06-15', '2016-09-14', '2016-10-12'].includes(d) ? '12' : '13'}:00:00.000Z`
				).toISOString(),
				place: 'budova „Uran“, 2. patro, místnost č. 17'
			}))
		},
		closingNote:
			'V březnu až dubnu budou hodnoceny žádosti o dotační program pro poskytovatele služeb v sociální oblasti, z tohoto důvodu se nebude konat jednání ŘPS (dle Statutu ŘPS se schází dle potřeby, nejméně však 1× za dva měsíce). V červenci a srpnu bude jednání ŘPS svoláno v případě potřeby.',
		status: 'approved',
		revision: 0,
		publicView: false,
		generatedAt: '2015-11-23T09:00:00.000Z',
		...overrides
	};
}
