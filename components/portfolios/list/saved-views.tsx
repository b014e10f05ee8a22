"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Form, Input } from "@/components/ui/field";
import { deletePortfolioViewAction, savePortfolioViewAction } from "@/lib/actions/views";
import type { SavedViewItem } from "@/lib/portfolios/saved-views";
import {
  formatSort,
  portfolioListSchema,
  toSearchParams,
  type PortfolioListState,
  type SavedViewState,
} from "@/lib/validations/portfolios";

/** A view's link; defaults are left out (toSearchParams), so a view's URL is the one the page itself writes. */
const viewHref = (s: SavedViewState) => {
  const state = portfolioListSchema.safeParse({ q: s.q, sort: s.sort || undefined, size: s.size, cols: s.cols || undefined });
  return `/portfolios?${state.success ? toSearchParams(state.data).toString() : ""}`;
};

/** The user's views and the shared ones as links; the current URL state can be saved under a name. */
export function SavedViews({ views, state, canShare }: { views: SavedViewItem[]; state: PortfolioListState; canShare: boolean }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [pending, startTransition] = useTransition();

  function save() {
    startTransition(async () => {
      const viewState: SavedViewState = { q: state.q, sort: formatSort(state.sort), size: state.size, cols: state.cols.join(",") };
      const result = await savePortfolioViewAction({ name, state: viewState, shared });
      if (result?.data) {
        toast.success(`View “${name}” saved.`);
        setName("");
        router.refresh();
      } else toast.error(result?.serverError ?? result?.validationErrors?.name?._errors?.[0] ?? "The view was not saved.");
    });
  }

  async function remove(view: SavedViewItem) {
    const result = await deletePortfolioViewAction({ id: view.id });
    if (result?.data) router.refresh();
    else toast.error(result?.serverError ?? "The view was not deleted.");
  }

  return (
    <section aria-label="Saved views" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-xs font-medium text-slate-700">Views</span>
      {views.length === 0 && <span className="text-xs text-slate-500">none saved yet</span>}
      {views.map((v) => (
        <span
          key={v.id}
          className="inline-flex items-center gap-1 rounded-full border border-slate-200 bg-white py-0.5 pr-1 pl-3"
          data-testid="saved-view"
        >
          <Link href={viewHref(v.state)} className="underline">
            {v.name}
          </Link>
          {v.shared && <span className="text-xs text-sky-700">shared</span>}
          {(v.mine || (v.shared && canShare)) && (
            <ConfirmDialog
              title={`Delete the view “${v.name}”?`}
              description={v.shared ? "It is shared: it disappears for everyone." : undefined}
              confirmLabel="Delete view"
              tone="danger"
              onConfirm={() => remove(v)}
              trigger={
                <button
                  type="button"
                  aria-label={`Delete view ${v.name}`}
                  className="inline-flex min-h-6 min-w-6 items-center justify-center rounded-full text-slate-600 hover:text-red-700"
                  disabled={pending}
                >
                  ×
                </button>
              }
            />
          )}
        </span>
      ))}
      <Form className="ml-auto flex items-center gap-2" onSubmit={() => save()}>
        <Input
          aria-label="View name"
          placeholder="Name this view"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="h-8 w-44"
          maxLength={80}
        />
        {canShare && (
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> share with everyone
          </label>
        )}
        <Button type="submit" size="sm" variant="secondary" disabled={pending || name.trim() === ""}>
          Save view
        </Button>
      </Form>
    </section>
  );
}
