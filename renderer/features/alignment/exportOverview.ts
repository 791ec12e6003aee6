import type { Meeting } from '../../../shared/domain/meeting';
import type { ExportColumn } from '../../../shared/export/columns';
import type { ExportSheet } from '../../../shared/export/xlsx';
import type { LogFacts } from '../../../shared/rules/doubleApproach';
import type { Period } from '../../../shared/rules/weeks';
import { channelLabel, gemeenteLabel, orgShort, sizeLabel, topicsLabel } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { alignmentReach } from '../../../shared/i18n/nl/alignmentReach';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { formatPeriod } from '../../../shared/rules/weeks';
import type { OverviewContext } from './useOverview';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

const c = ui.columns;
type Row = Record<string, string | number | null>;
const col = (header: string, key: string, type?: ExportColumn<Row>['type']): ExportColumn<Row> => ({
  header,
  value: (r) => r[key],
  type,
});
const newest = (logs: LogFacts[]) => logs.map((l) => `${l.at.slice(0, 10)} ${l.advisorName} (${channelLabel(l.channel)})`).join('; ');

/**
 * The lists of the afstemmingsoverleg as a workbook, one sheet per agenda item (and the
 * agreements of a meeting when given), complete where the screen and paper shorten them.
 */
export function overviewSheets(context: OverviewContext, meeting?: Meeting): ExportSheet<Row>[] {
  const { overview: o, companyNames, advisorNames } = context;
  const name = (id: string) => companyNames.get(id) ?? '';
  const adv = (id: string | null) => (id ? (advisorNames.get(id) ?? id) : '');
  const sheets: ExportSheet<Row>[] = [
    {
      name: '1 Contacten',
      columns: [col(c.company, 'company'), col(c.date, 'at', 'datetime'), col(c.who, 'who'), col(c.organisation, 'org'), col(c.channel, 'channel'), col(c.topics, 'topics'), col(c.outcome, 'outcome')],
      rows: o.contacts.flatMap((g) =>
        g.contacts.map((l) => ({ company: g.name, at: l.at, who: l.advisorName, org: orgShort(l.organisation), channel: channelLabel(l.channel), topics: topicsLabel(l.topics), outcome: l.outcome })),
      ),
    },
    {
      name: '2 Door beide benaderd',
      columns: [col(c.company, 'company'), col(c.lwl, 'lwl'), col(c.baanbrekend, 'bb'), col(c.ownerLwl, 'ownerLwl'), col(c.ownerBaanbrekend, 'ownerBb')],
      rows: o.approachedByBoth.map((b) => ({ company: b.name, lwl: newest(b.lwl), bb: newest(b.baanbrekend), ownerLwl: adv(b.ownerLwl), ownerBb: adv(b.ownerBaanbrekend) })),
    },
    {
      name: ot.export.ownedByBoth,
      columns: [col(c.company, 'company'), col(c.ownerLwl, 'ownerLwl'), col(c.ownerBaanbrekend, 'ownerBb')],
      rows: o.ownedByBoth.map((b) => ({ company: b.name, ownerLwl: adv(b.ownerLwl), ownerBb: adv(b.ownerBaanbrekend) })),
    },
    {
      name: ot.export.openActions,
      columns: [col(c.owner, 'owner'), col(c.organisation, 'org'), col(c.action, 'title'), col(c.company, 'company'), col(c.due, 'due', 'date'), col(ot.export.late, 'overdue')],
      rows: o.followUps.advisors.flatMap((a) => {
        const late = new Set(a.overdue.map((f) => f.id));
        return a.open.map((f) => ({ owner: a.name, org: orgShort(a.organisation), title: f.title, company: name(f.companyId), due: f.due, overdue: late.has(f.id) ? ot.export.yes : ot.export.no }));
      }),
    },
    {
      name: ot.export.news,
      columns: [col(ot.export.what, 'what'), col(c.company, 'company'), col(c.size, 'size'), col(c.createdAt, 'createdAt', 'datetime')],
      rows: [
        ...o.news.added.map((x) => ({ what: ui.sections.added, company: x.name, size: sizeLabel(x.sizeClass), createdAt: x.createdAt })),
        ...o.news.newlyReachedSmallMkb.map((x) => ({ what: ui.sections.newSmallMkb, company: x.name, size: sizeLabel(x.sizeClass), createdAt: x.createdAt })),
        ...o.news.newlyReachedZzp.map((x) => ({ what: ui.sections.newZzp, company: x.name, size: sizeLabel(x.sizeClass), createdAt: x.createdAt })),
      ],
    },
    {
      name: ot.export.withoutSize,
      columns: [col(c.company, 'company'), col(c.gemeente, 'gemeente'), col(c.kind, 'kind')],
      rows: o.withoutSize.map((x) => ({ company: x.name, gemeente: gemeenteLabel((x as { gemeente?: string | null }).gemeente), kind: x.kind === 'zzp' ? 'Zzp' : 'MKB' })),
    },
    {
      name: ot.export.leads,
      columns: [col(c.lead, 'lead'), col(ui.sections.namedAt, 'source'), col(c.status, 'status')],
      rows: o.leads.map((l) => ({ lead: l.text, source: l.sourceCompanyIds.map(name).join(', '), status: l.matchedCompanyId ? ui.sections.inPortfolio : ui.sections.notInPortfolio })),
    },
    {
      name: '6 Actualiteit',
      columns: [col(c.device, 'who'), col(c.organisation, 'org'), col(c.newest, 'newest', 'datetime'), col(c.age, 'sentence')],
      rows: o.freshness.map((f) => ({ who: f.advisorName, org: orgShort(f.organisation), newest: f.newestAt, sentence: f.sentence })),
    },
  ];
  if (meeting) {
    const x = alignmentReach.export;
    sheets.unshift({
      name: x.meetingSheet,
      columns: [col(x.part, 'part'), { ...col(x.content, 'content'), width: 90, wrap: true }],
      rows: [
        { part: x.date, content: formatLocalDate(meeting.date) },
        { part: x.period, content: formatPeriod({ from: meeting.periodStart, to: meeting.periodEnd }) },
        ...(meeting.participants.length === 0
          ? [{ part: x.participant, content: '—' }]
          : meeting.participants.map((p) => ({ part: x.participant, content: `${p.name} (${orgShort(p.organisation)})` }))),
        { part: x.notes, content: meeting.notes.trim() || '—' },
      ],
    });
    sheets.splice(1, 0, {
      name: 'Afspraken',
      columns: [col(c.company, 'company'), col(c.agreement, 'text'), col(c.owner, 'owner'), col(c.organisation, 'org'), col(c.due, 'due', 'date')],
      rows: meeting.agreements.map((a) => ({ company: name(a.companyId), text: a.text, owner: a.ownerName, org: orgShort(a.organisation), due: a.due })),
    });
  }
  return sheets;
}

export const exportFileName = (period: Period) => ot.export.file(period.from, period.to);

export async function overviewWorkbook(context: OverviewContext, meeting?: Meeting): Promise<Uint8Array> {
  // exceljs (930 kB) is loaded when someone exports, not with the Afstemming screen.
  const { toXlsx } = await import('../../../shared/export/xlsx');
  return toXlsx(overviewSheets(context, meeting));
}
