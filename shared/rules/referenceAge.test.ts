import { describe, expect, it } from 'vitest';
import { KVK_IMPORT_SOURCE, REPORT_SECTOR_SOURCE, TABEL_1_SOURCE } from '../seed/referenceFigures';
import { referenceAge } from './referenceAge';

describe('referenceAge', () => {
  it('says the report figures are KvK 2014 data published in 2017', () => {
    expect(referenceAge(TABEL_1_SOURCE)).toEqual({ dataYear: 2014, publishedYear: 2017 });
    expect(referenceAge(REPORT_SECTOR_SOURCE)).toEqual({ dataYear: 2014, publishedYear: 2017 });
  });
  it('knows no age for an imported list', () => {
    expect(referenceAge(KVK_IMPORT_SOURCE)).toBeNull();
  });
});
