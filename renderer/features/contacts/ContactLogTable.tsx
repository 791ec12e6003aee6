import { useMemo, useState } from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { CHANNEL_LABELS } from '../../../shared/domain/contactLog';
import { contacts } from '../../../shared/i18n/nl/contacts';
import { formatDateTime, formatShortDate } from '../../../shared/i18n/format';
import { Button } from '../../ui/Button';
import { ariaSort, useGridNavigation } from '../../ui/useGridNavigation';
import { Badge } from '../../ui/Page';
import { gemeenteLabel, organisationLabel, topicsLabel, type LogView } from './logTable';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { fitWidth } from '../portfolio/columnWidths';
import { labelOf } from '../portfolio/labels';

const ROW_HEIGHT = 38;
const c = ui.logs.columns;

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Columns sized to their content (issue 18), the company name taking what is left; the long
 * texts (topics, summary) come last so that every short column fits at 1366 px.
 */
const COLUMNS: ColumnDef<LogView>[] = [
  // The date only; the time is in the cell's title and in the edit dialog.
  {
    id: 'at',
    header: c.at,
    size: 150,
    accessorFn: (v) => v.log.at,
    cell: ({ row }) => formatShortDate(row.original.log.at),
  },
  {
    id: 'company',
    header: c.company,
    size: 220,
    accessorFn: (v) => v.companyName,
    cell: ({ row }) => <span className="log-company">{row.original.companyName}</span>,
  },
  { id: 'gemeente', header: c.gemeente, size: 130, accessorFn: (v) => gemeenteLabel(v.gemeente) },
  // Short size labels as in the portfolio ("10–14"); the long ones explain on the company form.
  {
    id: 'sizeClass',
    header: c.sizeClass,
    size: 120,
    accessorFn: (v) =>
      v.sizeClass && v.sizeClass !== 'onbekend' ? labelOf('sizeClass', v.sizeClass) : '',
  },
  {
    // Advisor with the organisation below it: one column, so that the list fits 1366 px.
    id: 'advisor',
    header: c.advisor,
    size: 150,
    accessorFn: (v) => `${v.log.advisorName} · ${organisationLabel(v.log.organisation)}`,
    cell: ({ row }) => (
      <span className="cell-stack">
        <span>{row.original.log.advisorName}</span>
        <span className="cell-sub">{organisationLabel(row.original.log.organisation)}</span>
      </span>
    ),
  },
  {
    id: 'channel',
    header: c.channel,
    size: 150,
    accessorFn: (v) => CHANNEL_LABELS[v.log.channel] ?? v.log.channel,
    cell: ({ getValue }) => <span className="log-wrap">{String(getValue())}</span>,
  },
  {
    id: 'visibility',
    header: c.visibility,
    size: 125,
    accessorFn: (v) => v.log.visibility,
    cell: ({ row }) =>
      row.original.log.visibility === 'prive' ? (
        <Badge tone="private" label={contacts.visibility.priveMarker}>
          {contacts.visibility.prive}
        </Badge>
      ) : (
        <span className="muted">{contacts.visibility.gedeeld}</span>
      ),
  },
  { id: 'topics', header: c.topics, size: 230, accessorFn: (v) => topicsLabel(v.log) },
  {
    id: 'summary',
    header: c.summary,
    size: 320,
    accessorFn: (v) => v.log.summary.replace(/\s+/g, ' '),
  },
];

/** Displayed text of a cell, for widths, sort keys and the hover title. */
function cellText(id: string, v: LogView): string {
  switch (id) {
    case 'at':
      return formatShortDate(v.log.at);
    case 'visibility':
      return v.log.visibility === 'prive' ? contacts.visibility.prive : contacts.visibility.gedeeld;
    default: {
      const col = COLUMNS.find((col) => col.id === id) as
        { accessorFn?: (v: LogView, i: number) => unknown } | undefined;
      return text(col?.accessorFn?.(v, 0));
    }
  }
}

const SAMPLE = 1500;
const widthCache = new WeakMap<readonly LogView[], Record<string, number>>();
function columnWidths(rows: readonly LogView[]): Record<string, number> {
  let widths = widthCache.get(rows);
  if (widths) return widths;
  widths = {};
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  for (const col of COLUMNS) {
    const id = col.id!;
    if (id === 'topics' || id === 'summary') {
      widths[id] = col.size!;
      continue;
    }
    const values = new Set<string>();
    for (let i = 0; i < rows.length; i += step) {
      const t = cellText(id, rows[i]!);
      // Stacked cells: as wide as the wider of their two lines.
      for (const part of id === 'advisor' ? t.split(' · ') : [t]) values.add(part);
    }
    widths[id] =
      id === 'company'
        ? Math.max(230, fitWidth(String(col.header), [], 0))
        : fitWidth(
            String(col.header),
            values,
            id === 'visibility' ? 16 : 0,
            id === 'channel' ? 175 : id === 'advisor' ? 170 : 150,
          );
  }
  widthCache.set(rows, widths);
  return widths;
}

/** Sort keys per list and column: the date sorts on its ISO text, the rest on what is shown. */
const keyCache = new WeakMap<readonly LogView[], Map<string, string[]>>();
function sortedRows(rows: readonly LogView[], sorting: SortingState): readonly LogView[] {
  const s = sorting[0];
  // The list arrives newest first: that is the default order.
  if (!s || (s.id === 'at' && s.desc)) return rows;
  let byColumn = keyCache.get(rows);
  if (!byColumn) {
    byColumn = new Map();
    keyCache.set(rows, byColumn);
  }
  let keys = byColumn.get(s.id);
  if (!keys) {
    keys = rows.map((v) => (s.id === 'at' ? v.log.at : cellText(s.id, v).toLocaleLowerCase('nl')));
    byColumn.set(s.id, keys);
  }
  const k = keys;
  const order = rows.map((_, i) => i);
  order.sort((x, y) => (k[x]! < k[y]! ? -1 : k[x]! > k[y]! ? 1 : x - y) * (s.desc ? -1 : 1));
  return order.map((i) => rows[i]!);
}

type Props = {
  rows: LogView[];
  /** Correct or delete a log (Enter, double-click, "Bewerken"). */
  onEdit: (logId: string) => void;
  onOpenCompany: (companyId: string) => void;
};

/**
 * All (filtered) logs in a virtualised grid: one tab stop, arrows move, Enter or a double-click
 * opens the log for editing; the bar above acts on the selected row for mouse users too.
 */
export function ContactLogTable({ rows, onEdit, onOpenCompany }: Props) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'at', desc: true }]);
  const sorted = useMemo(() => sortedRows(rows, sorting), [rows, sorting]);
  const widths = useMemo(() => columnWidths(rows), [rows]);
  const { scrollRef, virtualizer, activeIndex, setActive, keyHandler } = useGridNavigation({
    count: sorted.length,
    rowHeight: ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const windowRows = useMemo(() => items.map((item) => sorted[item.index]!), [items, sorted]);
  // Only the rows on screen go through TanStack Table; sorting is done above on cached keys.
  const table = useReactTable({
    data: windowRows,
    columns: COLUMNS,
    getRowId: (v) => v.log.id,
    state: { sorting, columnSizing: widths },
    onSortingChange: setSorting,
    manualSorting: true,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;
  const activeRow = sorted[activeIndex];
  const width = table.getTotalSize();
  const cellStyle = (id: string, size: number) =>
    id === 'company' ? { flex: `1 0 ${size}px`, minWidth: size } : { width: size };

  const onKeyDown = keyHandler({ Enter: () => activeRow && onEdit(activeRow.log.id) });

  const selected = activeRow;
  const selectedLabel = selected
    ? `${selected.companyName}, ${formatDateTime(selected.log.at)}`
    : '';
  return (
    <>
      {selected && (
        <div className="log-selection">
          <span className="muted">{ui.logs.selected}</span> <strong>{selectedLabel}</strong>
          <Button
            variant="quiet"
            onPress={() => onEdit(selected.log.id)}
            aria-label={ui.editLog.editLabel(selectedLabel)}
          >
            {ui.editLog.edit}
          </Button>
          <Button variant="quiet" onPress={() => onOpenCompany(selected.log.companyId)}>
            {ui.logs.toCompany}
          </Button>
          <span className="shortcut-hint">{ui.logs.openHint}</span>
        </div>
      )}
      <div
        ref={scrollRef}
        className="log-grid"
        role="grid"
        aria-label={ui.logs.tableLabel}
        aria-rowcount={sorted.length + 1}
        aria-activedescendant={activeRow ? `log-row-${activeRow.log.id}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div className="log-grid-head" role="rowgroup" style={{ width, minWidth: '100%' }}>
          <div role="row" aria-rowindex={1} className="log-row log-head-row">
            {table.getHeaderGroups()[0]!.headers.map((h) => {
              const dir = h.column.getIsSorted();
              return (
                <div
                  key={h.id}
                  role="columnheader"
                  className="log-cell log-head-cell"
                  style={cellStyle(h.id, h.getSize())}
                  aria-sort={ariaSort(dir)}
                >
                  <button
                    type="button"
                    tabIndex={-1}
                    className="log-sort"
                    onClick={h.column.getToggleSortingHandler()}
                  >
                    {flexRender(h.column.columnDef.header, h.getContext())}
                    {dir && <span aria-hidden="true">{dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div
          role="rowgroup"
          className="log-grid-body"
          style={{ height: virtualizer.getTotalSize(), width, minWidth: '100%' }}
        >
          {items.map((item, i) => {
            const row = tableRows[i];
            if (!row) return null;
            const isPrivate = row.original.log.visibility === 'prive';
            return (
              <div
                key={row.id}
                id={`log-row-${row.id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === activeIndex}
                className={`log-row${item.index === activeIndex ? ' active' : ''}${isPrivate ? ' is-private' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => setActive(item.index)}
                onDoubleClick={() => onEdit(row.original.log.id)}
              >
                {row.getVisibleCells().map((cell) => (
                  <div
                    key={cell.id}
                    role="gridcell"
                    className={`log-cell${cell.column.id === 'company' ? ' log-cell-company' : ''}`}
                    style={cellStyle(cell.column.id, cell.column.getSize())}
                    title={
                      cell.column.id === 'at'
                        ? formatDateTime(row.original.log.at)
                        : cell.column.id === 'visibility'
                          ? undefined
                          : String(cell.getValue() ?? '')
                    }
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {sorted.length === 0 && <p className="log-grid-empty">{ui.logs.noMatches}</p>}
      </div>
    </>
  );
}
