"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";

import type { Density } from "./url-state";

export type ToggleableColumn = { id: string; label: string; visible: boolean };

/** The list's view controls: which columns show and how dense the rows are. */
export function DataTableToolbar({
  columns,
  onToggleColumn,
  density,
  onDensity,
  children,
}: {
  columns: ToggleableColumn[];
  onToggleColumn: (id: string, visible: boolean) => void;
  density: Density;
  onDensity: (density: Density) => void;
  /** The selection's actions or a count, shown at the start of the bar. */
  children?: React.ReactNode;
}) {
  const control =
    "inline-flex h-8 min-w-6 items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 text-xs font-medium text-slate-800 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-slate-500 focus-visible:outline-none";
  return (
    <div className="mb-2 flex flex-wrap items-center gap-2">
      <div className="flex flex-1 flex-wrap items-center gap-2">{children}</div>
      <button
        type="button"
        className={control}
        aria-pressed={density === "compact"}
        onClick={() => onDensity(density === "compact" ? "comfortable" : "compact")}
        data-testid="density-toggle"
      >
        Compact rows
      </button>
      {columns.length > 0 && (
        <DropdownMenu.Root>
          <DropdownMenu.Trigger className={control} data-testid="columns-menu">
            Columns
            <span aria-hidden>▾</span>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              align="end"
              sideOffset={4}
              className="z-50 min-w-44 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
            >
              <DropdownMenu.Label className="px-2 py-1 text-xs font-medium text-slate-700">Show columns</DropdownMenu.Label>
              {columns.map((column) => (
                <DropdownMenu.CheckboxItem
                  key={column.id}
                  checked={column.visible}
                  // Keep the menu open: people usually change several columns at once.
                  onSelect={(e) => e.preventDefault()}
                  onCheckedChange={(on) => onToggleColumn(column.id, on === true)}
                  className="flex min-h-8 cursor-pointer items-center gap-2 rounded px-2 outline-none data-[highlighted]:bg-slate-100"
                >
                  <span aria-hidden className="w-4 text-center">
                    {column.visible ? "✓" : ""}
                  </span>
                  {column.label}
                </DropdownMenu.CheckboxItem>
              ))}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}
    </div>
  );
}
