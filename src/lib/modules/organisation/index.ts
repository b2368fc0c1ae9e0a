/** Public door of the organisation module: planning areas (bodies, people, organisations follow). */
export { areas, areaKindEnum } from './area.schema.ts';
export { listAreas, getArea, type Area } from './area.service.server.ts';
import { areaSeeder } from './area.seed.server.ts';

export const organisationSeeders = [areaSeeder];
