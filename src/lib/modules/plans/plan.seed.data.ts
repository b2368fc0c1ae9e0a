/**
 * Demo content of the Valašskomeziříčsko-Kelečsko plan 2022–2024 (seed 004: five working groups,
 * a managerial team, the gap in residential services for seniors) and the MSK SPRSS 2024–2026
 * skeleton. Amounts in CZK per year and funding source; indicators with baselines and targets.
 */
type Cost = [year: number, source: string, amount: number];

export interface SeedIndicator {
	name: string;
	unit: string;
	baseline: number;
	baselineYear: number;
	direction?: 'increase' | 'decrease' | 'maintain';
	targets: [number, number][];
}

export interface SeedMeasure {
	title: string;
	description: string;
	rationale?: string;
	responsibleText: string;
	partners?: string;
	startYear: number;
	endYear: number;
	serviceKinds: string[];
	capacity?: [number, 'fte' | 'beds' | 'clients' | 'interventions' | 'contacts'];
	costs: Cost[];
	indicators: SeedIndicator[];
	activities: [string, number][];
}

export interface SeedPriority {
	/** Key of the working group (`body:valmez-<key>`). */
	group: string;
	targetGroup: string | null;
	title: string;
	description: string;
	measures: SeedMeasure[];
}

export const VALMEZ_GROUPS: {
	key: string;
	name: string;
	code: string;
	targetGroup: string | null;
}[] = [
	{ key: 'rodina', name: 'Rodina, děti a mládež', code: 'PS-RDM', targetGroup: 'Rodiny s dětmi' },
	{ key: 'seniori', name: 'Senioři', code: 'PS-SEN', targetGroup: 'Senioři' },
	{
		key: 'ozp',
		name: 'Lidé se zdravotním postižením',
		code: 'PS-OZP',
		targetGroup: 'Osoby se zdravotním postižením'
	},
	{
		key: 'krize',
		name: 'Lidé v krizi a nouzi',
		code: 'PS-KRIZE',
		targetGroup: 'Osoby ohrožené sociálním vyloučením'
	},
	{ key: 'obce', name: 'Obce mikroregionu', code: 'PS-OBCE', targetGroup: 'Obce' }
];

const VM = 'Město Valašské Meziříčí, odbor sociálních věcí';

export const VALMEZ_PRIORITIES: SeedPriority[] = [
	{
		group: 'seniori',
		targetGroup: 'Senioři',
		title: 'Dostupné pobytové a terénní služby pro seniory',
		description:
			'Nejvíce chybějící kapacity mikroregionu jsou v pobytových službách pro seniory. Priorita posiluje pobytové služby a zároveň péči v domácím prostředí, aby senioři mohli co nejdéle zůstat doma.',
		measures: [
			{
				title: 'Navýšení kapacity pobytových služeb pro seniory',
				description:
					'Rozšíření domova pro seniory ve Valašském Meziříčí o nové křídlo se 30 lůžky a navýšení úvazků v přímé péči.',
				rationale:
					'Analýza potřeb 2021: pořadník domova pro seniory přes 200 žadatelů, z toho 60 v naléhavé situaci; krajská síť kapacitu v mikroregionu nepokrývá.',
				responsibleText: VM,
				partners: 'Zlínský kraj, poskytovatelé pobytových služeb',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['49', '50'],
				capacity: [30, 'beds'],
				costs: [
					[2022, 'municipalities', 2500000],
					[2023, 'municipalities', 6000000],
					[2023, 'region', 4000000],
					[2024, 'state_101a', 3200000],
					[2024, 'user_fees', 2800000],
					[2024, 'health_insurance', 600000]
				],
				indicators: [
					{
						name: 'Počet lůžek v domovech pro seniory',
						unit: 'lůžka',
						baseline: 180,
						baselineYear: 2021,
						targets: [
							[2022, 180],
							[2023, 195],
							[2024, 210]
						]
					},
					{
						name: 'Počet neuspokojených žadatelů v naléhavé situaci',
						unit: 'osoby',
						baseline: 60,
						baselineYear: 2021,
						direction: 'decrease',
						targets: [
							[2023, 45],
							[2024, 30]
						]
					}
				],
				activities: [
					['Projektová dokumentace a stavební povolení', 2022],
					['Stavba nového křídla', 2023],
					['Zařazení nových lůžek do krajské sítě a zahájení provozu', 2024]
				]
			},
			{
				title: 'Rozšíření pečovatelské služby do menších obcí',
				description: 'Pečovatelská služba i o víkendech a v obcích Kelečska, kde dosud chybí.',
				responsibleText: 'Charita Valašské Meziříčí',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['40'],
				capacity: [2.5, 'fte'],
				costs: [
					[2022, 'state_101a', 650000],
					[2022, 'municipalities', 200000],
					[2023, 'state_101a', 700000],
					[2023, 'municipalities', 220000],
					[2024, 'state_101a', 750000],
					[2024, 'municipalities', 240000]
				],
				indicators: [
					{
						name: 'Počet obcí, kde je pečovatelská služba dostupná',
						unit: 'obce',
						baseline: 12,
						baselineYear: 2021,
						targets: [
							[2022, 14],
							[2023, 16],
							[2024, 18]
						]
					}
				],
				activities: [
					['Dohoda s obcemi Kelečska o spolufinancování', 2022],
					['Zavedení víkendové služby', 2023]
				]
			},
			{
				title: 'Odlehčovací služby pro pečující rodiny',
				description: 'Pobytová odlehčovací služba, aby si pečující mohli odpočinout.',
				responsibleText: 'Diakonie ČCE – středisko Valašské Meziříčí',
				startYear: 2023,
				endYear: 2024,
				serviceKinds: ['44'],
				capacity: [4, 'beds'],
				costs: [
					[2023, 'state_101a', 900000],
					[2024, 'state_101a', 950000],
					[2024, 'user_fees', 300000]
				],
				indicators: [
					{
						name: 'Počet podpořených pečujících rodin',
						unit: 'rodiny',
						baseline: 0,
						baselineYear: 2021,
						targets: [
							[2023, 25],
							[2024, 40]
						]
					}
				],
				activities: [['Úprava pokojů a zařazení služby do sítě', 2023]]
			}
		]
	},
	{
		group: 'rodina',
		targetGroup: 'Rodiny s dětmi',
		title: 'Podpora rodin s dětmi a mládeže',
		description: 'Včasná pomoc rodinám v obtížné situaci a bezpečný prostor pro děti a mládež.',
		measures: [
			{
				title: 'Sociálně aktivizační služby pro rodiny s dětmi',
				description: 'Terénní práce s rodinami ohroženými odebráním dětí, navýšení úvazků.',
				responsibleText: 'Středisko rodinné pomoci Valašské Meziříčí',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['65'],
				capacity: [1, 'fte'],
				costs: [
					[2022, 'state_101a', 400000],
					[2023, 'state_101a', 420000],
					[2024, 'state_101a', 440000],
					[2024, 'municipalities', 80000]
				],
				indicators: [
					{
						name: 'Počet podpořených rodin',
						unit: 'rodiny',
						baseline: 45,
						baselineYear: 2021,
						targets: [
							[2022, 50],
							[2023, 55],
							[2024, 60]
						]
					}
				],
				activities: [['Přijetí nové sociální pracovnice', 2022]]
			},
			{
				title: 'Nízkoprahový klub pro děti a mládež v Kelči',
				description: 'Otevření pobočky nízkoprahového zařízení v Kelči dvakrát týdně.',
				responsibleText: 'Zdravé město Valašské Meziříčí, z. s.',
				startYear: 2023,
				endYear: 2024,
				serviceKinds: ['62'],
				capacity: [400, 'contacts'],
				costs: [
					[2023, 'state_101a', 250000],
					[2023, 'municipalities', 60000],
					[2024, 'state_101a', 260000],
					[2024, 'municipalities', 60000]
				],
				indicators: [
					{
						name: 'Počet kontaktů s dětmi a mládeží',
						unit: 'kontakty',
						baseline: 0,
						baselineYear: 2022,
						targets: [
							[2023, 300],
							[2024, 400]
						]
					}
				],
				activities: [['Nájem a vybavení klubovny', 2023]]
			}
		]
	},
	{
		group: 'ozp',
		targetGroup: 'Osoby se zdravotním postižením',
		title: 'Samostatný život lidí se zdravotním postižením',
		description: 'Bydlení v komunitě místo ústavní péče a podpora zaměstnání.',
		measures: [
			{
				title: 'Chráněné bydlení pro lidi s mentálním postižením',
				description: 'Dvě domácnosti chráněného bydlení pro 8 osob při transformaci ústavní péče.',
				responsibleText: 'Zlínský kraj, poskytovatel chráněného bydlení',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['51'],
				capacity: [8, 'beds'],
				costs: [
					[2022, 'eu_esf', 1500000],
					[2023, 'eu_esf', 1800000],
					[2024, 'state_101a', 1600000],
					[2024, 'user_fees', 500000]
				],
				indicators: [
					{
						name: 'Počet míst v chráněném bydlení',
						unit: 'místa',
						baseline: 6,
						baselineYear: 2021,
						targets: [
							[2023, 10],
							[2024, 14]
						]
					}
				],
				activities: [
					['Výběr a úprava bytů', 2022],
					['Přestěhování klientů z ústavu', 2023]
				]
			},
			{
				title: 'Osobní asistence i ve večerních hodinách',
				description: 'Prodloužení provozu osobní asistence do 22 hodin.',
				responsibleText: 'Asistence Valmez, o. p. s.',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['39'],
				capacity: [1.5, 'fte'],
				costs: [
					[2022, 'state_101a', 500000],
					[2023, 'state_101a', 520000],
					[2024, 'state_101a', 540000]
				],
				indicators: [
					{
						name: 'Počet klientů osobní asistence',
						unit: 'klienti',
						baseline: 35,
						baselineYear: 2021,
						targets: [
							[2022, 38],
							[2023, 42],
							[2024, 45]
						]
					}
				],
				activities: [['Nábor asistentů', 2022]]
			},
			{
				title: 'Sociálně terapeutická dílna – zrušení duplicitní kapacity',
				description:
					'Sloučení dvou dílen v Kelči s nízkou obsazeností do jedné; uvolněné úvazky přejdou do sociální rehabilitace.',
				responsibleText: VM,
				startYear: 2023,
				endYear: 2023,
				serviceKinds: ['67'],
				capacity: [-6, 'clients'],
				costs: [[2023, 'municipalities', 50000]],
				indicators: [
					{
						name: 'Obsazenost dílny',
						unit: '%',
						baseline: 55,
						baselineYear: 2022,
						targets: [[2023, 90]]
					}
				],
				activities: [['Dohoda poskytovatelů o sloučení', 2023]]
			}
		]
	},
	{
		group: 'krize',
		targetGroup: 'Osoby ohrožené sociálním vyloučením',
		title: 'Pomoc lidem v krizi a bez domova',
		description:
			'Dostupná krizová pomoc, noclehárna v zimě a terénní práce v sociálně vyloučených lokalitách.',
		measures: [
			{
				title: 'Celoroční provoz noclehárny',
				description: 'Noclehárna otevřená celoročně, ne jen v zimních měsících.',
				responsibleText: 'Charita Valašské Meziříčí',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['63'],
				capacity: [6, 'beds'],
				costs: [
					[2022, 'state_101a', 350000],
					[2022, 'municipalities', 150000],
					[2023, 'state_101a', 380000],
					[2023, 'municipalities', 150000],
					[2024, 'state_101a', 400000],
					[2024, 'municipalities', 160000]
				],
				indicators: [
					{
						name: 'Počet přenocování',
						unit: 'přenocování',
						baseline: 1800,
						baselineYear: 2021,
						targets: [
							[2022, 2200],
							[2023, 2400],
							[2024, 2500]
						]
					}
				],
				activities: [['Provozní řád pro letní měsíce', 2022]]
			},
			{
				title: 'Terénní programy ve vyloučených lokalitách',
				description: 'Terénní pracovník pro lokality v Kelči a Valašském Meziříčí – Krásně.',
				responsibleText: 'Romodrom, o. p. s.',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['69'],
				capacity: [1, 'fte'],
				costs: [
					[2022, 'eu_esf', 450000],
					[2023, 'eu_esf', 460000],
					[2024, 'state_101a', 480000]
				],
				indicators: [
					{
						name: 'Počet intervencí',
						unit: 'intervence',
						baseline: 900,
						baselineYear: 2021,
						targets: [
							[2022, 1000],
							[2023, 1100],
							[2024, 1200]
						]
					}
				],
				activities: [['Mapování lokalit s obcemi', 2022]]
			}
		]
	},
	{
		group: 'obce',
		targetGroup: 'Obce',
		title: 'Spolupráce obcí při plánování a financování služeb',
		description: 'Obce mikroregionu společně plánují síť služeb a sdílejí jejich financování.',
		measures: [
			{
				title: 'Společný fond obcí na spolufinancování sociálních služeb',
				description:
					'Obce přispívají do fondu podle počtu obyvatel; z fondu se spolufinancují služby sítě.',
				responsibleText: 'Mikroregion Valašskomeziříčsko-Kelečsko',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: [],
				costs: [
					[2022, 'municipalities', 1200000],
					[2023, 'municipalities', 1300000],
					[2024, 'municipalities', 1400000]
				],
				indicators: [
					{
						name: 'Počet obcí zapojených do fondu',
						unit: 'obce',
						baseline: 10,
						baselineYear: 2021,
						targets: [
							[2022, 14],
							[2023, 16],
							[2024, 18]
						]
					}
				],
				activities: [
					['Schválení pravidel fondu valnou hromadou', 2022],
					['Každoroční vyúčtování fondu', 2024]
				]
			},
			{
				title: 'Propagace sociálních služeb v obcích',
				description:
					'Katalog služeb, besedy v obcích a zpravodaje, aby občané věděli, kde hledat pomoc.',
				responsibleText: 'Mikroregion Valašskomeziříčsko-Kelečsko',
				startYear: 2022,
				endYear: 2024,
				serviceKinds: ['37'],
				costs: [
					[2022, 'eu_esf', 120000],
					[2023, 'municipalities', 60000],
					[2024, 'municipalities', 60000]
				],
				indicators: [
					{
						name: 'Počet besed v obcích',
						unit: 'besedy',
						baseline: 4,
						baselineYear: 2021,
						targets: [
							[2022, 8],
							[2023, 10],
							[2024, 10]
						]
					}
				],
				activities: [['Vydání katalogu sociálních služeb', 2022]]
			}
		]
	}
];

export const MSK_PRIORITIES: { title: string; description: string; targetGroup: string | null }[] =
	[
		{
			title: 'Zajištění dostupnosti sociálních služeb v celém kraji',
			description: 'Síť služeb pokrývající všechna ORP kraje.',
			targetGroup: null
		},
		{
			title: 'Podpora péče v domácím prostředí',
			description: 'Terénní a ambulantní služby pro seniory a lidi se zdravotním postižením.',
			targetGroup: 'Senioři'
		},
		{
			title: 'Sociální začleňování a prevence',
			description: 'Služby pro lidi ohrožené sociálním vyloučením a závislostmi.',
			targetGroup: 'Osoby ohrožené sociálním vyloučením'
		},
		{
			title: 'Transformace pobytových služeb',
			description: 'Přechod z ústavní péče do komunitních služeb.',
			targetGroup: 'Osoby se zdravotním postižením'
		}
	];
