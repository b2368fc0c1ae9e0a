/**
 * The catalogue as an HSDS Tabular Data Package (`/open-data/catalogue.zip`): one CSV per HSDS
 * object + `datapackage.json` (Frictionless; fields copied from the HSDS 3.0 datapackage), built
 * as a streamed zip (fflate). Rows are read in keyset pages of services/providers — the whole
 * catalogue is never in memory — and the zip is produced as the client reads it (pull stream).
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { Zip, ZipDeflate } from 'fflate';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { providers, services } from './catalogue.schema.ts';
import { loadBundles, profileTerms, type ServiceBundle } from './hsds.data.server.ts';
import {
	facilityAddress,
	organizationIdentifiers,
	presentLocation,
	presentOrganization,
	presentService,
	presentTaxonomy,
	presentTerm,
	serviceAreas,
	serviceAttributes,
	servicePhones,
	serviceSchedules,
	termIndex,
	HSDS_PROFILE_URL,
	type TermIndex
} from './hsds.presenter.server.ts';
import { hsdsIds, type HsdsTaxonomyKey } from './hsds.ids.server.ts';
import hsdsPackage from './hsds.datapackage.json' with { type: 'json' };
import './catalogue.permissions.ts';

type Json = Record<string, unknown>;

/** Resources of the package in the order they are written. */
export const OPEN_DATA_RESOURCES = [
	'organization',
	'organization_identifier',
	'service',
	'location',
	'service_at_location',
	'address',
	'phone',
	'schedule',
	'service_area',
	'taxonomy',
	'taxonomy_term',
	'attribute'
] as const;
export type OpenDataResource = (typeof OPEN_DATA_RESOURCES)[number];

interface HsdsResource {
	name: string;
	path: string;
	description: string;
	schema: {
		primaryKey?: string;
		fields: { name: string }[];
		foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
	};
}

const HSDS_RESOURCES = new Map(
	(hsdsPackage.resources as unknown as HsdsResource[]).map((r) => [r.name, r])
);

function resourceOf(name: OpenDataResource): HsdsResource {
	const r = HSDS_RESOURCES.get(name);
	if (!r) throw new Error(`HSDS resource ${name} missing`);
	return r;
}

export function columnsOf(name: OpenDataResource): string[] {
	return resourceOf(name).schema.fields.map((f) => f.name);
}

/** `datapackage.json`: HSDS field definitions, foreign keys only to resources we publish. */
export function datapackageDescriptor(baseUrl: string, created: Date): Json {
	const included = new Set<string>(OPEN_DATA_RESOURCES);
	return {
		profile: 'tabular-data-package',
		name: 'souhra-katalog-socialnich-sluzeb',
		title: 'Katalog sociálních služeb (HSDS 3.0, profil CZ)',
		description:
			'Registrované sociální služby a návazné služby mimo registr: poskytovatelé, služby, místa poskytování, adresy s kódy RÚIAN, formy, kapacity a cílové skupiny. Podle Open Referral HSDS 3.0 s českým profilem.',
		version: '3.0.0',
		homepage: `${baseUrl}/api/hsds`,
		created: created.toISOString(),
		keywords: ['sociální služby', 'HSDS', 'Open Referral', 'registr poskytovatelů'],
		sources: [
			{
				title: 'Registr poskytovatelů sociálních služeb (MPSV)',
				path: 'https://data.mpsv.cz/web/data/vizualizace-registr-poskytovatelu-socialnich-sluzeb'
			}
		],
		licenses: [
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons Attribution 4.0',
				path: 'https://creativecommons.org/licenses/by/4.0/'
			}
		],
		hsds_profile: HSDS_PROFILE_URL,
		resources: OPEN_DATA_RESOURCES.map((name) => {
			const r = resourceOf(name);
			const foreignKeys = (r.schema.foreignKeys ?? []).filter((fk) =>
				included.has(fk.reference.resource)
			);
			return {
				name: r.name,
				path: r.path,
				description: r.description,
				profile: 'tabular-data-resource',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
				schema: {
					...r.schema,
					...(foreignKeys.length ? { foreignKeys } : { foreignKeys: undefined })
				}
			};
		})
	};
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: unknown): string {
	if (value === undefined || value === null) return '';
	const text =
		typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(columns: string[], row: Json): string {
	return columns.map((c) => csvField(row[c])).join(',') + '\r\n';
}

const PAGE = 200;

/** Active services in keyset pages (by id), each page loaded with its related rows. */
async function* serviceBundlePages(): AsyncGenerator<ServiceBundle[]> {
	let after: string | null = null;
	for (;;) {
		const rows: { id: string }[] = await db()
			.select({ id: services.id })
			.from(services)
			.where(and(eq(services.status, 'active'), after ? gt(services.id, after) : undefined))
			.orderBy(asc(services.id))
			.limit(PAGE);
		if (!rows.length) return;
		yield await loadBundles(rows.map((r) => r.id));
		after = rows[rows.length - 1].id;
		if (rows.length < PAGE) return;
	}
}

/** Providers with an active service, in keyset pages. */
async function* providerPages(): AsyncGenerator<(typeof providers.$inferSelect)[]> {
	let after: string | null = null;
	for (;;) {
		const rows: (typeof providers.$inferSelect)[] = await db()
			.select()
			.from(providers)
			.where(
				and(
					sql`exists (select 1 from ${services} where ${services.providerId} = ${providers.id} and ${services.status} = 'active')`,
					after ? gt(providers.id, after) : undefined
				)
			)
			.orderBy(asc(providers.id))
			.limit(PAGE);
		if (!rows.length) return;
		yield rows;
		after = rows[rows.length - 1].id;
		if (rows.length < PAGE) return;
	}
}

/** Rows of one resource, page by page. */
async function* resourceRows(name: OpenDataResource, index: TermIndex): AsyncGenerator<Json[]> {
	if (name === 'organization' || name === 'organization_identifier') {
		for await (const page of providerPages()) {
			yield name === 'organization'
				? page.map((p) => presentOrganization(p, false))
				: page.flatMap((p) => organizationIdentifiers(p));
		}
		return;
	}
	if (name === 'taxonomy') {
		const keys: HsdsTaxonomyKey[] = ['kinds', 'forms', 'target-groups', 'registry'];
		yield keys.map((k) => presentTaxonomy(k));
		return;
	}
	if (name === 'taxonomy_term') {
		yield [...index.values()].map((t) => presentTerm(t, false));
		return;
	}
	for await (const page of serviceBundlePages()) {
		yield page.flatMap((b): Json[] => {
			switch (name) {
				case 'service':
					return [presentService(b, index, false)];
				case 'location':
					return b.facilities.map((f) => presentLocation(f, b.provider.id, false));
				case 'service_at_location':
					return b.facilities.map((f) => ({
						id: hsdsIds.serviceAtLocation(f.id),
						service_id: b.service.id,
						location_id: f.id,
						description: f.name ? `${b.service.name} – ${f.name}` : b.service.name
					}));
				case 'address':
					return b.facilities.map((f) => facilityAddress(f));
				case 'phone':
					return servicePhones(b);
				case 'schedule':
					return serviceSchedules(b);
				case 'service_area':
					return serviceAreas(b);
				case 'attribute':
					return serviceAttributes(b, index);
			}
		});
	}
}

type Step = { file: string } | { text: string } | { end: true };

async function* packageSteps(baseUrl: string, created: Date): AsyncGenerator<Step> {
	const index = termIndex(await profileTerms());
	for (const name of OPEN_DATA_RESOURCES) {
		const columns = columnsOf(name);
		yield { file: resourceOf(name).path };
		yield { text: columns.join(',') + '\r\n' };
		for await (const rows of resourceRows(name, index)) {
			if (rows.length) yield { text: rows.map((r) => csvRow(columns, r)).join('') };
		}
		yield { end: true };
	}
	yield { file: 'datapackage.json' };
	yield { text: JSON.stringify(datapackageDescriptor(baseUrl, created), null, 2) + '\n' };
	yield { end: true };
}

/** The zip as a stream: each `pull` advances the reading by one page. */
export function openDataZipStream(actor: Actor, baseUrl: string): ReadableStream<Uint8Array> {
	authorize(actor, 'catalogue.public.read');
	const encoder = new TextEncoder();
	const created = new Date();
	const steps = packageSteps(baseUrl, created);
	const pending: Uint8Array[] = [];
	let finished = false;
	let failure: unknown = null;
	const zip = new Zip((error, chunk, final) => {
		if (error) failure = error;
		else pending.push(chunk);
		if (final) finished = true;
	});
	let entry: ZipDeflate | null = null;
	const mtime = created;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				while (!pending.length && !finished) {
					const next = await steps.next();
					if (next.done) {
						zip.end();
						break;
					}
					const step = next.value;
					if ('file' in step) {
						entry = new ZipDeflate(step.file, { level: 6 });
						entry.mtime = mtime;
						zip.add(entry);
					} else if ('text' in step) {
						entry!.push(encoder.encode(step.text));
					} else {
						entry!.push(new Uint8Array(0), true);
						entry = null;
					}
					if (failure) throw failure;
				}
				while (pending.length) controller.enqueue(pending.shift()!);
				if (finished) controller.close();
			} catch (error) {
				controller.error(error);
			}
		},
		async cancel() {
			await steps.return(undefined);
		}
	});
}
