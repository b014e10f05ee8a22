"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { fetchFresh } from "@/components/providers/fetch-fresh";
import type { SearchGroup } from "@/lib/search/global-search";
import { PROVIDER_WORDS } from "@/lib/search/search-kinds";

/** Wait this long after the last key before asking the server: one request per pause, not per keystroke. */
const DEBOUNCE_MS = 150;

function useDebounced(value: string, ms: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The shell's search: a field that opens the command palette, and Ctrl/Cmd-K anywhere.
 * Arrow keys move, Enter opens, Escape closes; results are grouped by kind with the provider.
 */
export function GlobalSearch() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), DEBOUNCE_MS);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const { data, isFetching } = useQuery({
    queryKey: ["search", q],
    enabled: open && q.length >= 2,
    staleTime: 10_000,
    queryFn: ({ signal }) => fetchFresh<{ groups: SearchGroup[] }>(`/api/search?q=${encodeURIComponent(q)}`, "search", signal),
  });
  const groups = q.length >= 2 ? (data?.groups ?? []) : [];

  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        className="flex w-full items-center justify-between rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 text-left text-xs text-slate-600 hover:border-slate-400"
        data-testid="global-search-open"
      >
        <span>Search…</span>
        <kbd className="rounded border border-slate-300 bg-white px-1 font-mono text-[10px] text-slate-600">Ctrl K</kbd>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
        <Dialog.Content
          className="fixed top-[12vh] left-1/2 z-50 w-[min(40rem,92vw)] -translate-x-1/2 rounded-lg border border-slate-200 bg-white shadow-xl"
          aria-describedby={undefined}
        >
          <Dialog.Title className="sr-only">Search everything</Dialog.Title>
          <Command shouldFilter={false} label="Search everything" loop>
            <Command.Input
              value={text}
              onValueChange={setText}
              placeholder="Portfolio, customer, investor, order, withdrawal, event or product: id, e-mail or name"
              className="w-full border-b border-slate-200 px-4 py-3 text-sm outline-none"
              data-testid="global-search-input"
            />
            <Command.List className="max-h-[60vh] overflow-y-auto p-2" data-testid="global-search-results">
              {q.length < 2 ? (
                <p className="px-2 py-3 text-xs text-slate-600">Type at least two characters. ↑ ↓ to move, Enter to open, Esc to close.</p>
              ) : (
                <Command.Empty className="px-2 py-3 text-xs text-slate-600">
                  {isFetching ? "Searching…" : `Nothing found for “${q}”.`}
                </Command.Empty>
              )}
              {groups.map((group) => (
                <Command.Group
                  key={group.kind}
                  heading={group.label}
                  className="mb-1 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-slate-600"
                >
                  {group.hits.map((hit) => (
                    <Command.Item
                      key={`${hit.kind}:${hit.ref}`}
                      value={`${hit.kind}:${hit.ref}`}
                      onSelect={() => go(hit.href)}
                      className="flex cursor-pointer items-baseline justify-between gap-3 rounded px-2 py-1.5 text-sm data-[selected=true]:bg-slate-100"
                      data-testid="search-hit"
                      data-kind={hit.kind}
                    >
                      <span className="min-w-0 truncate">
                        <span className="font-medium text-slate-900">{hit.label}</span>
                        {hit.detail && <span className="ml-2 text-xs text-slate-600">{hit.detail}</span>}
                      </span>
                      {hit.provider && <span className="shrink-0 text-xs text-slate-600">{PROVIDER_WORDS[hit.provider]}</span>}
                    </Command.Item>
                  ))}
                </Command.Group>
              ))}
            </Command.List>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
