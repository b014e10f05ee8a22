import "server-only";

import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { checkProcessingLag } from "@/lib/processing-health";

export type ComponentHealth = { status: "ok" | "degraded" | "down"; detail?: string; latencyMs?: number; lagSeconds?: number };

/** A background process counts as down when its last heartbeat is older than this. */
const HEARTBEAT_STALE_MS = 30_000;

/**
 * Database, worker (by heartbeat), event processing (by lag) and sandbox (by HTTP), each
 * with a short timeout. Degraded when any is not ok: a stale heartbeat means no live worker.
 */
export async function checkHealth(): Promise<{ status: "ok" | "degraded"; components: Record<string, ComponentHealth> }> {
  const [database, worker, processing, sandbox] = await Promise.all([
    checkDatabase(),
    checkHeartbeat("worker"),
    checkProcessing(),
    checkSandbox(),
  ]);
  const components = { database, worker, processing, sandbox };
  const status = Object.values(components).every((c) => c.status === "ok") ? "ok" : "degraded";
  return { status, components };
}

async function checkDatabase(): Promise<ComponentHealth> {
  const started = Date.now();
  try {
    await withTimeout(getDb().$queryRaw`SELECT 1`, 2_000);
    return { status: "ok", latencyMs: Date.now() - started };
  } catch {
    return { status: "down", detail: "database unreachable" };
  }
}

async function checkHeartbeat(component: string): Promise<ComponentHealth> {
  try {
    const beat = await withTimeout(getDb().componentHeartbeat.findUnique({ where: { component } }), 2_000);
    if (!beat) return { status: "down", detail: "no heartbeat yet" };
    const age = Date.now() - beat.beatAt.getTime();
    return age <= HEARTBEAT_STALE_MS
      ? { status: "ok", detail: `last heartbeat ${Math.round(age / 1000)} s ago` }
      : { status: "down", detail: `last heartbeat ${Math.round(age / 1000)} s ago` };
  } catch {
    return { status: "down", detail: "heartbeat unreadable" };
  }
}

async function checkProcessing(): Promise<ComponentHealth> {
  try {
    const lag = await withTimeout(checkProcessingLag(getDb(), getEnv().PROCESSING_LAG_DEGRADED_SECONDS), 2_000);
    return { status: lag.status, detail: lag.detail, lagSeconds: lag.lagSeconds };
  } catch {
    return { status: "down", detail: "processing lag unreadable" };
  }
}

async function checkSandbox(): Promise<ComponentHealth> {
  const started = Date.now();
  try {
    const response = await fetch(`${getEnv().SANDBOX_URL}/health`, { signal: AbortSignal.timeout(2_000), cache: "no-store" });
    return response.ok ? { status: "ok", latencyMs: Date.now() - started } : { status: "down", detail: `HTTP ${response.status}` };
  } catch {
    return { status: "down", detail: "unreachable" };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}
