"use client";

import * as Popover from "@radix-ui/react-popover";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";

import { fetchFresh } from "@/components/providers/fetch-fresh";
import { RelativeTime } from "@/components/ui/date-time";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";
import type { NotificationView } from "@/lib/notifications/read-notifications";
import { cn } from "@/lib/utils";

type Bell = { unread: number; items: NotificationView[] };

/** Polled this often, so a notification shows within 5 s of the change that caused it. */
const BELL_POLL_MS = 3_000;

/** The shell's bell: my unread count, my newest notifications, mark one or all read. */
export function NotificationBell() {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: ["notifications"],
    queryFn: () => fetchFresh<Bell>("/api/notifications", "notifications"),
    refetchInterval: BELL_POLL_MS,
  });
  const unread = data?.unread ?? 0;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["notifications"] });
  const markOne = async (id: string) => {
    // Shown read at once (a busy server may take seconds to answer); a poll already in flight is
    // cancelled so it cannot bring the old state back, and the refresh after the action shows the truth.
    await queryClient.cancelQueries({ queryKey: ["notifications"] });
    queryClient.setQueryData<Bell>(["notifications"], (old) =>
      old?.items.some((n) => n.id === id && !n.read)
        ? { unread: Math.max(0, old.unread - 1), items: old.items.map((n) => (n.id === id ? { ...n, read: true } : n)) }
        : old,
    );
    await markNotificationReadAction({ notificationId: id });
    await refresh();
  };
  const markAll = async () => {
    const newest = data?.items[0]?.id;
    if (newest) await markAllNotificationsReadAction({ upToId: newest });
    await refresh();
  };
  return (
    <Popover.Root>
      <Popover.Trigger
        className="relative flex w-full items-center justify-between rounded-md border border-slate-200 px-2 py-1.5 text-xs hover:border-slate-400"
        aria-label={`Notifications, ${unread} unread`}
        data-testid="notification-bell"
      >
        <span>Notifications</span>
        <span
          data-testid="notification-unread"
          className={cn(
            "rounded-full px-1.5 font-mono font-semibold",
            unread > 0 ? "bg-red-700 text-white" : "bg-slate-100 text-slate-600",
          )}
        >
          {unread}
        </span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="right"
          align="start"
          sideOffset={8}
          className="z-50 w-96 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
        >
          <div className="mb-2 flex items-center justify-between">
            <h2 className="text-sm font-semibold">Notifications</h2>
            <button
              type="button"
              className="text-xs underline disabled:text-slate-400"
              disabled={unread === 0}
              onClick={() => void markAll()}
            >
              Mark all read
            </button>
          </div>
          {!data || data.items.length === 0 ? (
            <p className="text-xs text-slate-600">Nothing yet.</p>
          ) : (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto text-xs" data-testid="notification-list">
              {data.items.map((n) => (
                <li key={n.id} className={cn("flex items-start gap-2 py-2", !n.read && "font-medium")} data-testid="notification">
                  <div className="min-w-0 flex-1">
                    {n.href ? (
                      <Link href={n.href} className="underline-offset-2 hover:underline" onClick={() => !n.read && void markOne(n.id)}>
                        {n.title}
                      </Link>
                    ) : (
                      <span>{n.title}</span>
                    )}
                    {n.body && <p className="font-normal text-slate-600">{n.body}</p>}
                    <p className="font-normal text-slate-500">
                      <RelativeTime value={n.createdAt} />
                    </p>
                  </div>
                  {!n.read && (
                    <button type="button" className="shrink-0 text-slate-700 underline" onClick={() => void markOne(n.id)}>
                      Mark read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
