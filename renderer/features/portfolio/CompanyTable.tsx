import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { COLUMN_SPECS, DEFAULT_VISIBILITY } from './columns';
import type { PreparedRow, RowContext } from './tableModel';
import type { ViewState } from './viewState';

const ROW_HEIGHT = 36;

type Props = {
  /** Every company in sort order: the table's data, stable while the advisor types. */
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

function resolve<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater;
}

function useColumns(ctx: RowContext): ColumnDef<PreparedRow>[] {
  return useMemo(
    () =>
      COLUMN_SPECS.map<ColumnDef<PreparedRow>>((spec) => ({
        id: spec.id,
        header: spec.header,
        size: spec.size,
        minSize: 60,
        accessorFn: (r) => spec.text(r.row, ctx),
        cell: ({ row, getValue }) => {
          const text = getValue<string>();
          if (spec.id === 'name') {
            return (
              <span className="cell-name">
                <Link to={`/portefeuille/${row.original.row.id}`} tabIndex={-1} className="row-link">
                  {text || '(zonder naam)'}
                </Link>
                {row.original.row.demo && <span className="badge badge-private">demo</span>}
              </span>
            );
          }
          if (spec.id === 'sizeClass' && text === 'grootteklasse onbekend') {
            return <span className="badge badge-warning">grootteklasse onbekend</span>;
          }
          return text;
        },
      })),
    [ctx],
  );
}

/** The virtualised company grid: one tab stop, arrows move the active row, Enter opens it. */
export function CompanyTable({ sorted, rows, ctx, view, onViewChange, onOpen, onEscape, initialScroll, onScroll }: Props) {
  const columns = useColumns(ctx);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const table = useReactTable({
    data: sorted,
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
      columnVisibility: { ...DEFAULT_VISIBILITY, ...view.columnVisibility },
      columnOrder: view.columnOrder,
      columnSizing: view.columnSizing,
    },
    onSortingChange: (u) => onViewChange({ sorting: resolve(u, view.sorting) }),
    onColumnSizingChange: (u) => onViewChange({ columnSizing: resolve(u, view.columnSizing) }),
  });
  // TanStack's row model is built once per data or sort change; a keystroke only swaps the
  // filtered list and the virtualiser asks for the few rows on screen by id.
  const rowModel = table.getRowModel();
  const tableRows = rows;
  const rowAt = (index: number) => rowModel.rowsById[tableRows[index]!.row.id]!;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => {
    if (scrollRef.current && initialScroll > 0) scrollRef.current.scrollTop = initialScroll;
    // Only on mount: restore where the advisor was before opening a company.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const activeIndex = Math.min(active, Math.max(0, tableRows.length - 1));
  const activeRow = tableRows[activeIndex];

  function move(to: number) {
    const next = Math.max(0, Math.min(tableRows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(tableRows.length - 1),
      Enter: () => activeRow && onOpen(activeRow.row.id),
      Escape: () => {
        setActive(0);
        onEscape();
      },
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  const headers = table.getHeaderGroups()[0]!.headers;
  const width = table.getTotalSize();
  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-label="Bedrijven"
      aria-rowcount={tableRows.length + 1}
      aria-colcount={headers.length}
      aria-activedescendant={activeRow ? `company-row-${activeRow.row.id}` : undefined}
      data-query={view.search}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => onScroll(e.currentTarget.scrollTop)}
    >
      <div className="grid-head" role="rowgroup" style={{ width }}>
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          {headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const sortIndex = header.column.getSortIndex();
            return (
              <div
                key={header.id}
                role="columnheader"
                className="grid-cell grid-header-cell"
                style={{ width: header.getSize() }}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              >
                <button
                  type="button"
                  tabIndex={-1}
                  className="sort-button"
                  onClick={header.column.getToggleSortingHandler()}
                  title="Klik om te sorteren, Shift+klik om op meer kolommen te sorteren"
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
      <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize(), width }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rowAt(item.index);
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
              {row.getVisibleCells().map((cell) => (
                <div
                  key={cell.id}
                  role="gridcell"
                  className={`grid-cell${cell.column.id === 'employees' ? ' numeric' : ''}`}
                  style={{ width: cell.column.getSize() }}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </div>
              ))}
            </div>
          );
        })}
      </div>
      {tableRows.length === 0 && (
        <p className="grid-empty" role="status">
          Geen bedrijven die aan deze zoekopdracht en filters voldoen.
        </p>
      )}
    </div>
  );
}
