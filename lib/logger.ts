import pino from "pino";

/**
 * Structured JSON logs. Callers log through `logger.child({ requestId })` (see
 * request-context.ts) so every line of a request carries its id.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: process.env.SERVICE_NAME ?? "web" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "authorization", "*.authorization"], censor: "[redacted]" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
