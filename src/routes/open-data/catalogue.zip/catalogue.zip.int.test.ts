/** The datapackage zip: entries, a valid `datapackage.json` matching the CSVs, row counts = database. */
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { and, count, eq, sql } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { facilities, providers, services } from '#lib/modules/catalogue/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the catalogue module
import { createCatalogueFixture } from '#lib/modules/catalogue/hsds.testing.server.ts';
import type { RequestHandler } from '@sveltejs/kit';
import { GET as get } from './+server.ts';

const GET = get as unknown as RequestHandler;

useTestDatabase();

/** RFC 4180 parser (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}

let files: Record<string, Uint8Array>;
let status: number;
let headers: Headers;

beforeAll(async () => {
	await createCatalogueFixture();
	await createCatalogueFixture();
	const res = await callEndpoint(GET, { url: '/open-data/catalogue.zip' });
	status = res.status;
	headers = res.headers;
	files = unzipSync(res.bytes);
});

describe('/open-data/catalogue.zip', () => {
	it('is a public zip with every CSV and datapackage.json', () => {
		expect(status).toBe(200);
		expect(headers.get('content-type')).toBe('application/zip');
		expect(headers.get('access-control-allow-origin')).toBe('*');
		expect(Object.keys(files).sort()).toEqual(
			[
				'addresses.csv',
				'attributes.csv',
				'datapackage.json',
				'locations.csv',
				'organization_identifiers.csv',
				'organizations.csv',
				'phones.csv',
				'schedules.csv',
				'service_areas.csv',
				'service_at_location.csv',
				'services.csv',
				'taxonomies.csv',
				'taxonomy_terms.csv'
			].sort()
		);
	});

	it('describes exactly the CSVs, with the CSV headers as fields', () => {
		const descriptor = JSON.parse(strFromU8(files['datapackage.json'])) as {
			profile: string;
			resources: {
				name: string;
				path: string;
				schema: {
					fields: { name: string }[];
					foreignKeys?: { reference: { resource: string } }[];
				};
			}[];
		};
		expect(descriptor.profile).toBe('tabular-data-package');
		const names = new Set(descriptor.resources.map((r) => r.name));
		for (const r of descriptor.resources) {
			expect(files[r.path], r.path).toBeDefined();
			const [header] = parseCsv(strFromU8(files[r.path]));
			expect(header).toEqual(r.schema.fields.map((f) => f.name));
			for (const fk of r.schema.foreignKeys ?? []) {
				expect(names.has(fk.reference.resource)).toBe(true);
			}
		}
		expect(descriptor.resources).toHaveLength(Object.keys(files).length - 1);
	});

	it('has as many rows as the database, quoted correctly in UTF-8', async () => {
		const rowsOf = (file: string) => parseCsv(strFromU8(files[file])).slice(1);
		const [{ n: active }] = await db()
			.select({ n: count() })
			.from(services)
			.where(eq(services.status, 'active'));
		const [{ n: places }] = await db()
			.select({ n: count() })
			.from(facilities)
			.innerJoin(services, eq(services.id, facilities.serviceId))
			.where(eq(services.status, 'active'));
		const [{ n: orgs }] = await db()
			.select({ n: count() })
			.from(providers)
			.where(
				sql`exists (select 1 from ${services} where ${services.providerId} = ${providers.id} and ${services.status} = 'active')`
			);
		const [{ n: withIco }] = await db()
			.select({ n: count() })
			.from(providers)
			.where(
				and(
					sql`${providers.ico} is not null`,
					sql`exists (select 1 from ${services} where ${services.providerId} = ${providers.id} and ${services.status} = 'active')`
				)
			);
		expect(rowsOf('services.csv')).toHaveLength(active);
		expect(rowsOf('locations.csv')).toHaveLength(places);
		expect(rowsOf('service_at_location.csv')).toHaveLength(places);
		expect(rowsOf('addresses.csv')).toHaveLength(places);
		expect(rowsOf('organizations.csv')).toHaveLength(orgs);
		expect(rowsOf('organization_identifiers.csv')).toHaveLength(withIco);
		expect(rowsOf('taxonomies.csv')).toHaveLength(4);

		const serviceCsv = parseCsv(strFromU8(files['services.csv']));
		const header = serviceCsv[0];
		const description = serviceCsv
			.slice(1)
			.map((r) => r[header.indexOf('description')])
			.find((d) => d.startsWith('Pobytová'));
		expect(description).toBe('Pobytová služba pro seniory; „uvozovky“, čárky, a nový\nřádek.');
		const ids = new Set(serviceCsv.slice(1).map((r) => r[0]));
		for (const row of rowsOf('attributes.csv')) expect(ids.has(row[1])).toBe(true);
	});
});
