import { formatInt, formatShortDate } from '../../../shared/i18n/format';
import { common } from '../../../shared/i18n/nl/common';
import { derivedOf, sortableText, type CompanyRow } from '../../db/queries/companies';
import { labelOf } from './labels';
import type { RowContext, SortKeyFn } from './tableModel';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/**
 * The columns of the portfolio table. `text` is the one rendering of a value as text: the
 * table cell, the CSV/XLSX export and the sort key of most columns all use it.
 */
export type ColumnSpec = {
  id: string;
  header: string;
  size: number;
  visible: boolean;
  text: (row: CompanyRow, ctx: RowContext) => string;
  sortKey?: SortKeyFn;
  numeric?: boolean;
};

const SIZE_ORDER = ['zzp', '1-4', '5-9', '10-14', '15-19', '20-25', '26-49', '50-249', '250+'];

const names = (ids: (string | null | undefined)[], lookup: Map<string, string>) =>
  ids
    .filter((id): id is string => Boolean(id))
    .map((id) => lookup.get(id) ?? px.columns.onbekendeAdviseur)
    .join(', ');

/** Lower case with digit runs padded, so "Bedrijf 9" sorts before "Bedrijf 10". */
const lower = sortableText;

export const COLUMN_SPECS: ColumnSpec[] = [
  { id: 'name', header: px.columns.naam, size: 260, visible: true, text: (r) => r.name ?? '', sortKey: (r) => derivedOf(r).sortName },
  { id: 'kind', header: 'Soort', size: 90, visible: false, text: (r) => labelOf('kind', r.kind ?? 'mkb') },
  { id: 'kvk', header: px.columns.kvkNummer, size: 110, visible: false, text: (r) => r.kvk ?? '' },
  { id: 'place', header: px.columns.plaats, size: 140, visible: true, text: (r) => r.place ?? '' },
  { id: 'gemeente', header: px.columns.gemeente, size: 150, visible: false, text: (r) => labelOf('gemeente', r.gemeente) },
  { id: 'sector', header: px.columns.sector, size: 190, visible: false, text: (r) => labelOf('sector', r.sector) },
  {
    id: 'sizeClass',
    header: 'Grootteklasse',
    size: 140,
    visible: true,
    text: (r) => (r.sizeClass && r.sizeClass !== 'onbekend' ? labelOf('sizeClass', r.sizeClass) : px.columns.grootteklasseOnbekend),
    sortKey: (r) => {
      const i = SIZE_ORDER.indexOf(r.sizeClass ?? '');
      return i < 0 ? null : i;
    },
  },
  {
    id: 'employees',
    header: 'Medewerkers',
    size: 110,
    visible: false,
    numeric: true,
    text: (r) => (typeof r.employees === 'number' ? formatInt(r.employees) : ''),
    sortKey: (r) => (typeof r.employees === 'number' ? r.employees : null),
  },
  { id: 'status', header: 'Status', size: 170, visible: true, text: (r) => labelOf('status', r.status) },
  {
    id: 'owners',
    header: px.columns.eigenaar,
    size: 170,
    visible: true,
    text: (r, ctx) => names([r.ownerLwl, r.ownerBaanbrekend], ctx.advisors),
  },
  {
    id: 'lastContact',
    header: px.columns.laatsteContact,
    size: 170,
    visible: true,
    text: (r, ctx) => {
      const last = ctx.lastContact.get(r.id);
      if (!last) return '';
      const org = common.organisationsShort[last.organisation] ?? last.organisation;
      return `${formatShortDate(last.at)} · ${org}`;
    },
    // Newest first when sorted descending; companies never contacted last either way.
    sortKey: (r, ctx) => ctx.lastContact.get(r.id)?.at ?? null,
  },
  {
    id: 'erkendLeerbedrijf',
    header: px.columns.erkendLeerbedrijf,
    size: 130,
    visible: false,
    text: (r) => labelOf('erkend', r.erkendLeerbedrijf),
  },
  {
    id: 'networks',
    header: px.columns.netwerken,
    size: 180,
    visible: false,
    text: (r, ctx) => (r.networkIds ?? []).map((id) => ctx.networks.get(id) ?? px.columns.onbekendNetwerk).join(', '),
  },
  {
    id: 'contact',
    header: px.columns.contactpersoon,
    size: 120,
    visible: false,
    text: (r, ctx) => (ctx.withContact.has(r.id) ? 'ja' : 'nee'),
  },
  { id: 'street', header: px.columns.adres, size: 200, visible: false, text: (r) => r.street ?? '' },
  { id: 'postcode', header: 'Postcode', size: 90, visible: false, text: (r) => r.postcode ?? '' },
  { id: 'website', header: 'Website', size: 180, visible: false, text: (r) => r.website ?? '' },
  { id: 'source', header: px.columns.bron, size: 140, visible: false, text: (r) => labelOf('source', r.source) },
  {
    id: 'updatedAt',
    header: px.columns.gewijzigd,
    size: 110,
    visible: false,
    text: (r) => (r.updatedAt ? formatShortDate(r.updatedAt) : ''),
    sortKey: (r) => r.updatedAt ?? null,
  },
];

export const COLUMN_BY_ID = new Map(COLUMN_SPECS.map((c) => [c.id, c]));

/** Sort key per column: numeric or explicit keys where given, otherwise the lower-cased text. */
export const SORT_KEYS: Record<string, SortKeyFn> = Object.fromEntries(
  COLUMN_SPECS.map((c) => [c.id, c.sortKey ?? ((r: CompanyRow, ctx: RowContext) => lower(c.text(r, ctx)))]),
);

export const DEFAULT_VISIBILITY: Record<string, boolean> = Object.fromEntries(
  COLUMN_SPECS.map((c) => [c.id, c.visible]),
);
