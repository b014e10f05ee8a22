"use client";

import { useEffect } from "react";

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
