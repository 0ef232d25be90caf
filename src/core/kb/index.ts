import type { KbDeal, KbEntity } from './types';
import { seedEntities } from './data/entities/seed-entities';
import { carmakers } from './data/entities/carmakers';
import { ventureArms } from './data/entities/venture-arms';
import { accelerators } from './data/entities/accelerators';
import { startups } from './data/entities/startups';
import { suppliersAndTech } from './data/entities/suppliers-and-tech';
import { people } from './data/entities/people';
import { dealPartiesVenture } from './data/entities/deal-parties-venture';
import { dealPartiesLandscape } from './data/entities/deal-parties-landscape';
import { seedDeals } from './data/deals/seed-deals';
import { ventureArmDeals } from './data/deals/venture-arm-deals';
import { landscapeDeals } from './data/deals/landscape-deals';

/** Bumped whenever the shipped data changes, so stores know to merge it in. */
export const KB_VERSION = 1;

/** Every entity DealLens ships with. */
export const kbEntities: readonly KbEntity[] = [
  ...seedEntities,
  ...carmakers,
  ...ventureArms,
  ...accelerators,
  ...startups,
  ...suppliersAndTech,
  ...people,
  ...dealPartiesVenture,
  ...dealPartiesLandscape,
];

/** Every sourced deal DealLens ships with. */
export const kbDeals: readonly KbDeal[] = [...seedDeals, ...ventureArmDeals, ...landscapeDeals];

let byId: Map<string, KbEntity> | null = null;

export function kbEntity(id: string): KbEntity | undefined {
  byId ??= new Map(kbEntities.map((e) => [e.id, e]));
  return byId.get(id);
}
