import type { Logger } from "pino";

import type { createPrismaClient } from "../../lib/db/create-client";

export type WorkerDb = ReturnType<typeof createPrismaClient>;
/** What `$transaction(async (tx) => …)` hands its callback. */
export type WorkerTx = Parameters<Parameters<WorkerDb["$transaction"]>[0]>[0];
export type { Logger };

/** A running consumer or poller. `ready` resolves once it first received from its source (tests wait on it). */
export type IntakePart = { ready: Promise<void>; stop(): Promise<void> };
