import { NextResponse } from "next/server";

import { withPermission } from "@/lib/api/with-permission";
import { loadInbox } from "@/lib/inbox/load-inbox";

/** What the home page polls (every few seconds): the cards this person may see, from our own tables only. */
export const GET = withPermission("home.read", async (_request, { user }) => {
  const cards = await loadInbox(user);
  return NextResponse.json({ cards, at: new Date().toISOString() }, { headers: { "Cache-Control": "no-store" } });
});
