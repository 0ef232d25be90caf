/**
 * The knowledge-base data files, in the order their records are concatenated into kbEntities
 * and kbDeals (the matcher and the tests depend on that order). A new file of data/ is listed
 * here; `npm run build` and the unit tests refuse a data file that is not.
 */
import version from './data/version.json';
import seedEntities from './data/entities/seed-entities.json';
import carmakers from './data/entities/carmakers.json';
import ventureArms from './data/entities/venture-arms.json';
import accelerators from './data/entities/accelerators.json';
import startups from './data/entities/startups.json';
import suppliersAndTech from './data/entities/suppliers-and-tech.json';
import people from './data/entities/people.json';
import dealPartiesVenture from './data/entities/deal-parties-venture.json';
import dealPartiesLandscape from './data/entities/deal-parties-landscape.json';
import peopleLandscape from './data/entities/people-landscape.json';
import investors from './data/entities/investors.json';
import startupsMore from './data/entities/startups-more.json';
import industryMore from './data/entities/industry-more.json';
import formerNames from './data/entities/former-names.json';
import media from './data/entities/media.json';
import citedCompanies from './data/entities/cited-companies.json';
import citedMedia from './data/entities/cited-media.json';
import seedDeals from './data/deals/seed-deals.json';
import ventureArmDeals from './data/deals/venture-arm-deals.json';
import landscapeDeals from './data/deals/landscape-deals.json';

/** One data file: its path under data/ and what it holds (trusted once check.ts has passed it). */
export interface KbDataFile {
  file: string;
  records: unknown;
}

export const entityFiles: readonly KbDataFile[] = [
  { file: 'entities/seed-entities.json', records: seedEntities },
  { file: 'entities/carmakers.json', records: carmakers },
  { file: 'entities/venture-arms.json', records: ventureArms },
  { file: 'entities/accelerators.json', records: accelerators },
  { file: 'entities/startups.json', records: startups },
  { file: 'entities/suppliers-and-tech.json', records: suppliersAndTech },
  { file: 'entities/people.json', records: people },
  { file: 'entities/deal-parties-venture.json', records: dealPartiesVenture },
  { file: 'entities/deal-parties-landscape.json', records: dealPartiesLandscape },
  { file: 'entities/people-landscape.json', records: peopleLandscape },
  { file: 'entities/investors.json', records: investors },
  { file: 'entities/startups-more.json', records: startupsMore },
  { file: 'entities/industry-more.json', records: industryMore },
  { file: 'entities/former-names.json', records: formerNames },
  { file: 'entities/media.json', records: media },
  { file: 'entities/cited-companies.json', records: citedCompanies },
  { file: 'entities/cited-media.json', records: citedMedia },
];

export const dealFiles: readonly KbDataFile[] = [
  { file: 'deals/seed-deals.json', records: seedDeals },
  { file: 'deals/venture-arm-deals.json', records: ventureArmDeals },
  { file: 'deals/landscape-deals.json', records: landscapeDeals },
];

/** The version of the shipped data, raised whenever it changes (see index.ts, KB_VERSION). */
export const versionFile = { file: 'version.json', content: version as unknown };
