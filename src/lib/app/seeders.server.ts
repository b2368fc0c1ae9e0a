/** Composition root: the demo seeders of the platform and every module, in one list. */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { organisationSeeders } from '#lib/modules/organisation/index.ts';
import { demoAccountsSeeder } from './demo-accounts.server.ts';
import { meetingsSeeders } from '#lib/modules/meetings/index.ts';
import { catalogueSeeders } from '#lib/modules/catalogue/index.ts';
import { plansSeeders } from '#lib/modules/plans/index.ts';
import { participationSeeders } from '#lib/modules/participation/index.ts';
import { networkSeeders } from '#lib/modules/network/index.ts';

export const seeders: Seeder[] = [
	demoAccountsSeeder,
	...organisationSeeders,
	...meetingsSeeders,
	...catalogueSeeders,
	...plansSeeders,
	...participationSeeders,
	...networkSeeders
];
