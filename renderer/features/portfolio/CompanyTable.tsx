import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Updater,
} from '@tanstack/react-table';
import { ariaSort, useGridNavigation } from '../../ui/useGridNavigation';
import { COLUMN_BY_ID, COLUMN_SPECS, DEFAULT_VISIBILITY } from './columns';
import { NAME_MIN, contentWidth } from './columnWidths';
import type { PreparedRow, RowContext } from './tableModel';
import type { FacetId, ViewState } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const ROW_HEIGHT = 36;

type Props = {
  /** Every company in sort order (used to size the columns to their content). */
  sorted: PreparedRow[];
  /** The rows that pass search and filters, in the same order. */
  rows: PreparedRow[];
  ctx: RowContext;
  view: ViewState;
  onViewChange: (patch: Partial<ViewState>) => void;
  onOpen: (id: string) => void;
  onEscape: () => void;
  initialScroll: number;
  onScroll: (top: number) => void;
};

/** The column that shows what a facet filters on: filtering on it keeps the column in view. */
const FACET_COLUMN: Partial<Record<FacetId, string>> = {
  gemeente: 'gemeente',
  sector: 'sector',
  sizeClass: 'sizeClass',
  kind: 'kind',
  status: 'status',
  owner: 'owners',
  network: 'networks',
  contact: 'contact',
};

function resolve<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater;
}

/**
 * Visible columns in display order. A column the advisor filters on is always shown, right
 * after the name, so that it stays on screen at 1366 px.
 */
export function displayedColumns(view: ViewState): string[] {
  const order = [
    ...view.columnOrder.filter((id) => COLUMN_BY_ID.has(id)),
    ...COLUMN_SPECS.map((c) => c.id).filter((id) => !view.columnOrder.includes(id)),
  ];
  const visibility = { ...DEFAULT_VISIBILITY, ...view.columnVisibility };
  const filtered = Object.entries(view.facets)
    .filter(([, values]) => (values?.length ?? 0) > 0)
    .map(([facet]) => FACET_COLUMN[facet as FacetId])
    .filter((id): id is string => Boolean(id));
  const rest = order.filter((id) => id !== 'name' && !filtered.includes(id) && visibility[id] !== false);
  return ['name', ...order.filter((id) => filtered.includes(id)), ...rest];
}

function useColumns(sorted: PreparedRow[], ctx: RowContext, view: ViewState): ColumnDef<PreparedRow>[] {
  return useMemo(
    () =>
      COLUMN_SPECS.map<ColumnDef<PreparedRow>>((spec) => ({
        id: spec.id,
        header: spec.header,
        size: spec.id === 'name' ? NAME_MIN : contentWidth(spec, sorted, ctx),
        minSize: 56,
        accessorFn: (r) => spec.text(r.row, ctx),
        cell: ({ row, getValue }) => {
          const text = getValue<string>();
          if (spec.id === 'name') {
            return (
              <span className="cell-name">
                <Link to={`/portefeuille/${row.original.row.id}`} tabIndex={-1} className="row-link">
                  {text || px.list.zonderNaam}
                </Link>
                {/* Demo names already end in "(demo)": the badge only where they do not. */}
                {row.original.row.demo && !/\(demo\)\s*$/.test(text) && <span className="badge badge-private">demo</span>}
              </span>
            );
          }
          if (spec.id === 'sizeClass' && text === 'grootteklasse onbekend') {
            return <span className="badge badge-warning">{px.list.onbekend}</span>;
          }
          if (spec.id === 'lastContact' && text) {
            const [date, organisation] = text.split(' · ');
            return (
              <span className="cell-stack">
                <span>{date}</span>
                <span className="cell-sub">{organisation}</span>
              </span>
            );
          }
          // Longer values take a second line rather than pushing columns off screen.
          return <span className="cell-wrap">{text}</span>;
        },
      })),
    // Widths follow the data only for the columns shown; recomputed when data or view change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sorted, ctx, view.columnVisibility, view.facets],
  );
}

/**
 * The virtualised company grid: one tab stop, arrows move the active row, Enter opens it.
 * Only the rows on screen go through TanStack Table, so a sort or a keystroke at 100,000
 * companies costs what the visible rows cost.
 */
export function CompanyTable({ sorted, rows, ctx, view, onViewChange, onOpen, onEscape, initialScroll, onScroll }: Props) {
  const columns = useColumns(sorted, ctx, view);
  const { scrollRef, virtualizer, activeIndex, setActive, keyHandler } = useGridNavigation({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const windowRows = useMemo(() => items.map((item) => rows[item.index]!), [items, rows]);
  const shown = displayedColumns(view);
  const visibility = Object.fromEntries(COLUMN_SPECS.map((c) => [c.id, shown.includes(c.id)]));
  const table = useReactTable({
    data: windowRows,
    columns,
    getRowId: (r) => r.row.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: true,
    isMultiSortEvent: (e) => (e as { shiftKey?: boolean }).shiftKey === true,
    columnResizeMode: 'onChange',
    state: {
      sorting: view.sorting,
      columnVisibility: visibility,
      columnOrder: shown,
      columnSizing: view.columnSizing,
    },
    onSortingChange: (u) => onViewChange({ sorting: resolve(u, view.sorting) }),
    onColumnSizingChange: (u) => onViewChange({ columnSizing: resolve(u, view.columnSizing) }),
  });
  const tableRows = table.getRowModel().rows;

  useEffect(() => {
    if (scrollRef.current && initialScroll > 0) scrollRef.current.scrollTop = initialScroll;
    // Only on mount: restore where the advisor was before opening a company.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const activeRow = rows[activeIndex];
  const onKeyDown = keyHandler({
    Enter: () => activeRow && onOpen(activeRow.row.id),
    Escape: () => {
      setActive(0);
      onEscape();
    },
  });

  const headers = table.getHeaderGroups()[0]!.headers;
  const width = table.getTotalSize();
  const cellStyle = (id: string, size: number) =>
    id === 'name' ? { flex: `1 0 ${size}px`, minWidth: size } : { width: size };
  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label={px.list.bedrijven2}
      aria-rowcount={rows.length + 1}
      aria-colcount={headers.length}
      aria-activedescendant={activeRow ? `company-row-${activeRow.row.id}` : undefined}
      data-query={view.search}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => onScroll(e.currentTarget.scrollTop)}
    >
      <div className="grid-head" role="rowgroup" style={{ width, minWidth: '100%' }}>
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          {headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const sortIndex = header.column.getSortIndex();
            return (
              <div
                key={header.id}
                role="columnheader"
                className="grid-cell grid-header-cell"
                style={cellStyle(header.id, header.getSize())}
                aria-sort={ariaSort(sorted)}
              >
                <button
                  type="button"
                  tabIndex={-1}
                  className="sort-button"
                  onClick={header.column.getToggleSortingHandler()}
                  title={px.list.klikOmTeSorteren}
                >
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  {sorted && (
                    <span className="sort-mark" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : '▼'}
                      {view.sorting.length > 1 ? sortIndex + 1 : ''}
                    </span>
                  )}
                </button>
                <div
                  className={`resize-handle${header.column.getIsResizing() ? ' resizing' : ''}`}
                  onMouseDown={header.getResizeHandler()}
                  onTouchStart={header.getResizeHandler()}
                  onDoubleClick={() => header.column.resetSize()}
                  aria-hidden="true"
                />
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize(), width, minWidth: '100%' }}>
        {items.map((item, i) => {
          const row = tableRows[i];
          if (!row) return null;
          const isActive = item.index === activeIndex;
          return (
            <div
              key={row.id}
              id={`company-row-${row.id}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isActive}
              className={`grid-row${isActive ? ' active' : ''}${item.index % 2 ? ' odd' : ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => setActive(item.index)}
              onDoubleClick={() => onOpen(row.original.row.id)}
            >
              {row.getVisibleCells().map((cell) => {
                const text = cell.getValue<string>();
                return (
                  <div
                    key={cell.id}
                    role="gridcell"
                    className={`grid-cell${cell.column.id === 'employees' ? ' numeric' : ''}${cell.column.id === 'name' ? ' grid-cell-name' : ''}`}
                    style={cellStyle(cell.column.id, cell.column.getSize())}
                    title={text || undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {rows.length === 0 && (
        <p className="grid-empty" role="status">
          {px.list.geenBedrijvenDieAan}
        </p>
      )}
    </div>
  );
}
