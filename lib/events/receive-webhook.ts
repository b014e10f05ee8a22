import "server-only";

import { NextResponse } from "next/server";

import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { clientIp } from "@/lib/request-context";

import { intakeLimitsFromEnv } from "./intake-limits";
import { readWebBody } from "./read-body";
import { createWebhookBatcher, MAX_BODY_BYTES, receiveDelivery, type IntakeContext } from "./receive-delivery";
import { createRejectionLog } from "./record-rejection";
import { webhookSpecs, type IntakePath, type WebhookSpec } from "./webhook-specs";

const globalForIntake = globalThis as unknown as { webhookIntake?: { ctx: IntakeContext; specs: Record<IntakePath, WebhookSpec> } };

/** One batcher per web process (on globalThis: every route bundle shares it). */
function webIntake() {
  globalForIntake.webhookIntake ??= {
    ctx: { db: getDb(), rejections: createRejectionLog(intakeLimitsFromEnv()), batcher: createWebhookBatcher(getDb()), logger },
    specs: webhookSpecs(getEnv()),
  };
  return globalForIntake.webhookIntake;
}

/**
 * The Next.js adapter of receive-delivery.ts, for single-process deployments; in
 * production the load balancer sends these paths to the intake listener
 * (intake/main.ts), which runs the same core without Next.js's per-request cost.
 */
export async function receiveWebhook(request: Request, path: IntakePath): Promise<Response> {
  const { ctx, specs } = webIntake();
  // Read up to the limit only: never the whole of whatever size the sender chose.
  const body = await readWebBody(request, MAX_BODY_BYTES);
  const reply = await receiveDelivery(ctx, specs[path], { ...body, headers: request.headers, ip: clientIp(request.headers) });
  return NextResponse.json(reply.body, { status: reply.status, headers: reply.headers });
}
