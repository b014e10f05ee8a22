import { z } from "zod";

/** Settings more than one process reads, defined once (#21: one configuration module per process, from shared pieces). */

export const databaseUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL");

/** Connections in a process's Prisma pool. */
export const databasePoolMax = z.coerce.number().int().min(1).max(100).default(5);

/** Proxies in front of a process that append to X-Forwarded-For; the client IP is that many entries from the right. */
export const trustedProxyHops = z.coerce.number().int().min(0).max(10).default(1);

/** A period in milliseconds for the worker's periodic work; 0 turns it off. */
export const intervalMs = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
