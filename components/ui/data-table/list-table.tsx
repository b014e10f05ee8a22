"use client";

import type { RowData } from "@tanstack/react-table";
import type { Attributes } from "react";

import type { DataTableColumn } from "./columns";
import { DataTable, type DataTableProps } from "./data-table";
import { DataTablePager } from "./data-table-pager";

/** What a list's component takes: its rows, and whatever its columns are built from (`TProps`). */
export type ListTableProps<TData extends RowData, TProps> = TProps & {
  rows: TData[];
  /** All rows that match, for the pager (paged lists only). */
  total?: number;
  error?: DataTableProps<TData>["error"];
};

/** A list's fixed parts: all a `DataTable` takes but the rows, the load error and the pager. */
export type ListTableSpec<TData extends RowData, TProps> = Omit<DataTableProps<TData>, "columns" | "data" | "error" | "footer"> & {
  /** The columns; a function of the component's props where a cell needs more than its row (a base path, a currency). */
  columns: DataTableColumn<TData>[] | ((props: TProps) => DataTableColumn<TData>[]);
  /** A paged list: what the offset pager counts ("deposit(s)"); its component then takes `total`. */
  pagerNoun?: string;
};

/**
 * The component of one list. Most lists are a set of columns, names and test ids around the rows
 * a page loads: they are declared here once, instead of each area writing the same wrapper that
 * hands its rows (and total) to `DataTable` and wires the pager.
 */
export function listTable<TData extends RowData, TProps extends object = object>({
  columns,
  pagerNoun,
  ...table
}: ListTableSpec<TData, TProps>) {
  return function ListTable(props: ListTableProps<TData, TProps>) {
    const { rows, total = 0, error } = props;
    const footer = pagerNoun ? <DataTablePager mode="offset" total={total} noun={pagerNoun} /> : undefined;
    // `table` is a DataTable's props but for these four; TypeScript cannot see that through the getRowId rule.
    const tableProps = { ...table, columns: typeof columns === "function" ? columns(props) : columns, data: rows, error, footer };
    return <DataTable<TData> {...(tableProps as DataTableProps<TData> & Attributes)} />;
  };
}
