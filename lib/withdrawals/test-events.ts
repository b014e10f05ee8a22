import type { Db } from "@/lib/db/create-client";
import { parseInvestSuiteEvent } from "@/lib/events/envelopes/investsuite";
import { EVENT_HANDLERS } from "@/lib/events/handlers";
import { ingestEvents } from "@/lib/events/ingest";
import { processEvent } from "@/lib/events/process-event";
import type { ContractSandbox } from "@/sandbox/investsuite/contract/test-sandbox";

// Test-only (imported by integration tests): the sandbox's pushed InvestSuite events, stored and processed as the worker does.

/**
 * Waits until the sandbox has pushed one event of each `types` for the portfolio, then
 * parses, ingests and processes them in the order they were pushed (the intake route's steps).
 */
export async function deliverSandboxEvents(db: Db, sandbox: ContractSandbox, portfolioId: string, types: readonly string[]) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mine = sandbox.events
      .map((e) => parseInvestSuiteEvent(e.body))
      .flatMap((p) => (p.ok && p.event.refs.portfolioRef === portfolioId ? [p.event] : []));
    if (types.every((t) => mine.some((e) => e.type === t))) {
      const wanted = mine.filter((e) => types.includes(e.type));
      const { newIds } = await ingestEvents(db, { provider: "INVESTSUITE", transport: "HTTP_PUSH", signature: "VALID" }, wanted);
      for (const id of newIds) {
        const outcome = await processEvent(db, id, EVENT_HANDLERS);
        if (outcome !== "processed") throw new Error(`event ${id}: ${outcome}`);
      }
      return wanted;
    }
    if (Date.now() > deadline) throw new Error(`the sandbox did not push ${types.join(", ")} for ${portfolioId}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
