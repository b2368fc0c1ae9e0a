/**
 * Minutes as an editable, accessible Word document (A4, Czech language, real Word styles:
 * Heading 1/2/3/4, List Number, List Bullet, a table with a repeated header row), laid out like
 * the Liberec minutes of 18. 11. 2015: header line, title, label/value block, programme, "Ad 1)"
 * items with resolutions and tasks, events, signature, next schedule, closing note.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	ExternalHyperlink,
	Footer,
	HeadingLevel,
	LevelFormat,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TabStopType,
	TextRun,
	WidthType,
	type ParagraphChild
} from 'docx';
import { htmlToBlocks, type Block, type Run } from './html.ts';
import {
	czDate,
	czTime,
	eventDateText,
	signatureText,
	statusLabel,
	taskAssignmentText,
	votesText,
	type MinutesDocument,
	type MinutesItem
} from './minutes.document.ts';

const FONT = 'Calibri';
const LABEL_TAB = 2300; // twips (~4 cm): values of the label/value block line up here
const MM = 56.7; // twips per millimetre

/** Runs of the block model as docx runs; `\n` becomes a line break. */
function inlineRuns(runs: Run[]): ParagraphChild[] {
	const out: ParagraphChild[] = [];
	for (const run of runs) {
		const parts = run.text.split('\n');
		parts.forEach((part, i) => {
			const options = {
				text: part,
				break: i > 0 ? 1 : undefined,
				bold: run.bold,
				italics: run.italic,
				underline: run.underline ? {} : undefined
			};
			if (run.href) {
				out.push(
					new ExternalHyperlink({
						link: run.href,
						children: [new TextRun({ ...options, style: 'Hyperlink' })]
					})
				);
			} else if (part || i > 0) {
				out.push(new TextRun(options));
			}
		});
	}
	return out;
}

function blockParagraph(block: Block): Paragraph {
	if (block.kind === 'heading') {
		return new Paragraph({
			heading: block.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
			children: inlineRuns(block.runs)
		});
	}
	if (block.kind === 'list-item') {
		const level = Math.min(block.level, 8);
		if (block.continuation) {
			return new Paragraph({
				style: block.ordered ? 'ListNumber' : 'ListBullet',
				indent: { left: 360 * (level + 1) },
				children: inlineRuns(block.runs)
			});
		}
		return new Paragraph({
			style: block.ordered ? 'ListNumber' : 'ListBullet',
			numbering: block.ordered
				? { reference: 'minutes-ordered', level, instance: block.listId }
				: { reference: 'minutes-bullets', level },
			children: inlineRuns(block.runs)
		});
	}
	return new Paragraph({
		style: block.quote ? 'Quote' : undefined,
		children: inlineRuns(block.runs)
	});
}

function labelled(label: string, value: string): Paragraph {
	return new Paragraph({
		tabStops: [{ type: TabStopType.LEFT, position: LABEL_TAB }],
		indent: { left: LABEL_TAB, hanging: LABEL_TAB },
		spacing: { after: 60 },
		children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ text: `\t${value}` })]
	});
}

function itemParagraphs(item: MinutesItem): (Paragraph | Table)[] {
	const out: Paragraph[] = [
		new Paragraph({
			heading: HeadingLevel.HEADING_2,
			children: [new TextRun(`Ad ${item.position}) ${item.title}`)]
		})
	];
	if (item.reportedBy) {
		out.push(
			new Paragraph({
				children: [
					new TextRun({ text: 'Předkládá: ', bold: true }),
					new TextRun({ text: item.reportedBy, italics: true })
				]
			})
		);
	}
	out.push(...htmlToBlocks(item.html).map(blockParagraph));
	for (const r of item.resolutions) {
		out.push(
			new Paragraph({
				style: 'Resolution',
				keepNext: true,
				children: [
					new TextRun({ text: `Usnesení č. ${r.number}: `, bold: true }),
					new TextRun(r.text)
				]
			}),
			new Paragraph({
				style: 'Resolution',
				children: [new TextRun({ text: votesText(r), italics: true })]
			})
		);
	}
	for (const t of item.tasks) {
		const status =
			t.status === 'done' ? ' (splněno)' : t.status === 'cancelled' ? ' (zrušeno)' : '';
		out.push(
			new Paragraph({
				style: 'Resolution',
				children: [
					new TextRun({ text: 'Úkol: ', bold: true }),
					new TextRun(`${t.text}${status}`),
					new TextRun({ text: taskAssignmentText(t), bold: true, break: 1 })
				]
			})
		);
	}
	return out;
}

const hasContent = (item: MinutesItem) =>
	!!item.html.trim() || !!item.reportedBy || item.resolutions.length > 0 || item.tasks.length > 0;

function scheduleTable(doc: MinutesDocument): Table {
	const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
	const borders = { top: border, bottom: border, left: border, right: border };
	const cell = (text: string, header = false, width = 20) =>
		new TableCell({
			borders,
			width: { size: width, type: WidthType.PERCENTAGE },
			margins: { top: 40, bottom: 40, left: 100, right: 100 },
			shading: header ? { fill: 'E7E6E6', color: 'auto', type: 'clear' } : undefined,
			children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })]
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: [cell('Datum', true), cell('Hodina', true, 15), cell('Místo setkání', true, 65)]
			}),
			...doc.schedule.rows.map(
				(r) =>
					new TableRow({
						cantSplit: true,
						children: [
							cell(czDate(r.startsAt)),
							cell(czTime(r.startsAt), false, 15),
							cell(r.place ?? doc.place ?? '', false, 65)
						]
					})
			)
		]
	});
}

/** Build the DOCX of the minutes. */
export async function renderMinutesDocx(doc: MinutesDocument): Promise<Buffer> {
	const marker = statusLabel(doc.status);
	const children: (Paragraph | Table)[] = [
		new Paragraph({
			style: 'MinutesHeader',
			children: [new TextRun(doc.headerLine.toLocaleUpperCase('cs-CZ'))]
		}),
		new Paragraph({
			heading: HeadingLevel.HEADING_1,
			children: [
				new TextRun(doc.title),
				...(marker ? [new TextRun({ text: ` – ${marker}`, color: 'C00000' })] : [])
			]
		})
	];
	if (marker) {
		children.push(
			new Paragraph({
				children: [
					new TextRun({
						text: 'Návrh zápisu – dosud neschválený, neslouží jako oficiální záznam jednání.',
						italics: true,
						color: 'C00000'
					})
				]
			})
		);
	}
	if (doc.place) children.push(labelled('Místo jednání', doc.place));
	children.push(labelled('Datum/čas', `${czDate(doc.startsAt)}, v ${czTime(doc.startsAt)} hod.`));
	children.push(labelled('Přítomni', doc.present.join(', ') || '—'));
	if (doc.excused.length) children.push(labelled('Omluveni', doc.excused.join(', ')));
	if (doc.absent.length) children.push(labelled('Nepřítomni', doc.absent.join(', ')));
	if (doc.guests.length) {
		children.push(
			labelled(
				'Hosté',
				doc.guests
					.map((g) => (g.organisation ? `${g.name} (${g.organisation})` : g.name))
					.join(', ')
			)
		);
	}

	if (doc.programme.length) {
		children.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_2,
				children: [new TextRun('Program jednání')]
			}),
			...doc.programme.map(
				(p) =>
					new Paragraph({
						style: 'ListNumber',
						numbering: { reference: 'minutes-programme', level: 0 },
						children: [new TextRun(p.title)]
					})
			)
		);
	}

	for (const item of doc.items.filter(hasContent)) children.push(...itemParagraphs(item));

	if (doc.events.length) {
		children.push(
			new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Akce')] }),
			...doc.events.map(
				(e) =>
					new Paragraph({
						style: 'ListBullet',
						numbering: { reference: 'minutes-bullets', level: 0 },
						children: [
							new TextRun(`dne ${eventDateText(e)} – ${e.title}${e.place ? `, ${e.place}` : ''}`)
						]
					})
			)
		);
	}

	const signature = signatureText(doc.signature);
	if (signature) {
		children.push(new Paragraph({ style: 'Signature', children: [new TextRun(signature)] }));
	}
	if (doc.signature.approver) {
		const verb = doc.signature.approverVerb;
		children.push(
			new Paragraph({
				children: [
					new TextRun(`${verb.charAt(0).toUpperCase()}${verb.slice(1)}: ${doc.signature.approver}`)
				]
			})
		);
	}

	if (doc.schedule.rows.length) {
		children.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_2,
				children: [new TextRun(doc.schedule.heading)]
			}),
			scheduleTable(doc)
		);
	}
	if (doc.closingNote) {
		children.push(
			...doc.closingNote
				.split(/\n{2,}|\r?\n/)
				.filter((p) => p.trim())
				.map((p) => new Paragraph({ spacing: { before: 160 }, children: [new TextRun(p.trim())] }))
		);
	}

	const bulletLevels = Array.from({ length: 9 }, (_, level) => ({
		level,
		format: LevelFormat.BULLET,
		text: ['•', '–', '•'][level % 3],
		alignment: AlignmentType.LEFT,
		style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } }
	}));
	const decimalLevels = Array.from({ length: 9 }, (_, level) => ({
		level,
		format: LevelFormat.DECIMAL,
		text: `%${level + 1}.`,
		alignment: AlignmentType.LEFT,
		style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } }
	}));

	const document = new Document({
		title: marker ? `${doc.title} (${marker})` : doc.title,
		subject: `${doc.bodyName}, ${czDate(doc.startsAt)}`,
		creator: doc.signature.author ?? 'Souhra',
		description: doc.headerLine,
		keywords: 'zápis; komunitní plánování; sociální služby',
		styles: {
			default: {
				document: {
					run: { font: FONT, size: 22, language: { value: 'cs-CZ' } },
					paragraph: { spacing: { after: 120, line: 264 } }
				},
				heading1: {
					run: { font: FONT, size: 32, bold: true, color: '1F3864' },
					paragraph: { spacing: { before: 120, after: 240 }, keepNext: true }
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
				},
				hyperlink: { run: { color: '0563C1', underline: {} } }
			},
			paragraphStyles: [
				{
					id: 'MinutesHeader',
					name: 'Záhlaví zápisu',
					basedOn: 'Normal',
					next: 'Normal',
					run: { bold: true, size: 20, color: '404040' },
					paragraph: {
						spacing: { after: 240 },
						border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 } }
					}
				},
				{
					id: 'ListNumber',
					name: 'List Number',
					basedOn: 'Normal',
					paragraph: { spacing: { after: 60 } }
				},
				{
					id: 'ListBullet',
					name: 'List Bullet',
					basedOn: 'Normal',
					paragraph: { spacing: { after: 60 } }
				},
				{
					id: 'Quote',
					name: 'Quote',
					basedOn: 'Normal',
					run: { italics: true, color: '404040' },
					paragraph: { indent: { left: 720 } }
				},
				{
					id: 'Resolution',
					name: 'Usnesení a úkoly',
					basedOn: 'Normal',
					paragraph: {
						indent: { left: 284 },
						spacing: { before: 120, after: 60 },
						border: { left: { style: BorderStyle.SINGLE, size: 12, color: '1F3864', space: 8 } }
					}
				},
				{
					id: 'Signature',
					name: 'Signature',
					basedOn: 'Normal',
					paragraph: { spacing: { before: 360, after: 120 } }
				}
			]
		},
		numbering: {
			config: [
				{ reference: 'minutes-programme', levels: decimalLevels.slice(0, 1) },
				{ reference: 'minutes-ordered', levels: decimalLevels },
				{ reference: 'minutes-bullets', levels: bulletLevels }
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
	return Packer.toBuffer(document);
}
