"use client";

import { useEffect } from "react";
import { z } from "zod";

// Zod probes `new Function` to decide whether it may compile fast parsers; under our CSP
// (no 'unsafe-eval', lib/security-headers.ts) the probe is refused and reported as a
// violation. This module loads with the root layout, before any form parses.
z.config({ jitless: true });

/**
 * Marks the document once React has hydrated it. Browser tests wait for
 * `html[data-hydrated]` before clicking, because a click on server-rendered HTML
 * that is not hydrated yet has no handler and silently does nothing.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
