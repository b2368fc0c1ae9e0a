/**
 * The one place that reads `process.env`. Every variable is declared here, validated once,
 * and exposed as a frozen, typed object. A bad value stops the start with a Czech message
 * that names the variable (see `ConfigError`).
 */
import { z } from 'zod';

const boolean = (fallback: boolean) =>
	z
		.enum(['1', '0', 'true', 'false', 'yes', 'no', 'ano', 'ne', ''])
		.optional()
		.transform((v) =>
			v === undefined || v === '' ? fallback : ['1', 'true', 'yes', 'ano'].includes(v)
		);

const EnvSchema = z
	.object({
		/** TCP port of the web server. */
		PORT: z.coerce.number().int().min(1).max(65535).default(3000),
		/** Address to listen on. */
		HOST: z.string().min(1).default('0.0.0.0'),
		/** `postgres://user:pass@host:5432/db`. Unset = embedded PGlite in `DATA_DIR/pglite`. */
		DATABASE_URL: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v))
			.refine((v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v), {
				message:
					'musí začínat postgres:// nebo postgresql:// (nebo ji nenastavujte pro vestavěnou databázi)'
			}),
		/** Maximum connections in the pool per app instance (PostgreSQL only). */
		DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
		/** Folder for the embedded database and stored files. */
		DATA_DIR: z.string().min(1).default('./data'),
		/** Public address of this instance, used in e-mails and feeds. */
		PUBLIC_URL: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v))
			.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
				message: 'musí být adresa začínající http:// nebo https://'
			}),
		/** SMTP server; unset = messages stay in the outbox visible to administrators. */
		SMTP_HOST: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
		SMTP_USER: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		SMTP_PASSWORD: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		/** `true` = implicit TLS (port 465); otherwise STARTTLS when offered. */
		SMTP_SECURE: boolean(false),
		SMTP_FROM: z.string().min(3).default('Souhra <souhra@localhost>'),
		/** Public contact of the operator (accessibility statement); falls back to SMTP_FROM. */
		SOUHRA_CONTACT_EMAIL: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v))
			.refine((v) => v === undefined || /^[^\s@]+@[^\s@]+$/.test(v), {
				message: 'musí být e-mailová adresa'
			}),
		/**
		 * Map tiles of the catalogue's service map (Leaflet URL template). Empty = no tiles: the map
		 * shows markers on a plain background and the address list still works.
		 */
		MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
		MAP_TILE_ATTRIBUTION: z
			.string()
			.default(
				'© přispěvatelé <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
			),
		/** Load demo data into an empty database (`0` to disable). */
		SOUHRA_DEMO: boolean(true),
		/** File storage: `local` (DATA_DIR/files) or `s3` (S3-compatible object storage). */
		FILES_DRIVER: z.enum(['local', 's3']).default('local'),
		FILES_MAX_BYTES: z.coerce
			.number()
			.int()
			.min(1024)
			.default(20 * 1024 * 1024),
		S3_ENDPOINT: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		S3_REGION: z.string().default('us-east-1'),
		S3_BUCKET: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		S3_ACCESS_KEY_ID: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		S3_SECRET_ACCESS_KEY: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		/** Run the background job worker inside the web process (default yes). */
		JOBS_IN_PROCESS: boolean(true),
		/** Session lifetime in days. */
		SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
		/** Cookies with the Secure flag; defaults to true when PUBLIC_URL is https. */
		COOKIE_SECURE: z
			.enum(['1', '0', 'true', 'false', ''])
			.optional()
			.transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true')),
		/** Login attempts allowed per e-mail address in 15 minutes. */
		LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
		/** Signing secret for links that need no login (excuses, unsubscribe). Generated and stored in DATA_DIR when unset. */
		SECRET_KEY: z
			.string()
			.min(32)
			.optional()
			.or(z.literal('').transform(() => undefined)),
		/** Tests only: a PostgreSQL server on which each test file gets its own fresh database. */
		TEST_DATABASE_URL: z
			.string()
			.optional()
			.transform((v) => (v === '' ? undefined : v)),
		NODE_ENV: z.enum(['development', 'production', 'test']).default('production')
	})
	.superRefine((env, ctx) => {
		if (env.FILES_DRIVER === 's3') {
			for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
				if (!env[key]) {
					ctx.addIssue({
						code: 'custom',
						path: [key],
						message: 'je povinná, když FILES_DRIVER=s3'
					});
				}
			}
		}
		if (env.SMTP_USER && !env.SMTP_PASSWORD) {
			ctx.addIssue({ code: 'custom', path: ['SMTP_PASSWORD'], message: 'chybí k SMTP_USER' });
		}
	});

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Chybné nastavení prostředí:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Validate an environment record; throws `ConfigError` listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Readonly<Env> {
	const result = EnvSchema.safeParse(source);
	if (!result.success) {
		throw new ConfigError(
			result.error.issues.map(
				(issue) => `${issue.path.join('.') || '(prostředí)'}: ${issue.message}`
			)
		);
	}
	return Object.freeze(result.data);
}

let cached: Readonly<Env> | undefined;

/** The validated environment of this process (parsed on first use, then cached). */
export function env(): Readonly<Env> {
	cached ??= parseEnv(process.env);
	return cached;
}

/** Tests only: replace the cached environment. */
export function overrideEnv(values: Record<string, string | undefined>): Readonly<Env> {
	cached = parseEnv({ ...process.env, ...values });
	return cached;
}
