import { describe, expect, it } from 'vitest';
import type { Guide } from '../domain/guide';
import type { Interview } from '../domain/interview';
import { EXPORT_FIXED_COLUMNS as F, exportColumns } from './exportColumns';
import { section, seedGuide, multi, num, text, yesno, whenYes } from './seed/build';

const v1 = seedGuide({
  guideKey: 'exp',
  version: 1,
  title: 'Export',
  audience: 'algemeen',
  date: '2024-01-01',
  sections: [
    section('s', 'S', [
      yesno('heeft', 'Heeft u stagiairs?'),
      num('aantal', 'Hoeveel?', { relevant: whenYes('heeft') }),
      text('oud', 'Vraag die in versie 2 verdween'),
    ]),
  ],
});
const v2: Guide = {
  ...seedGuide({
    guideKey: 'exp',
    version: 2,
    title: 'Export',
    audience: 'algemeen',
    date: '2024-06-01',
    sections: [
      section('s', 'S', [
        yesno('heeft', 'Begeleidt u stagiairs?'),
        num('aantal', 'Hoeveel?', { relevant: whenYes('heeft') }),
        multi('vormen', 'Welke vormen?', {
          choices: [
            { value: 'bol', label: 'BOL' },
            { value: 'bbl', label: 'BBL' },
          ],
          other: true,
        }),
      ]),
    ],
  }),
};

const interview = (
  id: string,
  guide: Guide,
  answers: Interview['answers'],
  otherTexts: Interview['otherTexts'] = {},
): Interview => ({
  id,
  _clock: {},
  companyId: `c-${id}`,
  guideId: guide.id,
  guideKey: guide.guideKey,
  guideVersion: guide.version,
  advisorId: 'a1',
  advisorName: 'Adviseur Een',
  organisation: 'lwl',
  status: 'afgerond',
  answers,
  otherTexts,
  startedAt: `2024-0${guide.version}-10T10:00:00+01:00`,
  lastChangeAt: `2024-0${guide.version}-10T11:00:00+01:00`,
  finishedAt: `2024-0${guide.version}-10T11:00:00+01:00`,
  contactLogId: null,
  visibility: 'gedeeld',
});

describe('exportColumns', () => {
  const table = exportColumns(
    [v1, v2],
    [
      interview(
        'i2',
        v2,
        { heeft: 'nee', aantal: 4, vormen: ['bbl', 'anders'] },
        { vormen: 'leerwerkplek' },
      ),
      interview('i1', v1, { heeft: 'ja', aantal: 3, oud: 'iets' }),
    ],
    { companyNames: { 'c-i1': 'Bakkerij De Korst' } },
  );

  it('has the fixed columns and one column per stable key across versions, newest labels first', () => {
    expect(table.columns.map((c) => c.key)).toEqual([
      F.company,
      F.date,
      F.advisor,
      F.organisation,
      F.version,
      F.status,
      'heeft',
      'aantal',
      'vormen',
      'oud',
    ]);
    expect(table.columns.find((c) => c.key === 'heeft')?.label).toBe('Begeleidt u stagiairs?');
    expect(table.columns[0]?.label).toBe('Bedrijf');
  });

  it('exports each interview with its own version, relevant answers only, multi joined with "anders" text', () => {
    expect(table.rows).toEqual([
      {
        [F.company]: 'Bakkerij De Korst',
        [F.date]: '2024-01-10',
        [F.advisor]: 'Adviseur Een',
        [F.organisation]: 'lwl',
        [F.version]: 1,
        [F.status]: 'Afgerond',
        heeft: 'ja',
        aantal: 3,
        vormen: null,
        oud: 'iets',
      },
      {
        [F.company]: 'c-i2',
        [F.date]: '2024-02-10',
        [F.advisor]: 'Adviseur Een',
        [F.organisation]: 'lwl',
        [F.version]: 2,
        [F.status]: 'Afgerond',
        heeft: 'nee',
        aantal: null,
        vormen: 'BBL; anders: leerwerkplek',
        oud: null,
      },
    ]);
  });
});
