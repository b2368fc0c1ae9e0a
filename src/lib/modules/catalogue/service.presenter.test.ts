import { describe, expect, it } from 'vitest';
import {
	addressLine,
	capacityText,
	contactsOf,
	formsView,
	serviceDetailView,
	timeRangeText
} from './service.presenter.ts';
import { sampleDetail } from './service.fixture.ts';

describe('capacityText', () => {
	it('uses Czech plurals per unit', () => {
		expect(capacityText(1, 'luzka')).toBe('1 lůžko');
		expect(capacityText(2, 'luzka')).toBe('2 lůžka');
		expect(capacityText(5, 'luzka')).toBe('5 lůžek');
		expect(capacityText(1.5, 'luzka')).toBe('1,5 lůžka');
		expect(capacityText(1, 'klient')).toBe('1 klient');
		expect(capacityText(3, 'klient')).toBe('3 klienti');
		expect(capacityText(12, 'klient')).toBe('12 klientů');
		expect(capacityText(4, 'interv')).toBe('4 intervence');
		expect(capacityText(10, 'interv')).toBe('10 intervencí');
		expect(capacityText(2, 'hovor')).toBe('2 hovory');
		expect(capacityText(1200, 'kontakt')).toBe('1\u00a0200 kontaktů');
		expect(capacityText(7, 'jine')).toBe('7 (jine)');
	});
});

describe('service detail view', () => {
	it('groups capacity by form and unit, keeps notes and continuous provision', () => {
		const forms = formsView(sampleDetail());
		expect(forms).toEqual([
			{
				code: 'pob',
				label: 'pobytová',
				continuous: true,
				times: [],
				capacities: [
					{ text: '1 lůžko', unit: 'luzka', count: 1, note: null },
					{ text: '5 klientů', unit: 'klient', count: 5, note: 'z toho 2 na odlehčení' }
				]
			}
		]);
	});

	it('formats time ranges, addresses and contacts', () => {
		expect(timeRangeText({ day: 1, from: '08:00', to: '16:30' })).toBe('Po 8:00–16:30');
		expect(timeRangeText({ day: 'DenVTydnu/pa', from: '9:00:00', to: '12:00:00' })).toBe(
			'Pá 9:00–12:00'
		);
		expect(timeRangeText({ text: 'po domluvě' })).toBe('po domluvě');
		expect(
			addressLine({
				street: 'Tanvaldská',
				houseNumber: '1',
				orientationNumber: '12a',
				postcode: '46311',
				municipalityName: 'Liberec'
			})
		).toBe('Tanvaldská 1/12a, 463 11 Liberec');
		const contacts = contactsOf(sampleDetail().service);
		expect(contacts.map((c) => [c.type, c.value, c.href])).toEqual([
			['phone', '+420 485 000 000', 'tel:+420485000000'],
			['phone', '+420 777 000 111', 'tel:+420777000111'],
			['email', 'domov@example.cz', 'mailto:domov@example.cz'],
			['web', 'www.domov.example.cz', 'https://www.domov.example.cz']
		]);
	});

	it('marks registered/non-registered and ended services, facilities without coordinates and ended facilities', () => {
		const view = serviceDetailView(sampleDetail(), new Date('2026-11-22T12:00:00Z'));
		expect(view).toMatchObject({
			kindLabel: 'Domovy pro seniory',
			paragraph: '§ 49',
			categoryLabel: 'služby sociální péče',
			registered: true,
			ended: false,
			lastVerified: '1. 11. 2026',
			validFrom: '1. 1. 2007'
		});
		expect(view.markers).toEqual([
			{
				id: 'f1',
				label: 'Domov Vratislavice',
				address: 'Tanvaldská 1/12a, 463 11 Liberec',
				lat: 50.75,
				lng: 15.09
			}
		]);
		expect(view.facilities.map((f) => f.ended)).toEqual([false, false, true]);
		expect(view.facilities[1].address).toBe('č. p. 77, Stráž nad Nisou');

		const manual = serviceDetailView(
			sampleDetail({
				source: 'manual',
				registryId: null,
				kindCode: null,
				kindText: 'dluhové poradenství obce',
				status: 'ended',
				endedAt: '2026-03-31T10:00:00.000Z'
			})
		);
		expect(manual).toMatchObject({
			registered: false,
			ended: true,
			endedOn: '31. 3. 2026',
			kindLabel: 'dluhové poradenství obce',
			paragraph: null
		});
	});
});
