import { NextResponse } from "next/server";

import { withPermission } from "@/lib/api/with-permission";
import { findMyNotifications } from "@/lib/notifications/read-notifications";

/** What the bell polls: the signed-in person's unread count and newest notifications (two indexed reads). */
export const GET = withPermission("home.read", async (_request, { user }) => {
  return NextResponse.json(await findMyNotifications(user), { headers: { "Cache-Control": "no-store" } });
});
