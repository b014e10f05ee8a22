import { z } from "zod";

/**
 * Runs in the browser before any of the app's code (Next.js instrumentation-client). Zod
 * probes `new Function` when a schema is built, to decide whether it may compile fast
 * parsers; our CSP has no 'unsafe-eval' (lib/security-headers.ts), so the probe would be
 * refused and reported as a violation on every page. Jitless skips the probe.
 */
z.config({ jitless: true });
