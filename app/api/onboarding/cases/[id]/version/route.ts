import { NextResponse } from "next/server";

import { withPermission } from "@/lib/api/with-permission";
import { getCaseVersion } from "@/lib/onboarding/get-case";
import { AppError } from "@/lib/errors";
import { isPathId } from "@/lib/url-params";

/**
 * What the open case page polls (one indexed read): it re-renders only when this changes,
 * so a provider event shows within a second or two without re-reading the provider.
 */
export const GET = withPermission<{ params: Promise<{ id?: string }> }>("onboarding.read", async (_request, { params }) => {
  const { id } = await params;
  // NUL or a lone surrogate would reach PostgreSQL as an error (a 500): no case has such an id.
  if (!id || !isPathId(id)) throw new AppError("NOT_FOUND", "That case does not exist.");
  const version = await getCaseVersion(id);
  if (!version) throw new AppError("NOT_FOUND", "That case does not exist.");
  return NextResponse.json(version, { headers: { "Cache-Control": "no-store" } });
});
