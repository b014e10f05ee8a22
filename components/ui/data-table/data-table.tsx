"use client";

import {
  flexRender,
  useTable,
  type CellContext,
  type Column,
  type Row,
  type RowData,
  type RowSelectionState,
  type Table,
} from "@tanstack/react-table";
import { useMemo, useState, type ReactNode } from "react";

import { cn } from "@/lib/utils";

import { dataTableFeatures, type DataTableColumn, type DataTableFeatures } from "./columns";
import { DataTableToolbar } from "./data-table-toolbar";
import { SortHeader } from "./sort-header";
import { DataTableEmpty, DataTableError } from "./table-states";
import { useTableView } from "./use-table-view";

type DataAttributes = { [key: `data-${string}`]: string | undefined };

export type DataTableSelection<TData> = {
  /** Which rows may be ticked (a four-eyes rule, say); the others show a disabled box with `disabledReason`. */
  canSelect?: (row: TData) => boolean;
  disabledReason?: (row: TData) => string | undefined;
  /** The box's accessible name, e.g. `Select withdrawal ${row.id}`. */
  rowLabel: (row: TData) => string;
  allLabel?: string;
  /** Rendered above the table: what to do with the ticked rows (rows in table order). */
  actions: (selected: TData[], clear: () => void) => ReactNode;
};

/** Each row's stable id (selection, React keys): a row's own string `id` unless it says otherwise. */
type RowIdProps<TData> = [TData] extends [{ id: string }] ? { getRowId?: (row: TData) => string } : { getRowId: (row: TData) => string };

export type DataTableProps<TData extends RowData> = RowIdProps<TData> & {
  columns: DataTableColumn<TData>[];
  data: TData[];
  /** The table's accessible name (caption and scroll region). */
  label: string;
  /** "server": the column id goes to the URL's `sort` and the page sorts; "client": sorts the rows given; "none" (default). */
  sorting?: "server" | "client" | "none";
  selection?: DataTableSelection<TData>;
  /** Shown instead of rows when `data` is empty. */
  empty?: ReactNode;
  /** A load that failed: its message (and a retry link) replaces the table. */
  error?: { message: string; retryHref?: string };
  /** Column menu and density toggle (default on). */
  toolbar?: boolean;
  testId?: string;
  rowTestId?: string;
  rowAttributes?: (row: TData) => DataAttributes;
  /** Highlights a row (e.g. the one being decided). */
  rowClassName?: (row: TData) => string | undefined;
  /** The pager, below the table (<DataTablePager>). */
  footer?: ReactNode;
};

const ROW_CLASS = "align-top hover:bg-slate-50";
/** The body cells' border and padding per density (the header cells keep theirs on each <th>: a dozen, not hundreds). */
const BODY_CELLS = {
  comfortable: "[&>tr>td]:border-b [&>tr>td]:border-slate-100 [&>tr>td]:px-3 [&>tr>td]:py-2.5",
  compact: "[&>tr>td]:border-b [&>tr>td]:border-slate-100 [&>tr>td]:px-2.5 [&>tr>td]:py-1",
} as const;

/** Every list in the back office: see README.md in this folder. */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { columns, data, selection, sorting = "none" } = props;
  const { getRowId } = props as { getRowId?: (row: TData) => string };
  const view = useTableView(sorting === "server");
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const columnVisibility = useMemo(() => Object.fromEntries(view.hidden.map((id) => [id, false])), [view.hidden]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: (row) => (getRowId ? getRowId(row) : (row as { id: string }).id),
    state: { sorting: view.sort, columnVisibility, rowSelection },
    enableSorting: sorting !== "none",
    manualSorting: sorting === "server",
    enableSortingRemoval: true,
    onSortingChange: (updater) => view.setSort(typeof updater === "function" ? updater(view.sort) : updater),
    enableRowSelection: selection ? (row) => selection.canSelect?.(row.original) ?? true : false,
    onRowSelectionChange: setRowSelection,
  });

  if (props.error) return <DataTableError message={props.error.message} retryHref={props.error.retryHref} />;

  // Rows that left the list (approved, filtered away) are no longer selected.
  const selected = table.getRowModel().rows.filter((r) => rowSelection[r.id] && r.getCanSelect());
  const clear = () => setRowSelection({});
  const compact = view.density === "compact";
  const cellPad = compact ? "px-2.5 py-1" : "px-3 py-2.5";
  // Merged once per column, not per cell. Every body cell's border and padding come from the <tbody>
  // (BODY_CELLS): written once rather than on each of a page's hundreds of cells (a fifth of a 100-row
  // page's HTML). A column's own classes stay on its cells.
  const visibleColumns = table.getVisibleLeafColumns().map((column) => {
    const meta = column.columnDef.meta;
    return { column, className: cn(meta?.numeric && "text-right tabular-nums", meta?.className) || undefined };
  });
  const toggleable = table
    .getAllLeafColumns()
    .filter((c) => c.getCanHide() && c.id !== "select")
    .map((c) => ({
      id: c.id,
      label: c.columnDef.meta?.label ?? (typeof c.columnDef.header === "string" ? c.columnDef.header : c.id),
      visible: c.getIsVisible(),
    }));

  return (
    <div>
      {props.toolbar !== false && (
        <DataTableToolbar
          columns={toggleable}
          onToggleColumn={(id, visible) => view.setHidden(visible ? view.hidden.filter((h) => h !== id) : [...view.hidden, id])}
          density={view.density}
          onDensity={view.setDensity}
        >
          {selection?.actions(
            selected.map((r) => r.original),
            clear,
          )}
        </DataTableToolbar>
      )}
      {props.toolbar === false &&
        selection?.actions(
          selected.map((r) => r.original),
          clear,
        )}
      {data.length === 0 ? (
        <DataTableEmpty>{props.empty}</DataTableEmpty>
      ) : (
        // A focusable, named region: keyboard users can scroll a wide or long table (axe scrollable-region-focusable).
        <div
          role="region"
          aria-label={props.label}
          aria-busy={view.pending || undefined}
          tabIndex={0}
          className={cn(
            "max-h-[calc(100vh-12rem)] overflow-auto rounded-lg border border-slate-200 bg-white focus-visible:ring-2 focus-visible:ring-slate-500 focus-visible:outline-none",
            view.pending && "opacity-60 transition-opacity",
          )}
        >
          <table
            className="w-full border-separate border-spacing-0 text-left text-sm"
            data-testid={props.testId}
            data-density={view.density}
          >
            <caption className="sr-only">{props.label}</caption>
            <thead className="sticky top-0 z-10 bg-slate-50 text-xs font-semibold text-slate-700">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {selection && (
                    <th scope="col" className={cn("w-10 border-b border-slate-200", cellPad)}>
                      <input
                        type="checkbox"
                        className="size-4 align-middle"
                        aria-label={selection.allLabel ?? "Select every row I may select"}
                        disabled={!table.getRowModel().rows.some((r) => r.getCanSelect())}
                        checked={table.getIsAllPageRowsSelected()}
                        ref={(el) => {
                          if (el) el.indeterminate = table.getIsSomePageRowsSelected();
                        }}
                        onChange={table.getToggleAllPageRowsSelectedHandler()}
                      />
                    </th>
                  )}
                  {group.headers.map((header) => {
                    const meta = header.column.columnDef.meta;
                    return (
                      <SortHeader
                        key={header.id}
                        header={header}
                        className={cn("border-b border-slate-200", cellPad, meta?.numeric && "text-right")}
                      >
                        <span className={meta?.srOnlyHeader ? "sr-only" : undefined}>
                          <table.FlexRender header={header} />
                        </span>
                      </SortHeader>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className={BODY_CELLS[view.density]}>
              {table.getRowModel().rows.map((row) => {
                const isSelected = selection ? row.getIsSelected() : false;
                const extra = props.rowClassName?.(row.original);
                return (
                  <tr
                    key={row.id}
                    className={isSelected || extra ? cn(ROW_CLASS, isSelected && "bg-sky-50", extra) : ROW_CLASS}
                    data-testid={props.rowTestId}
                    data-state={isSelected ? "selected" : undefined}
                    {...props.rowAttributes?.(row.original)}
                  >
                    {selection && (
                      <td>
                        <input
                          type="checkbox"
                          className="size-4 align-middle"
                          aria-label={selection.rowLabel(row.original)}
                          title={row.getCanSelect() ? undefined : selection.disabledReason?.(row.original)}
                          disabled={!row.getCanSelect()}
                          checked={isSelected}
                          onChange={row.getToggleSelectedHandler()}
                        />
                      </td>
                    )}
                    {visibleColumns.map(({ column, className }) => (
                      <td key={column.id} className={className}>
                        {flexRender(column.columnDef.cell, new BodyCellContext(table, row, column))}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {props.footer}
    </div>
  );
}

/**
 * A body cell's render context without TanStack's cell objects: `row.getVisibleCells()` builds a
 * memoized cell (and its context) per row and column, which was most of a 100-row page's render
 * time (issue 19). Cells read `row` (and, for accessor columns, the value); `cell` is still there,
 * built on first use. A class, so the getter lives on the prototype, not in every context.
 */
class BodyCellContext<TData extends RowData> implements CellContext<DataTableFeatures, TData, unknown> {
  constructor(
    readonly table: Table<DataTableFeatures, TData>,
    readonly row: Row<DataTableFeatures, TData>,
    readonly column: Column<DataTableFeatures, TData, unknown>,
  ) {}
  getValue = <TValue,>() => this.row.getValue<TValue>(this.column.id);
  renderValue = <TValue,>() => this.row.renderValue<TValue>(this.column.id);
  get cell() {
    return this.row.getAllCellsByColumnId()[this.column.id]!;
  }
}
