import { NextResponse } from "next/server";

import { withPermission } from "@/lib/api/with-permission";
import { AppError } from "@/lib/errors";
import { globalSearch } from "@/lib/search/global-search";
import { searchQuerySchema } from "@/lib/validations/search";

/** The global search box (one call per pause in typing): our own tables only, kinds filtered by the person's permissions. */
export const GET = withPermission("home.read", async (request, { user }) => {
  const parsed = searchQuerySchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Search text not accepted.");
  const groups = await globalSearch(parsed.data.q, user);
  return NextResponse.json({ q: parsed.data.q, groups }, { headers: { "Cache-Control": "no-store" } });
});
