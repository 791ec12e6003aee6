import { describe, expect, it } from 'vitest';
import { companyNameKey } from '../text/normalize';
import { createDuplicateIndex, findDuplicates, nameSimilarity } from './dedupe';

const existing = [
  { id: 'a', name: 'Bakkerij Jansen B.V.', kvk: '12345678', place: 'Dordrecht' },
  { id: 'b', name: 'Transport Van Merwestein', kvk: null, place: 'Zwijndrecht' },
  { id: 'c', name: 'Café Ré', kvk: null, place: 'H.I. Ambacht' },
  { id: 'd', name: 'Bakkerij Pietersen', kvk: null, place: 'Dordrecht' },
  { id: 'e', name: 'Metaal Oost', kvk: '87654321', vestigingsnummer: '000011112222', place: 'Sliedrecht' },
];
const index = createDuplicateIndex(existing);

describe('duplicate detection', () => {
  it('finds the same KvK number, wherever the company is', () => {
    const m = findDuplicates({ id: 'new', name: 'Iets anders', kvk: '12345678', place: 'Papendrecht' }, index);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ id: 'a', reason: 'kvk', score: 1, message: 'Zelfde KvK-nummer (12345678)' });
  });

  it('finds a similar name in the same place, with the reason in Dutch', () => {
    const m = findDuplicates({ id: 'new', name: 'bakkerij janssen', kvk: null, place: 'DORDRECHT' }, index);
    expect(m.map((x) => x.id)).toEqual(['a']);
    expect(m[0]!.reason).toBe('naam-plaats');
    expect(m[0]!.message).toMatch(/^Naam lijkt op "Bakkerij Jansen B.V." in Dordrecht \(\d+% gelijk\)$/);
  });

  it('ignores accents, legal forms and place spellings', () => {
    expect(findDuplicates({ id: 'n', name: 'Cafe Re v.o.f.', kvk: null, place: 'Hendrik-Ido-Ambacht' }, index).map((x) => x.id)).toEqual(['c']);
    expect(findDuplicates({ id: 'n', name: 'Cafe Re v.o.f.', kvk: null, place: 'HI Ambacht' }, index).map((x) => x.id)).toEqual(['c']);
  });

  it('finds "Jansen en Zn" as "Jansen & Zn. BV": "&" and "en" are the same company name', () => {
    const idx = createDuplicateIndex([{ id: 'j', name: 'Jansen & Zn. BV', kvk: null, place: 'Dordrecht' }]);
    const m = findDuplicates({ id: 'n', name: 'Jansen en Zn', kvk: null, place: 'Dordrecht' }, idx);
    expect(m.map((x) => [x.id, x.score])).toEqual([['j', 1]]);
  });

  it('does not match the same name in another place, or a different company', () => {
    expect(findDuplicates({ id: 'n', name: 'Bakkerij Jansen', kvk: null, place: 'Sliedrecht' }, index)).toEqual([]);
    expect(findDuplicates({ id: 'n', name: 'Bakkerij Pieters-Smit', kvk: null, place: 'Dordrecht' }, index).map((x) => x.id)).not.toContain('a');
  });

  it('two different KvK numbers are two companies, however alike the names', () => {
    expect(findDuplicates({ id: 'n', name: 'Bakkerij Jansen', kvk: '11223344', place: 'Dordrecht' }, index)).toEqual([]);
  });

  it('marks another vestiging of the same KvK number as a weaker match', () => {
    const m = findDuplicates({ id: 'n', name: 'Metaal Oost', kvk: '87654321', vestigingsnummer: '000099998888', place: 'Dordrecht' }, index);
    expect(m[0]).toMatchObject({ id: 'e', reason: 'kvk-andere-vestiging' });
  });

  it('never reports a row as its own duplicate (edit form)', () => {
    expect(findDuplicates(existing[0]!, index)).toEqual([]);
  });

  it('measures name similarity without legal forms', () => {
    expect(companyNameKey('De Bakkerij Jansen B.V.')).toBe('bakkerij jansen');
    expect(nameSimilarity('Jansen & Zn. BV', 'Jansen en Zn')).toBe(1);
    expect(nameSimilarity('Jansen BV', 'Jansen')).toBe(1);
    expect(nameSimilarity('Bakkerij Jansen', 'Bakkerij Janssen')).toBeGreaterThan(0.82);
    expect(nameSimilarity('Bakkerij Jansen', 'Slagerij Pietersen')).toBeLessThan(0.5);
  });
});
