// GET /api/health - component status for the supervisor and load balancers (public, no data)
import { NextResponse } from "next/server";

import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  // 503 only when the database is down: this instance cannot serve anything then.
  const status = health.components.database?.status === "ok" ? 200 : 503;
  return NextResponse.json(health, { status, headers: { "cache-control": "no-store" } });
}
