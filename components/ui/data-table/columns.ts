import {
  columnVisibilityFeature,
  createSortedRowModel,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

/** What a column tells the kit beyond TanStack's own options. */
export type DataTableColumnMeta = {
  /** Amounts and counts: right-aligned, tabular numerals, so digits line up. */
  numeric?: boolean;
  /** The column's name in the "Columns" menu when its header is not a plain string. */
  label?: string;
  /** Extra classes for the column's cells (e.g. "max-w-md" to wrap long text instead of widening the page). */
  className?: string;
  /** Visually hidden header text: for columns whose header is an icon or empty (row actions). */
  srOnlyHeader?: boolean;
};

/**
 * The one feature set every list uses (TanStack Table v9 registers features and row models per
 * table). Client-side sorting is here for small, fully loaded lists; server lists sort through the URL.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime, text: sortFn_text },
  columnMeta: {} as DataTableColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;

/** A column of a kit table; define them in a "use client" module next to the area's table component. */
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData>;
