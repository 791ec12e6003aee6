import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/meeting';
import { buildAlignmentOverview } from '../../../shared/rules/alignment';
import { overviewWorkbook } from './exportOverview';

const period = { from: '2026-11-30', to: '2026-12-06' };
const meeting: Meeting = {
  id: 'm1',
  _clock: {},
  date: '2026-12-03',
  periodStart: period.from,
  periodEnd: period.to,
  participants: [
    { advisorId: 'a1', name: 'Sanne Adviseur', organisation: 'lwl' },
    { advisorId: 'a2', name: 'Jeroen Partner', organisation: 'baanbrekend' },
  ],
  notes: 'Sliedrecht zzp besproken.\nVolgende week: tips verdelen.',
  agreements: [],
  createdAt: '2026-12-03T10:00:00+01:00',
  updatedAt: '2026-12-03T10:30:00+01:00',
};

describe('overviewWorkbook', () => {
  it('carries the meeting’s date, period, every participant and the notes in full', async () => {
    const overview = buildAlignmentOverview({
      period,
      companies: [],
      logs: [],
      followUps: [],
      interviews: [],
      leadAnswerKeys: [],
      peers: [],
      now: '2026-12-05T09:00:00Z',
    });
    const bytes = await overviewWorkbook({ overview, companyNames: new Map(), advisorNames: new Map() }, meeting);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Overleg', 'Afspraken']);
    const rows = (wb.getWorksheet('Overleg')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows).toContainEqual(['Datum', '3 december 2026']);
    expect(rows).toContainEqual(['Deelnemer', 'Sanne Adviseur (LWL)']);
    expect(rows).toContainEqual(['Deelnemer', 'Jeroen Partner (Baanbrekend)']);
    expect(rows).toContainEqual(['Notities', meeting.notes]);
  });
});
