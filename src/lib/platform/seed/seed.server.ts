/**
 * Demo data: modules contribute seeders; on an empty database (no accounts) and unless
 * SOUHRA_DEMO=0 they run in order, inside one transaction, and the instance is marked as demo.
 */
import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/client.server.ts';
import { settings } from '../db/settings.schema.ts';
import { users } from '../auth/auth.schema.ts';

export interface DemoLogin {
	email: string;
	password: string;
	role: string;
	note: string;
}

export interface SeedContext {
	tx: Db;
	/** Records created by earlier seeders, by key (e.g. `area:liberec`). */
	refs: Map<string, string>;
	/** Seeders add the demo accounts they create, so start-up can print them. */
	logins: DemoLogin[];
}

export interface Seeder {
	/** Unique, e.g. `organisation.areas`. */
	id: string;
	/** Lower runs first; platform accounts use 100, modules 200+. */
	order: number;
	run(ctx: SeedContext): Promise<void>;
}

export const DEMO_SETTING = 'demo';

/** Empty = no accounts and demo data never loaded (so a restart never seeds twice). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: count() }).from(users);
	if ((row?.n ?? 0) > 0) return false;
	const [marker] = await db
		.select({ key: settings.key })
		.from(settings)
		.where(eq(settings.key, DEMO_SETTING));
	return !marker;
}

/** Run all seeders in one transaction. Returns the demo logins to print. */
export async function runSeeders(db: Db, seeders: Seeder[]): Promise<DemoLogin[]> {
	const ordered = [...seeders].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	return db.transaction(async (tx) => {
		const ctx: SeedContext = { tx: tx as unknown as Db, refs: new Map(), logins: [] };
		for (const seeder of ordered) {
			await seeder.run(ctx);
		}
		await tx
			.insert(settings)
			.values({
				key: DEMO_SETTING,
				value: { loadedAt: new Date().toISOString(), logins: ctx.logins }
			})
			.onConflictDoUpdate({
				target: settings.key,
				set: { value: { loadedAt: new Date().toISOString(), logins: ctx.logins } }
			});
		return ctx.logins;
	});
}

/** The demo marker, or null for a real instance. */
export async function demoInfo(db: Db): Promise<{ loadedAt: string; logins: DemoLogin[] } | null> {
	const [row] = await db.select().from(settings).where(eq(settings.key, DEMO_SETTING));
	return (row?.value as { loadedAt: string; logins: DemoLogin[] } | undefined) ?? null;
}
