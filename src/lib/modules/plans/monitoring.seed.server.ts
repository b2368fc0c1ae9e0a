/**
 * Demo monitoring (order 510): the Valašskomeziříčsko-Kelečsko plan's monitoring for 2022 (closed,
 * with the evaluation report's introduction and summary) and 2023 (open, recorded by the working
 * groups). Written through the same tx-level helper as the service, so it is validated and audited.
 * Owner: plans monitoring.
 */
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { meetings } from '#lib/modules/meetings/index.ts';
import { indicators, measureCosts, monitoringYears } from './plan.schema.ts';
import { findPlan } from './plan.access.server.ts';
import {
	ensureYearRow,
	findMeasure,
	MONITORING_YEAR_ENTITY,
	writeMeasureMonitoring
} from './monitoring.service.server.ts';
import { measureMonitoringInput } from './monitoring.validation.ts';
import type { MeasureStatus } from './plan.tree.ts';

const demo = systemActor('demo');

interface YearRecord {
	status: MeasureStatus;
	progress: number;
	comment: string;
	/** Actual values in the order of the measure's indicators. */
	actuals?: number[];
	/** Actual costs = planned costs of the year × factor (per source). */
	costFactor?: number;
	/** Attach the first meeting of the area in the year as evidence. */
	meeting?: boolean;
	links?: { label: string; url: string }[];
}

/** Per measure number: the 2022 and 2023 records. */
const RECORDS: Record<string, Partial<Record<2022 | 2023, YearRecord>>> = {
	'1.1': {
		2022: {
			status: 'in_progress',
			progress: 20,
			comment:
				'Zpracována projektová dokumentace přístavby domova pro seniory, vydáno stavební povolení. Výběrové řízení na zhotovitele vyhlášeno v listopadu 2022.',
			actuals: [180, 62],
			costFactor: 0.92,
			meeting: true
		},
		2023: {
			status: 'in_progress',
			progress: 55,
			comment:
				'Stavba nového křídla probíhá podle harmonogramu; otevření 15 lůžek v prosinci 2023, zbývajících 15 lůžek v roce 2024.',
			actuals: [195, 48],
			costFactor: 1.04
		}
	},
	'1.2': {
		2022: {
			status: 'in_progress',
			progress: 40,
			comment:
				'Pečovatelská služba rozšířena do obcí Branky a Police; navýšen úvazek o 1,5 pracovnice v přímé péči.',
			actuals: [14],
			costFactor: 1
		},
		2023: {
			status: 'in_progress',
			progress: 70,
			comment: 'Služba dostupná v 16 obcích; pořízen druhý služební automobil.',
			actuals: [16],
			costFactor: 0.97,
			meeting: true
		}
	},
	'1.3': {
		2023: {
			status: 'partially_done',
			progress: 50,
			comment:
				'Odlehčovací pobyty zahájeny v domově pro seniory (2 lůžka); terénní odlehčovací služba se nepodařilo zajistit pro nedostatek pracovníků.',
			actuals: [14],
			costFactor: 0.6
		}
	},
	'2.1': {
		2022: {
			status: 'in_progress',
			progress: 45,
			comment: 'Služba podpořila 52 rodin, z toho 11 nových z obcí mimo Valašské Meziříčí.',
			actuals: [52],
			costFactor: 1.02
		},
		2023: {
			status: 'in_progress',
			progress: 75,
			comment: 'Podpořeno 57 rodin; navázána spolupráce s OSPOD a základními školami.',
			actuals: [57],
			costFactor: 1
		}
	},
	'2.2': {
		2023: {
			status: 'in_progress',
			progress: 35,
			comment:
				'Klub otevřen v září 2023 v prostorách sokolovny v Kelči, provoz dvakrát týdně. Zahájení se zpozdilo kvůli hledání prostor.',
			actuals: [140],
			costFactor: 0.55,
			links: [
				{
					label: 'Tisková zpráva města Kelč o otevření klubu',
					url: 'https://www.kelc.cz/'
				}
			]
		}
	},
	'3.1': {
		2022: {
			status: 'not_started',
			progress: 0,
			comment: 'Hledání vhodného objektu; jednání s městem o bytech v majetku obce.',
			costFactor: 0
		},
		2023: {
			status: 'in_progress',
			progress: 30,
			comment: 'Město vyčlenilo dva byty; probíhá jejich úprava pro chráněné bydlení (4 místa).',
			actuals: [6],
			costFactor: 0.8
		}
	},
	'3.2': {
		2022: {
			status: 'in_progress',
			progress: 35,
			comment: 'Osobní asistence nově i ve večerních hodinách do 21:00 ve Valašském Meziříčí.',
			actuals: [38],
			costFactor: 1
		},
		2023: {
			status: 'in_progress',
			progress: 65,
			comment: 'Počet klientů vzrostl na 41; večerní asistence rozšířena do Kelče.',
			actuals: [41],
			costFactor: 1.06
		}
	},
	'3.3': {
		2023: {
			status: 'cancelled',
			progress: 0,
			comment:
				'Opatření zrušeno: obsazenost dílny v roce 2023 vzrostla na 85 % díky nové spolupráci se školou, ke slučování kapacit nedošlo.',
			actuals: [85],
			costFactor: 0
		}
	},
	'4.1': {
		2022: {
			status: 'done',
			progress: 100,
			comment: 'Noclehárna je od ledna 2022 v celoročním provozu; 2 310 přenocování.',
			actuals: [2310],
			costFactor: 1.08
		},
		2023: {
			status: 'done',
			progress: 100,
			comment: 'Celoroční provoz pokračuje; 2 450 přenocování.',
			actuals: [2450],
			costFactor: 1.03
		}
	},
	'4.2': {
		2022: {
			status: 'in_progress',
			progress: 30,
			comment: 'Terénní program pokryl lokality Podlapač a Krásno; 980 intervencí.',
			actuals: [980],
			costFactor: 0.95
		},
		2023: {
			status: 'in_progress',
			progress: 60,
			comment: 'Program rozšířen o Zašovou; 1 120 intervencí.',
			actuals: [1120],
			costFactor: 1
		}
	},
	'5.1': {
		2022: {
			status: 'in_progress',
			progress: 50,
			comment: 'Do společného fondu se zapojilo 15 obcí; příspěvek 20 Kč na obyvatele.',
			actuals: [15],
			costFactor: 1,
			meeting: true
		},
		2023: {
			status: 'in_progress',
			progress: 70,
			comment: 'Zapojeno 16 obcí; valná hromada schválila pravidla rozdělování fondu.',
			actuals: [16],
			costFactor: 1
		}
	},
	'5.2': {
		2022: {
			status: 'done',
			progress: 100,
			comment: 'Uskutečněno 9 besed o sociálních službách v obcích mikroregionu.',
			actuals: [9],
			costFactor: 0.9
		},
		2023: {
			status: 'partially_done',
			progress: 80,
			comment: 'Uskutečněno 8 besed z plánovaných 10; vydán katalog sociálních služeb.',
			actuals: [8],
			costFactor: 0.85
		}
	}
};

const TEXTS_2022 = {
	introduction:
		'Hodnoticí zpráva shrnuje první rok realizace Střednědobého plánu rozvoje sociálních služeb v Mikroregionu Valašskomeziříčsko-Kelečsko. Podklady připravily pracovní skupiny Senioři, Rodina, děti a mládež, Lidé se zdravotním postižením, Lidé v krizi a nouzi a Obce mikroregionu; zprávu projednal manažerský tým.\n\nPlnění opatření vychází z údajů poskytovatelů, obcí a z jednání pracovních skupin.',
	summary:
		'V prvním roce se podařilo zajistit celoroční provoz noclehárny a rozšířit pečovatelskou službu do dalších obcí. Hlavní investiční opatření – navýšení kapacity pobytových služeb pro seniory – je ve fázi přípravy stavby.\n\nManažerský tým doporučuje urychlit hledání prostor pro chráněné bydlení a posílit personální kapacity terénních služeb.'
};

const at = (year: number, month: number, day: number) =>
	new Date(Date.UTC(year, month - 1, day, 9));

export const monitoringSeeder: Seeder = {
	id: 'plans.monitoring',
	order: 510,
	async run(ctx) {
		const { tx, refs } = ctx;
		const planId = refs.get('plan:valmez');
		if (!planId) return;
		const plan = await findPlan(planId, tx);
		const firstMeeting = async (year: number) => {
			const [row] = await tx
				.select({ id: meetings.id })
				.from(meetings)
				.where(
					and(
						eq(meetings.areaId, plan.areaId),
						gte(meetings.startsAt, at(year, 1, 1)),
						lt(meetings.startsAt, at(year + 1, 1, 1))
					)
				)
				.orderBy(asc(meetings.startsAt))
				.limit(1);
			return row?.id ?? null;
		};
		for (const year of [2022, 2023] as const) {
			const meetingId = await firstMeeting(year);
			for (const [number, years] of Object.entries(RECORDS)) {
				const record = years[year];
				const measureId = refs.get(`measure:valmez-${number}`);
				if (!record || !measureId) continue;
				const measure = await findMeasure(tx, plan.id, measureId);
				const [measureIndicators, planned] = await Promise.all([
					tx
						.select({ id: indicators.id, unit: indicators.unit })
						.from(indicators)
						.where(eq(indicators.measureId, measure.id))
						.orderBy(asc(indicators.sort)),
					tx
						.select({ source: measureCosts.source, amount: measureCosts.amount })
						.from(measureCosts)
						.where(
							and(
								eq(measureCosts.measureId, measure.id),
								eq(measureCosts.kind, 'planned'),
								eq(measureCosts.year, year)
							)
						)
				]);
				const input = parseInput(measureMonitoringInput, {
					status: record.status,
					progress: record.progress,
					comment: record.comment,
					indicators: (record.actuals ?? [])
						.slice(0, measureIndicators.length)
						.map((actual, i) => ({
							indicatorId: measureIndicators[i].id,
							actual,
							unit: measureIndicators[i].unit
						})),
					actualCosts:
						record.costFactor === undefined || record.costFactor === 0
							? []
							: planned.map((c) => ({
									source: c.source,
									amount: Math.round(Number(c.amount) * record.costFactor!)
								})),
					links: record.links ?? [],
					meetingIds: record.meeting && meetingId ? [meetingId] : []
				});
				await writeMeasureMonitoring(tx, demo, plan, measure, year, input, at(year + 1, 1, 20));
			}
		}
		// 2022 is evaluated and closed; 2023 stays open for the working groups.
		const row2022 = await ensureYearRow(tx, demo, plan, 2022);
		await auditedUpdate(
			tx,
			demo,
			monitoringYears,
			MONITORING_YEAR_ENTITY,
			row2022.id,
			{ ...TEXTS_2022, status: 'closed', closedAt: at(2023, 3, 15) },
			{ areaId: plan.areaId, action: 'close' }
		);
		await ensureYearRow(tx, demo, plan, 2023);
	}
};
