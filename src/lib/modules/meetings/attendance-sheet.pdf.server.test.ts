import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderAttendanceSheetPdf } from './attendance-sheet.pdf.server.ts';

const base = {
	title: 'Prezenční listina',
	bodyName: 'Řídící pracovní skupina KPSS regionu Liberec',
	areaName: 'ORP Liberec',
	startsAt: '2015-11-18T13:00:00.000Z',
	place: 'tř. 1. máje 108, Liberec – budova „Uran“, zasedací místnost č. 17'
};

async function pages(buffer: Buffer) {
	const pdf = await getDocumentProxy(new Uint8Array(buffer));
	const { text } = await extractText(pdf, { mergePages: false });
	return text.map((t) => t.replace(/\s+/g, ' '));
}

describe('renderAttendanceSheetPdf', () => {
	it('lists members with organisations, then 8 empty guest rows, on one A4 page', async () => {
		const text = await pages(
			await renderAttendanceSheetPdf({
				...base,
				members: [
					{ name: 'Kateřina Marcinková', organisation: 'Statutární město Liberec' },
					{ name: 'Olga Merglová', organisation: null },
					{ name: 'Stanislav Jäger', organisation: null }
				]
			})
		);
		expect(text).toHaveLength(1);
		const [page] = text;
		for (const s of [
			'ORP LIBEREC',
			'Prezenční listina',
			'Řídící pracovní skupina KPSS regionu Liberec',
			'18. 11. 2015, 14:00',
			'budova „Uran“',
			'Jméno',
			'Organizace',
			'Podpis',
			'Kateřina Marcinková',
			'Statutární město Liberec',
			'Stanislav Jäger',
			'11.',
			'Řádky 4–11 jsou určeny pro hosty',
			'Strana 1 z 1'
		]) {
			expect(page, s).toContain(s);
		}
		expect(page).not.toContain('12.');
	});

	it('repeats the table header on every page of a long list', async () => {
		const members = Array.from({ length: 40 }, (_, i) => ({
			name: `Člen Číslo${i + 1}`,
			organisation: 'Organizace s. r. o.'
		}));
		const text = await pages(await renderAttendanceSheetPdf({ ...base, members }));
		expect(text.length).toBeGreaterThan(1);
		for (const page of text) {
			expect(page).toContain('Jméno');
			expect(page).toContain('Podpis');
		}
		expect(text.at(-1)).toContain('48.');
		expect(text.at(-1)).toContain(`Strana ${text.length} z ${text.length}`);
	});
});
