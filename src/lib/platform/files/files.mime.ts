/**
 * The allow-list of uploadable file types. The type is decided by the file name's extension,
 * the declared type must agree (or be generic), and the first bytes must match: a renamed
 * executable is not accepted as a PDF.
 */
export interface FileType {
	ext: string;
	/** Canonical Content-Type stored and served. */
	contentType: string;
	/** Other declared types browsers send for the same format. */
	aliases?: string[];
	signature: 'pdf' | 'png' | 'jpeg' | 'zip' | 'ole' | 'odf' | 'text' | 'json' | 'ics';
	/** Browsers may show it inline (everything else is downloaded). */
	inline?: boolean;
}

const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';

export const FILE_TYPES: FileType[] = [
	{ ext: 'pdf', contentType: 'application/pdf', signature: 'pdf', inline: true },
	{
		ext: 'docx',
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		signature: 'zip'
	},
	{
		ext: 'xlsx',
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		signature: 'zip'
	},
	{ ext: 'odt', contentType: ODT, signature: 'odf' },
	{ ext: 'ods', contentType: ODS, signature: 'odf' },
	{ ext: 'doc', contentType: 'application/msword', signature: 'ole' },
	{
		ext: 'xls',
		contentType: 'application/vnd.ms-excel',
		aliases: ['application/msexcel', 'application/x-msexcel'],
		signature: 'ole'
	},
	{ ext: 'png', contentType: 'image/png', signature: 'png', inline: true },
	{
		ext: 'jpg',
		contentType: 'image/jpeg',
		aliases: ['image/pjpeg'],
		signature: 'jpeg',
		inline: true
	},
	{
		ext: 'jpeg',
		contentType: 'image/jpeg',
		aliases: ['image/pjpeg'],
		signature: 'jpeg',
		inline: true
	},
	{
		ext: 'csv',
		contentType: 'text/csv',
		aliases: [
			'application/csv',
			'text/comma-separated-values',
			'application/vnd.ms-excel',
			'text/plain'
		],
		signature: 'text'
	},
	{ ext: 'txt', contentType: 'text/plain', signature: 'text' },
	{
		ext: 'json',
		contentType: 'application/json',
		aliases: ['text/json', 'text/plain'],
		signature: 'json'
	},
	{
		ext: 'ics',
		contentType: 'text/calendar',
		aliases: ['application/ics', 'text/plain'],
		signature: 'ics'
	},
	{
		ext: 'zip',
		contentType: 'application/zip',
		aliases: ['application/x-zip-compressed', 'application/x-zip', 'multipart/x-zip'],
		signature: 'zip'
	}
];

/** Declared types that say nothing (a browser that does not know the format). */
const GENERIC = new Set([
	'',
	'application/octet-stream',
	'binary/octet-stream',
	'application/unknown'
]);

export function extensionOf(filename: string): string {
	const dot = filename.lastIndexOf('.');
	return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

export type DetectResult =
	| { ok: true; type: FileType }
	| { ok: false; reason: 'type' }
	| { ok: false; reason: 'content'; type: FileType };

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);
const ascii = (data: Uint8Array, from: number, to: number) =>
	Buffer.from(data.subarray(from, to)).toString('latin1');

function isUtf8Text(data: Uint8Array): boolean {
	if (data.includes(0)) return false;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(data);
		return true;
	} catch {
		return false;
	}
}

function matches(type: FileType, data: Uint8Array): boolean {
	switch (type.signature) {
		case 'pdf':
			return ascii(data, 0, 1024).includes('%PDF-');
		case 'png':
			return startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		case 'jpeg':
			return startsWith(data, [0xff, 0xd8, 0xff]);
		case 'zip':
			return (
				startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])
			);
		case 'odf':
			// ODF: a zip whose first, uncompressed entry is `mimetype` with the document type.
			return (
				startsWith(data, [0x50, 0x4b, 0x03, 0x04]) &&
				ascii(data, 30, 38) === 'mimetype' &&
				ascii(data, 38, 38 + type.contentType.length) === type.contentType
			);
		case 'ole':
			return startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		case 'text':
			return isUtf8Text(data);
		case 'json':
			if (!isUtf8Text(data)) return false;
			try {
				JSON.parse(new TextDecoder().decode(data));
				return true;
			} catch {
				return false;
			}
		case 'ics':
			return (
				isUtf8Text(data) &&
				/^\uFEFF?BEGIN:VCALENDAR/i.test(new TextDecoder().decode(data.subarray(0, 64)))
			);
	}
}

/** Decide the file's type from its name, declared type and content. */
export function detectFileType(filename: string, declared: string, data: Uint8Array): DetectResult {
	const ext = extensionOf(filename);
	const type = FILE_TYPES.find((t) => t.ext === ext);
	if (!type) return { ok: false, reason: 'type' };
	const mime = (declared.split(';')[0] ?? '').trim().toLowerCase();
	if (!GENERIC.has(mime) && mime !== type.contentType && !type.aliases?.includes(mime)) {
		return { ok: false, reason: 'type' };
	}
	return matches(type, data) ? { ok: true, type } : { ok: false, reason: 'content', type };
}
