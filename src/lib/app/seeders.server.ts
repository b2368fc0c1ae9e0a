/** Composition root: the demo seeders of the platform and every module, in one list. */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { organisationSeeders } from '#lib/modules/organisation/index.ts';
import { demoAccountsSeeder } from './demo-accounts.server.ts';
import { meetingsSeeders } from '#lib/modules/meetings/index.ts';

export const seeders: Seeder[] = [demoAccountsSeeder, ...organisationSeeders, ...meetingsSeeders];
