/**
 * The whole plan as an editable Word document laid out like a real SPRSS: title page (area,
 * period, approval), vision and principles, per priority the measures as "karty opatření"
 * (description, rationale, responsible, partners, period, service kinds, target groups, capacity
 * change, cost table year × source, indicators with baseline and targets, activities) and a
 * summary cost table. House style of the minutes DOCX (A4, Calibri, real Word headings, tables
 * with a repeated header row, Czech language, page numbers). The style helpers are shared with
 * the action-plan DOCX.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TabStopType,
	TextRun,
	WidthType
} from 'docx';
import type { Actor } from '#lib/platform/access/actor.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#lib/platform/http/errors.ts';
import { serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { getPlanTree, getPublishedPlan } from './plan.tree.server.ts';
import { planKindLabel } from './plan.kinds.ts';
import { capacityUnitFor, DIRECTION_LABELS, FUNDING_SOURCE_TITLES } from './import.columns.ts';
import {
	allMeasures,
	FUNDING_SOURCES,
	planYears,
	type FundingSource,
	type MeasureNode,
	type PlanStatus,
	type PlanTree
} from './plan.tree.ts';

export const FONT = 'Calibri';
const MM = 56.7;
const LABEL_TAB = 2600;

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
	preparation: 'v přípravě',
	draft: 'návrh',
	consultation: 'v připomínkovém řízení',
	approved: 'schválený',
	in_force: 'platný',
	evaluated: 'vyhodnocený',
	archived: 'archivovaný'
};

/** 1 234 500,50 Kč (no-break spaces as Czech typography wants). */
export function czk(n: number): string {
	return `${n.toLocaleString('cs-CZ', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} Kč`;
}

/** 1 234,5 */
export function czNumber(n: number): string {
	return n.toLocaleString('cs-CZ', { maximumFractionDigits: 2 });
}

/** "2021-12-20" → "20. 12. 2021". */
export function czIsoDate(value: string | null): string {
	if (!value) return '';
	const [y, m, d] = value.slice(0, 10).split('-').map(Number);
	return `${d}. ${m}. ${y}`;
}

export function capacityText(m: Pick<MeasureNode, 'capacityChange' | 'capacityUnit'>): string {
	if (m.capacityChange === null) return '';
	const unit = m.capacityUnit ? ` ${capacityUnitFor(m.capacityChange, m.capacityUnit)}` : '';
	const sign = m.capacityChange > 0 ? '+' : m.capacityChange < 0 ? '−' : '';
	return `${sign}${czNumber(Math.abs(m.capacityChange))}${unit}${m.capacityChange < 0 ? ' (snížení)' : ''}`;
}

export function labelled(label: string, value: string): Paragraph {
	return new Paragraph({
		tabStops: [{ type: TabStopType.LEFT, position: LABEL_TAB }],
		indent: { left: LABEL_TAB, hanging: LABEL_TAB },
		spacing: { after: 60 },
		children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ text: `\t${value}` })]
	});
}

/** Paragraphs of a multi-line text (blank lines separate paragraphs). */
export function textParagraphs(text: string | null): Paragraph[] {
	if (!text?.trim()) return [];
	return text
		.split(/\n\s*\n/)
		.map((para) => para.trim())
		.filter(Boolean)
		.map(
			(para) =>
				new Paragraph({
					children: para
						.split('\n')
						.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }))
				})
		);
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };

export interface Column {
	header: string;
	/** Percent of the table width. */
	width: number;
	numeric?: boolean;
}

/** A bordered table with a repeated, shaded header row; `bold` rows are totals. */
export function dataTable(
	columns: Column[],
	rows: string[][],
	options: { boldLast?: boolean } = {}
): Table {
	const cell = (text: string, col: Column, header: boolean, bold: boolean) =>
		new TableCell({
			borders,
			width: { size: col.width, type: WidthType.PERCENTAGE },
			margins: { top: 40, bottom: 40, left: 80, right: 80 },
			shading: header ? { fill: 'E7E6E6', color: 'auto', type: 'clear' } : undefined,
			children: [
				new Paragraph({
					spacing: { after: 0 },
					alignment: col.numeric && !header ? AlignmentType.RIGHT : AlignmentType.LEFT,
					children: [new TextRun({ text, bold: header || bold, size: 18 })]
				})
			]
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: columns.map((c) => cell(c.header, c, true, false))
			}),
			...rows.map(
				(r, i) =>
					new TableRow({
						cantSplit: true,
						children: columns.map((c, j) =>
							cell(r[j] ?? '', c, false, !!options.boldLast && i === rows.length - 1)
						)
					})
			)
		]
	});
}

/** The common document frame: styles, A4, page numbers in the footer. */
export function documentOf(
	meta: { title: string; subject: string; keywords: string },
	children: (Paragraph | Table)[]
): Document {
	return new Document({
		title: meta.title,
		subject: meta.subject,
		creator: 'Souhra',
		keywords: meta.keywords,
		styles: {
			default: {
				document: {
					run: { font: FONT, size: 22, language: { value: 'cs-CZ' } },
					paragraph: { spacing: { after: 120, line: 264 } }
				},
				title: {
					run: { font: FONT, size: 48, bold: true, color: '1F3864' },
					paragraph: { spacing: { before: 2400, after: 480 }, alignment: AlignmentType.CENTER }
				},
				heading1: {
					run: { font: FONT, size: 32, bold: true, color: '1F3864' },
					paragraph: { spacing: { before: 240, after: 240 }, keepNext: true }
				},
				heading2: {
					run: { font: FONT, size: 26, bold: true, color: '1F3864' },
					paragraph: { spacing: { before: 280, after: 120 }, keepNext: true }
				},
				heading3: {
					run: { font: FONT, size: 23, bold: true },
					paragraph: { spacing: { before: 200, after: 80 }, keepNext: true }
				},
				heading4: {
					run: { font: FONT, size: 22, bold: true, italics: true },
					paragraph: { spacing: { before: 160, after: 60 }, keepNext: true }
				}
			},
			paragraphStyles: [
				{
					id: 'Subtitle',
					name: 'Subtitle',
					basedOn: 'Normal',
					run: { size: 28, color: '404040' },
					paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } }
				},
				{
					id: 'MeasureCard',
					name: 'Karta opatření',
					basedOn: 'Normal',
					paragraph: {
						spacing: { before: 120, after: 60 },
						border: { top: { style: BorderStyle.SINGLE, size: 6, color: '1F3864', space: 4 } }
					}
				}
			]
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
						margin: {
							top: Math.round(20 * MM),
							bottom: Math.round(20 * MM),
							left: Math.round(25 * MM),
							right: Math.round(20 * MM)
						}
					}
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({ text: 'Strana ', size: 18 }),
									new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
									new TextRun({ text: ' z ', size: 18 }),
									new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 })
								]
							})
						]
					})
				},
				children
			}
		]
	});
}

// ── the plan ──

const sumBy = (lines: { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

function costTable(m: MeasureNode, years: number[]): Table | Paragraph {
	if (!m.costs.length) {
		return new Paragraph({
			children: [new TextRun({ text: 'Náklady nejsou vyčísleny.', italics: true })]
		});
	}
	const sources = FUNDING_SOURCES.filter((s) => m.costs.some((c) => c.source === s));
	const shownYears = years.filter((y) => y >= m.startYear && y <= m.endYear);
	const width = Math.floor(70 / (shownYears.length + 1));
	const columns: Column[] = [
		{ header: 'Zdroj financování', width: 100 - width * (shownYears.length + 1) },
		...shownYears.map((y) => ({ header: String(y), width, numeric: true })),
		{ header: 'Celkem', width, numeric: true }
	];
	const amount = (s: FundingSource, y: number) =>
		sumBy(m.costs.filter((c) => c.source === s && c.year === y));
	const rows = sources.map((s) => [
		FUNDING_SOURCE_TITLES[s],
		...shownYears.map((y) => czk(amount(s, y))),
		czk(sumBy(m.costs.filter((c) => c.source === s)))
	]);
	rows.push([
		'Celkem',
		...shownYears.map((y) => czk(sumBy(m.costs.filter((c) => c.year === y)))),
		czk(sumBy(m.costs))
	]);
	return dataTable(columns, rows, { boldLast: true });
}

function indicatorTable(m: MeasureNode, years: number[]): Table {
	const width = Math.floor(45 / (years.length + 1));
	const columns: Column[] = [
		{ header: 'Ukazatel', width: 100 - 20 - width * (years.length + 1) },
		{ header: 'Jednotka', width: 10 },
		{ header: 'Směr', width: 10 },
		{ header: 'Výchozí hodnota', width, numeric: true },
		...years.map((y) => ({ header: `Cíl ${y}`, width, numeric: true }))
	];
	const rows = m.indicators.map((i) => [
		i.name,
		i.unit,
		DIRECTION_LABELS[i.direction],
		i.baseline === null
			? ''
			: `${czNumber(i.baseline)}${i.baselineYear ? ` (${i.baselineYear})` : ''}`,
		...years.map((y) => {
			const t = i.targets.find((x) => x.year === y);
			return t ? czNumber(t.target) : '';
		})
	]);
	return dataTable(columns, rows);
}

function measureCard(m: MeasureNode, years: number[]): (Paragraph | Table)[] {
	const out: (Paragraph | Table)[] = [
		new Paragraph({
			heading: HeadingLevel.HEADING_3,
			children: [new TextRun(`Opatření ${m.number} ${m.title}`)]
		})
	];
	if (m.description) {
		out.push(
			new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun('Popis')] }),
			...textParagraphs(m.description)
		);
	}
	if (m.rationale) {
		out.push(
			new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun('Zdůvodnění')] }),
			...textParagraphs(m.rationale)
		);
	}
	const responsible = [
		m.responsibleOrganisation?.name,
		m.responsiblePerson?.name,
		m.responsibleText
	]
		.filter(Boolean)
		.join(', ');
	out.push(labelled('Odpovědnost', responsible || '—'));
	if (m.responsibleBody) out.push(labelled('Pracovní skupina', m.responsibleBody.name));
	if (m.partners) out.push(labelled('Partneři', m.partners));
	out.push(
		labelled(
			'Doba realizace',
			m.startYear === m.endYear ? String(m.startYear) : `${m.startYear}–${m.endYear}`
		)
	);
	if (m.serviceKinds.length) {
		out.push(labelled('Druhy služeb', m.serviceKinds.map(serviceKindLabel).join('; ')));
	}
	if (m.targetGroups.length) {
		out.push(labelled('Cílové skupiny', m.targetGroups.map((g) => g.name).join(', ')));
	}
	if (m.capacityChange !== null) out.push(labelled('Změna kapacity', capacityText(m)));
	out.push(
		new Paragraph({
			heading: HeadingLevel.HEADING_4,
			children: [new TextRun('Předpokládané náklady')]
		}),
		costTable(m, years)
	);
	if (m.indicators.length) {
		out.push(
			new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun('Ukazatele')] }),
			indicatorTable(m, years)
		);
	}
	if (m.activities.length) {
		out.push(
			new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun('Aktivity')] }),
			dataTable(
				[
					{ header: 'Číslo', width: 12 },
					{ header: 'Aktivita', width: 50 },
					{ header: 'Odpovědnost', width: 26 },
					{ header: 'Termín', width: 12 }
				],
				m.activities.map((a) => [
					a.number,
					a.description ? `${a.title} – ${a.description}` : a.title,
					a.responsibleText ?? '',
					a.dueYear ? String(a.dueYear) : ''
				])
			)
		);
	}
	return out;
}

function summaryTable(plan: PlanTree, years: number[]): Table {
	const measures = allMeasures(plan);
	const costs = measures.flatMap((m) => m.costs);
	const width = Math.floor(70 / (years.length + 1));
	const columns: Column[] = [
		{ header: 'Zdroj financování', width: 100 - width * (years.length + 1) },
		...years.map((y) => ({ header: String(y), width, numeric: true })),
		{ header: 'Celkem', width, numeric: true }
	];
	const rows = FUNDING_SOURCES.filter((s) => costs.some((c) => c.source === s)).map((s) => [
		FUNDING_SOURCE_TITLES[s],
		...years.map((y) => czk(sumBy(costs.filter((c) => c.source === s && c.year === y)))),
		czk(sumBy(costs.filter((c) => c.source === s)))
	]);
	rows.push([
		'Celkem',
		...years.map((y) => czk(sumBy(costs.filter((c) => c.year === y)))),
		czk(sumBy(costs))
	]);
	return dataTable(columns, rows, { boldLast: true });
}

function priorityCostTable(plan: PlanTree, years: number[]): Table {
	const width = Math.floor(60 / (years.length + 1));
	const columns: Column[] = [
		{ header: 'Priorita', width: 100 - width * (years.length + 1) },
		...years.map((y) => ({ header: String(y), width, numeric: true })),
		{ header: 'Celkem', width, numeric: true }
	];
	const rows = plan.priorities.map((p) => {
		const costs = p.measures.flatMap((m) => m.costs);
		return [
			`${p.number} ${p.title}`,
			...years.map((y) => czk(sumBy(costs.filter((c) => c.year === y)))),
			czk(sumBy(costs))
		];
	});
	const all = allMeasures(plan).flatMap((m) => m.costs);
	rows.push([
		'Celkem',
		...years.map((y) => czk(sumBy(all.filter((c) => c.year === y)))),
		czk(sumBy(all))
	]);
	return dataTable(columns, rows, { boldLast: true });
}

/** File name stem: "plan-2022-2024". */
export function planFileStem(plan: Pick<PlanTree, 'periodFrom' | 'periodTo'>): string {
	return `plán-${plan.periodFrom}-${plan.periodTo}`;
}

/** Build the plan DOCX. */
export async function renderPlanDocx(plan: PlanTree): Promise<Buffer> {
	const years = planYears(plan);
	const approved = plan.approval.byLabel || plan.approval.on;
	const children: (Paragraph | Table)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(plan.title)] }),
		new Paragraph({
			style: 'Subtitle',
			children: [new TextRun(`${planKindLabel(plan.kind)} · ${plan.area.name}`)]
		}),
		new Paragraph({
			style: 'Subtitle',
			children: [new TextRun(`Období ${plan.periodFrom}–${plan.periodTo}`)]
		}),
		new Paragraph({
			style: 'Subtitle',
			children: [new TextRun(`Stav: ${PLAN_STATUS_LABELS[plan.status]}`)]
		})
	];
	if (approved) {
		const parts = [
			plan.approval.byLabel ? `Schválil(a): ${plan.approval.byLabel}` : null,
			plan.approval.on ? `dne ${czIsoDate(plan.approval.on)}` : null,
			plan.approval.resolution ? `usnesením č. ${plan.approval.resolution}` : null
		].filter(Boolean);
		children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(parts.join(', '))] }));
	} else {
		children.push(
			new Paragraph({
				style: 'Subtitle',
				children: [
					new TextRun({
						text: 'Pracovní verze – plán dosud nebyl schválen.',
						italics: true,
						color: 'C00000'
					})
				]
			})
		);
	}
	if (plan.responsibleBody) {
		children.push(
			new Paragraph({
				style: 'Subtitle',
				children: [new TextRun(`Zpracovala: ${plan.responsibleBody.name}`)]
			})
		);
	}
	children.push(new Paragraph({ children: [new PageBreak()] }));

	children.push(
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Základní údaje')] }),
		labelled('Území', plan.area.name),
		labelled('Druh dokumentu', planKindLabel(plan.kind)),
		labelled('Období', `${plan.periodFrom}–${plan.periodTo}`),
		labelled('Počet priorit', String(plan.priorities.length)),
		labelled('Počet opatření', String(allMeasures(plan).length))
	);
	if (plan.targetGroups.length) {
		children.push(labelled('Cílové skupiny', plan.targetGroups.map((g) => g.name).join(', ')));
	}
	if (plan.vision) {
		children.push(
			new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Vize')] }),
			...textParagraphs(plan.vision)
		);
	}
	if (plan.principles) {
		children.push(
			new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Principy')] }),
			...textParagraphs(plan.principles)
		);
	}

	children.push(
		new Paragraph({
			heading: HeadingLevel.HEADING_1,
			pageBreakBefore: true,
			children: [new TextRun('Priority a opatření')]
		})
	);
	if (!plan.priorities.length) {
		children.push(
			new Paragraph({
				children: [new TextRun({ text: 'Plán zatím nemá priority.', italics: true })]
			})
		);
	}
	for (const p of plan.priorities) {
		children.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_2,
				children: [new TextRun(`Priorita ${p.number} ${p.title}`)]
			}),
			labelled('Cílová skupina', p.targetGroup?.name ?? 'průřezová priorita')
		);
		if (p.responsibleBody) children.push(labelled('Pracovní skupina', p.responsibleBody.name));
		children.push(...textParagraphs(p.description));
		if (!p.measures.length) {
			children.push(
				new Paragraph({ children: [new TextRun({ text: 'Bez opatření.', italics: true })] })
			);
		}
		for (const m of p.measures) children.push(...measureCard(m, years));
	}

	children.push(
		new Paragraph({
			heading: HeadingLevel.HEADING_1,
			pageBreakBefore: true,
			children: [new TextRun('Souhrn předpokládaných nákladů')]
		}),
		new Paragraph({
			heading: HeadingLevel.HEADING_2,
			children: [new TextRun('Podle zdrojů financování')]
		}),
		summaryTable(plan, years),
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Podle priorit')] }),
		priorityCostTable(plan, years)
	);

	return Packer.toBuffer(
		documentOf(
			{
				title: plan.title,
				subject: `${plan.area.name}, ${plan.periodFrom}–${plan.periodTo}`,
				keywords: 'střednědobý plán; komunitní plánování; sociální služby'
			},
			children
		)
	);
}

/**
 * The plan DOCX for an actor: the live plan for readers of the plan (`plans.read`, or anyone
 * when its status is public); for the public, the latest approved version of a plan under
 * update; 401/403 for a plan that was never public.
 */
export async function getPlanDocx(
	actor: Actor,
	planId: string
): Promise<{ data: Buffer; filename: string }> {
	let tree: PlanTree;
	try {
		tree = await getPlanTree(actor, planId);
	} catch (error) {
		if (!(error instanceof UnauthorizedError || error instanceof ForbiddenError)) throw error;
		tree = await getPublishedPlan(planId).catch((notPublished: unknown) => {
			if (notPublished instanceof NotFoundError) throw error;
			throw notPublished;
		});
	}
	return { data: await renderPlanDocx(tree), filename: `${planFileStem(tree)}.docx` };
}
