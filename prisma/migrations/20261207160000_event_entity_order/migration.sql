-- #19 batched processing with per-entity order (lib/events/process-batch.ts). Both indexes cover only
-- the events still to process (PENDING, FAILED), so they stay small however long the event log grows.
-- The expressions must match ENTITY_KEY and ORDER_KEY in lib/events/process-batch.ts exactly.

-- The claim walks the due events in provider order (the provider's time, our receipt time when it sent
-- none, then our id).
CREATE INDEX "ProviderEvent_open_order_idx"
  ON "ProviderEvent" ((COALESCE("providerCreatedAt", "receivedAt")), "id")
  WHERE "status" IN ('PENDING', 'FAILED');

-- "Is there an earlier unfinished event about the same entity?": one probe per claimed event. The entity
-- is the first ref the event carries, prefixed by its kind so a portfolio and an order with the same id differ.
CREATE INDEX "ProviderEvent_open_entity_order_idx"
  ON "ProviderEvent" (
    "provider",
    (COALESCE('p:' || "portfolioRef", 'o:' || "orderRef", 'a:' || "accountRef", 'c:' || "customerRef", 'i:' || "investmentRef", 'u:' || "userRef")),
    (COALESCE("providerCreatedAt", "receivedAt")),
    "id"
  )
  WHERE "status" IN ('PENDING', 'FAILED');
