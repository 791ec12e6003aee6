import { describe, expect, it } from 'vitest';
import { SEED_SCHEMES } from '../../../shared/seed/schemes';
import { criteriaInWords } from './criteriaText';

const criteria = (key: string) => SEED_SCHEMES.find((s) => s.key === key)!.criteria;

describe('criteria in words (issue 15)', () => {
  it('says SBB recognition is needed only for the mbo place of praktijkleren', () => {
    expect(criteriaInWords(criteria('subsidie-praktijkleren'))).toContain(
      'Voor BBL moet het bedrijf een erkend leerbedrijf zijn; voor de andere leervormen niet.',
    );
  });

  it('names each condition the record cannot settle', () => {
    expect(criteriaInWords(criteria('o-en-o-fondsen'))).toContain(
      'Alleen als de cao die voor het bedrijf geldt een O&O-fonds noemt.',
    );
  });
});
