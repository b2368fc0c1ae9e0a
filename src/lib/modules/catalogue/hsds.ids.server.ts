/**
 * Stable HSDS identifiers. Records with their own row keep its UUID (service = catalogue service,
 * organization = provider, location = facility). Everything derived (taxonomies, terms, addresses,
 * phones, attributes, service_at_location) gets a deterministic UUIDv5 from a name, so an id never
 * changes between calls, exports or re-imports.
 */
import { createHash } from 'node:crypto';

/** Namespace of Souhra's HSDS ids (a fixed random UUID; never change it). */
export const HSDS_NAMESPACE = '6f1c5a52-2f4e-4d0b-9a51-3f7c3c1d8e21';

function uuidBytes(uuid: string): Buffer {
	return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 4122 version 5 (SHA-1) UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
	const hash = createHash('sha1')
		.update(uuidBytes(namespace))
		.update(Buffer.from(name, 'utf8'))
		.digest();
	const bytes = hash.subarray(0, 16);
	bytes[6] = (bytes[6] & 0x0f) | 0x50;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The four taxonomies of the Czech profile. */
export type HsdsTaxonomyKey = 'kinds' | 'forms' | 'target-groups' | 'registry';

export const hsdsIds = {
	taxonomy: (key: HsdsTaxonomyKey) => uuidV5(`taxonomy:${key}`),
	term: (key: HsdsTaxonomyKey, code: string) => uuidV5(`term:${key}:${code}`),
	serviceAtLocation: (facilityId: string) => uuidV5(`service_at_location:${facilityId}`),
	address: (facilityId: string) => uuidV5(`address:${facilityId}`),
	organizationIdentifier: (providerId: string) => uuidV5(`organization_identifier:${providerId}`),
	phone: (ownerId: string, index: number) => uuidV5(`phone:${ownerId}:${index}`),
	attribute: (linkId: string, termId: string, extra = '') =>
		uuidV5(`attribute:${linkId}:${termId}:${extra}`),
	schedule: (serviceId: string, form: string, index: number) =>
		uuidV5(`schedule:${serviceId}:${form}:${index}`),
	serviceArea: (serviceId: string, code: string) => uuidV5(`service_area:${serviceId}:${code}`)
};
