import { NextResponse } from "next/server";

import { withPermission } from "@/lib/api/with-permission";
import { getCaseVersion } from "@/lib/data/onboarding/get-case";
import { AppError } from "@/lib/errors";

/**
 * What the open case page polls (one indexed read): it re-renders only when this changes,
 * so a provider event shows within a second or two without re-reading the provider.
 */
export const GET = withPermission<{ params: Promise<{ id?: string }> }>("onboarding.read", async (_request, { params }) => {
  const { id } = await params;
  if (!id || id.length > 64) throw new AppError("NOT_FOUND", "That case does not exist.");
  const version = await getCaseVersion(id);
  if (!version) throw new AppError("NOT_FOUND", "That case does not exist.");
  return NextResponse.json(version, { headers: { "Cache-Control": "no-store" } });
});
