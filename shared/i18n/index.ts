import { common } from './nl/common';
import { contacts } from './nl/contacts';
import { alignment } from './nl/alignment';
import { alignmentReach } from './nl/alignmentReach';
import { guides } from './nl/guides';
import { portfolio } from './nl/portfolio';
import { kennisbank } from './nl/kennisbank';
import { sync } from './nl/sync';
import { importing } from './nl/import';
import { domain } from './nl/domain';
import { visit } from './nl/visit';
import { sizeBasis } from './nl/sizeBasis';
import { data } from './nl/data';

/**
 * The one Dutch message catalogue. Each feature keeps its texts in `nl/<feature>.ts` and adds
 * them here, so that texts are found in one place and code never carries a user-facing string.
 */
export const t = {
  ...common,
  contacts,
  alignment,
  alignmentReach,
  guides,
  portfolio,
  kennisbank,
  sync,
  importing,
  domain,
  visit,
  sizeBasis,
  data,
} as const;

export type Messages = typeof t;
export * from './format';
