import "server-only";

import { NextResponse } from "next/server";

import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { clientIp } from "@/lib/request-context";

import { createWebhookBatcher, receiveDelivery, type IntakeContext } from "./receive-delivery";
import { webhookSpecs, type IntakePath, type WebhookSpec } from "./webhook-specs";

const globalForIntake = globalThis as unknown as { webhookIntake?: { ctx: IntakeContext; specs: Record<IntakePath, WebhookSpec> } };

/** One batcher per web process (on globalThis: every route bundle shares it). */
function webIntake() {
  globalForIntake.webhookIntake ??= {
    ctx: { db: getDb(), batcher: createWebhookBatcher(getDb()), logger },
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
  const rawBody = Buffer.from(await request.arrayBuffer());
  const reply = await receiveDelivery(ctx, specs[path], { rawBody, headers: request.headers, ip: clientIp(request.headers) });
  return NextResponse.json(reply.body, { status: reply.status, headers: reply.headers });
}
