/** Public door of the organisation module: planning areas (bodies, people, organisations follow). */
export { areas, areaKindEnum } from './area.schema';
export { listAreas, getArea, type Area } from './area.service.server';
import { areaSeeder } from './area.seed.server';

export const organisationSeeders = [areaSeeder];
