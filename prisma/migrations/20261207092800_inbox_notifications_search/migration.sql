-- #13 work inbox: per-user notifications and the global search projection.
CREATE TABLE "Notification" (
  "id" BIGSERIAL PRIMARY KEY,
  "userId" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "body" TEXT,
  "href" TEXT,
  "targetType" TEXT,
  "targetId" TEXT,
  "dedupeKey" TEXT,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "readAt" TIMESTAMP(3)
);
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification" ("dedupeKey");
CREATE INDEX "Notification_userId_id_idx" ON "Notification" ("userId", "id");
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification" ("userId", "readAt");

CREATE TABLE "SearchTerm" (
  "kind" TEXT NOT NULL,
  "ref" TEXT NOT NULL,
  "term" TEXT NOT NULL,
  "provider" "Provider",
  "label" TEXT NOT NULL,
  "detail" TEXT,
  "href" TEXT NOT NULL,
  "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("kind", "ref", "term")
);
-- Prefix lookups (term LIKE 'abc%') use this index whatever the database collation is.
CREATE INDEX "SearchTerm_term_prefix_idx" ON "SearchTerm" ("term" text_pattern_ops);

