import { describe, expect, it } from 'vitest';
import { fieldColumns, readRow } from './readRow';

describe('readRow', () => {
  const headers = ['Naam', 'Plaats', 'Straat'];
  const cols = fieldColumns(['name', 'place', 'street']);

  it('keeps out a row whose cell does not fit the stored company, naming the column', () => {
    const { issues } = readRow(['Bakkerij Jansen', 'D'.repeat(150), 'Markt 1'], cols, headers, 7);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', rowNumber: 7, column: 'Plaats' })]);
  });

  it('lets a row through whose cells fit', () => {
    const { values, issues } = readRow(['Bakkerij Jansen', 'Dordrecht', 'Markt 1'], cols, headers, 8);
    expect(issues).toEqual([]);
    expect(values).toMatchObject({ name: 'Bakkerij Jansen', place: 'Dordrecht', street: 'Markt 1' });
  });
});
