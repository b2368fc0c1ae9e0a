/**
 * The evaluation report as an editable, accessible Word document in the house style of the
 * minutes (A4, Calibri, Czech language, real Heading styles, tables with repeated header rows).
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import {
	czDate,
	czMoney,
	czNumber,
	czPercent,
	STATUS_LABELS_CS,
	type EvaluationReport
} from './evaluation.document.ts';

const FONT = 'Calibri';
const MM = 56.7;
const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, opts: { header?: boolean; width?: number; right?: boolean } = {}) {
	return new TableCell({
		borders,
		width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
		margins: { top: 40, bottom: 40, left: 80, right: 80 },
		shading: opts.header ? { fill: 'E7E6E6', color: 'auto', type: 'clear' } : undefined,
		children: text.split('\n').map(
			(line) =>
				new Paragraph({
					spacing: { after: 0 },
					alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
					children: [new TextRun({ text: line, bold: opts.header, size: 20 })]
				})
		)
	});
}

function table(
	header: string[],
	rows: string[][],
	widths: number[],
	numeric: number[] = []
): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: header.map((h, i) => cell(h, { header: true, width: widths[i] }))
			}),
			...rows.map(
				(r) =>
					new TableRow({
						cantSplit: true,
						children: r.map((t, i) => cell(t, { width: widths[i], right: numeric.includes(i) }))
					})
			)
		]
	});
}

const paragraphs = (text: string | null) =>
	(text ?? '')
		.split(/\n{2,}/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => new Paragraph({ children: [new TextRun(p)] }));

const h = (text: string, level: 1 | 2 | 3) =>
	new Paragraph({
		heading:
			level === 1
				? HeadingLevel.HEADING_1
				: level === 2
					? HeadingLevel.HEADING_2
					: HeadingLevel.HEADING_3,
		children: [new TextRun(text)]
	});

function indicatorText(
	r: EvaluationReport,
	ind: EvaluationReport['priorities'][number]['measures'][number]['indicators'][number]
): string {
	const v = (n: number | null) => (n === null ? '–' : `${czNumber(n)} ${ind.unit}`);
	return `${ind.name}: ${v(ind.baseline)} → cíl ${r.year} ${v(ind.target)} → skutečnost ${v(ind.actual)}`;
}

/** Build the DOCX of the report. */
export async function renderEvaluationDocx(r: EvaluationReport): Promise<Buffer> {
	const title = `Hodnoticí zpráva za rok ${r.year}`;
	const children: (Paragraph | Table)[] = [
		new Paragraph({
			style: 'ReportHeader',
			children: [new TextRun(`${r.areaName} · ${r.planTitle}`)]
		}),
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })
	];
	if (!r.closed) {
		children.push(
			new Paragraph({
				children: [
					new TextRun({
						text: 'NÁVRH – monitoring roku není uzavřen, údaje se mohou změnit.',
						bold: true,
						color: 'C00000'
					})
				]
			})
		);
	}
	children.push(
		new Paragraph({
			children: [
				new TextRun({ text: 'Plán: ', bold: true }),
				new TextRun(`${r.planTitle} (${r.period})`)
			]
		})
	);
	if (r.approvedBy) {
		children.push(
			new Paragraph({
				children: [
					new TextRun({ text: 'Schválil: ', bold: true }),
					new TextRun(`${r.approvedBy}${r.approvedOn ? `, ${czDate(r.approvedOn)}` : ''}`)
				]
			})
		);
	}
	if (r.closedAt) {
		children.push(
			new Paragraph({
				children: [
					new TextRun({ text: 'Monitoring uzavřen: ', bold: true }),
					new TextRun(czDate(r.closedAt))
				]
			})
		);
	}
	if (r.introduction) children.push(h('Úvod', 1), ...paragraphs(r.introduction));

	const f = r.figures;
	children.push(
		h('Souhrnné údaje', 1),
		table(
			['Ukazatel', 'Hodnota'],
			[
				['Celkové plnění plánu', czPercent(f.progress)],
				['Opatření realizovaná v roce', String(f.activeCount)],
				...Object.entries(STATUS_LABELS_CS).map(([k, label]) => [
					`z toho ${label}`,
					String(f.counts[k as keyof typeof f.counts])
				]),
				['Plánované náklady', czMoney(f.planned)],
				['Skutečné náklady', czMoney(f.actual)],
				['Rozdíl (skutečnost − plán)', czMoney(f.diff)]
			],
			[60, 40],
			[1]
		),
		new Paragraph({ children: [new TextRun({ text: r.methodNote, italics: true, size: 18 })] }),
		h('Plnění podle priorit', 1),
		table(
			['Priorita', 'Plnění', 'Opatření', 'Plán', 'Skutečnost'],
			r.priorities.map((p) => [
				`${p.number} ${p.title}`,
				czPercent(p.progress),
				String(p.activeCount),
				czMoney(p.planned),
				czMoney(p.actual)
			]),
			[40, 12, 12, 18, 18],
			[1, 2, 3, 4]
		)
	);

	children.push(h('Plnění opatření', 1));
	for (const p of r.priorities) {
		children.push(h(`Priorita ${p.number}: ${p.title}`, 2));
		if (p.measures.length === 0) {
			children.push(new Paragraph({ children: [new TextRun('Priorita nemá opatření.')] }));
			continue;
		}
		children.push(
			table(
				['Číslo', 'Opatření', 'Stav', 'Plnění', 'Ukazatele', 'Komentář'],
				p.measures.map((m) => [
					m.number,
					`${m.title}${m.responsible ? `\nOdpovídá: ${m.responsible}` : ''}\nRoky: ${m.years}`,
					m.active ? STATUS_LABELS_CS[m.status] : 'mimo roky realizace',
					m.active ? czPercent(m.progress) : '–',
					m.indicators.map((i) => indicatorText(r, i)).join('\n') || '–',
					m.comment ?? ''
				]),
				[7, 27, 12, 8, 26, 20],
				[3]
			)
		);
	}

	children.push(
		h('Financování', 1),
		h('Podle zdrojů', 2),
		table(
			['Zdroj', 'Plán', 'Skutečnost', 'Rozdíl'],
			[
				...r.sources.map((s) => [s.label, czMoney(s.planned), czMoney(s.actual), czMoney(s.diff)]),
				['Celkem', czMoney(f.planned), czMoney(f.actual), czMoney(f.diff)]
			],
			[40, 20, 20, 20],
			[1, 2, 3]
		),
		h('Podle priorit', 2),
		table(
			['Priorita', 'Plán', 'Skutečnost', 'Rozdíl'],
			r.priorities.map((p) => [
				`${p.number} ${p.title}`,
				czMoney(p.planned),
				czMoney(p.actual),
				czMoney(Math.round((p.actual - p.planned) * 100) / 100)
			]),
			[40, 20, 20, 20],
			[1, 2, 3]
		)
	);
	if (r.summary) children.push(h('Shrnutí a doporučení', 1), ...paragraphs(r.summary));

	const document = new Document({
		title,
		subject: r.planTitle,
		creator: 'Souhra',
		description: `${title} – ${r.planTitle}`,
		keywords: 'hodnoticí zpráva; monitoring; střednědobý plán; sociální služby',
		styles: {
			default: {
				document: {
					run: { font: FONT, size: 22, language: { value: 'cs-CZ' } },
					paragraph: { spacing: { after: 120, line: 264 } }
				},
				title: {
					run: { font: FONT, size: 36, bold: true, color: '1F3864' },
					paragraph: { spacing: { after: 240 } }
				},
				heading1: {
					run: { font: FONT, size: 30, bold: true, color: '1F3864' },
					paragraph: { spacing: { before: 280, after: 120 }, keepNext: true }
				},
				heading2: {
					run: { font: FONT, size: 26, bold: true, color: '1F3864' },
					paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
				},
				heading3: {
					run: { font: FONT, size: 23, bold: true },
					paragraph: { spacing: { before: 200, after: 80 }, keepNext: true }
				}
			},
			paragraphStyles: [
				{
					id: 'ReportHeader',
					name: 'Záhlaví zprávy',
					basedOn: 'Normal',
					next: 'Normal',
					run: { bold: true, size: 20, color: '404040' },
					paragraph: {
						spacing: { after: 240 },
						border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 } }
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
							left: Math.round(20 * MM),
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
	return Packer.toBuffer(document);
}
